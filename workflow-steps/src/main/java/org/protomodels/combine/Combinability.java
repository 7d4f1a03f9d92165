package org.protomodels.combine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.Database;

/**
 * May two results be multiplied into one likelihood? The rules of SModelS {@code isCombinableWith} (spec 5.1):
 * different sqrt(s) or different collaboration: yes; otherwise only if an analysis-level {@code combinableWith}, a
 * dataset-level {@code combinableWith} or a combination matrix lists the pair (either direction). A result is
 * labelled {@code analysisId:datasetId}. The lists name analyses by their globalInfo id, which a database folder
 * may extend ({@code X} and {@code X-eff} share the id {@code X}; the plain id is kept in {@code info["id"]}):
 * lists are matched on that plain id, and two results with the same plain id belong to one analysis.
 */
public final class Combinability {
    /** The verdict for a pair, with the rule that decided it (shown by {@code protomodel combine --explain}). */
    public record Verdict(boolean combinable, String reason) {
    }

    private final Map<String, Analysis> analyses = new HashMap<>();
    private final Map<String, Set<String>> listed = new HashMap<>();
    private final Map<String, String> listedBy = new HashMap<>();
    private final Set<String> plainIds = new HashSet<>();

    private Combinability(Database db) {
        for (Analysis a : db.analyses()) {
            analyses.put(a.id(), a);
            plainIds.add(plainId(a));
            for (String other : a.combinableWith()) {
                list(plainId(a), other, "combinableWith of " + a.id());
            }
            for (DataSet d : a.datasets()) {
                for (String other : d.combinableWith()) {
                    list(plainId(a) + ":" + d.id(), other, "combinableWith of " + a.id() + ":" + d.id());
                }
            }
        }
        db.combinations().forEach((key, others) -> {
            for (String other : others) {
                list(key, other, "combination matrix entry " + key);
            }
        });
    }

    public static Combinability of(Database db) {
        return new Combinability(db);
    }

    private void list(String a, String b, String source) {
        listed.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        listed.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        listedBy.putIfAbsent(a + "|" + b, source);
        listedBy.putIfAbsent(b + "|" + a, source);
    }

    /** The analyses named by the combination lists that the database does not hold (for a warning). */
    public Set<String> unknownAnalyses() {
        Set<String> unknown = new java.util.TreeSet<>();
        for (String key : listed.keySet()) {
            String ana = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
            if (!analyses.containsKey(ana) && !plainIds.contains(ana)) {
                unknown.add(ana);
            }
        }
        return unknown;
    }

    /** Analysis-level verdict (the rules without dataset-level entries). */
    public Verdict analyses(String a, String b) {
        return results(a, null, b, null);
    }

    /** Verdict for results {@code a:da} and {@code b:db}; dataset ids may be null for analysis-level questions. */
    public Verdict results(String idA, String da, String idB, String db) {
        Analysis x = require(idA);
        Analysis y = require(idB);
        if ((idA + ":" + da).equals(idB + ":" + db)) {
            return new Verdict(false, "the same result");
        }
        String a = plainId(x);
        String b = plainId(y);
        String la = da == null ? a : a + ":" + da;
        String lb = db == null ? b : b + ":" + db;
        if (x.sqrts() != y.sqrts()) {
            return new Verdict(true, "different sqrt(s): " + fmt(x.sqrts()) + " vs " + fmt(y.sqrts()) + " TeV");
        }
        boolean cmsX = a.contains("CMS");
        boolean cmsY = b.contains("CMS");
        if (cmsX != cmsY) {
            return new Verdict(true, "different collaborations: " + a + " and " + b);
        }
        for (String[] pair : List.of(new String[] {a, b}, new String[] {la, lb}, new String[] {a, lb}, new String[] {la, b})) {
            Set<String> s = listed.get(pair[0]);
            if (s != null && s.contains(pair[1])) {
                return new Verdict(true, "listed: " + listedBy.get(pair[0] + "|" + pair[1]));
            }
        }
        if (a.equals(b)) {
            return new Verdict(false, idA.equals(idB) ? "two signal regions of the same analysis (statistically overlapping)"
                    : "two results of the same analysis " + a + " (statistically overlapping)");
        }
        return new Verdict(false, "same collaboration and sqrt(s), and no list says they are independent");
    }

    /** The id the combination lists use: globalInfo's id where the folder name extends it. */
    static String plainId(Analysis a) {
        return a.info().getOrDefault("id", a.id());
    }

    private Analysis require(String id) {
        Analysis a = analyses.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown analysis '" + id + "'");
        }
        return a;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
