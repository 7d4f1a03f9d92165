package org.protomodels.walk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code hiscores.json} (schema hiscores 1.0.0): the best protomodels of a walk by K, descending (ties: walker, then
 * step). A model is left out when an entry with |dK| <= 1e-5, |dTL| <= 1e-5 and the same masses within 1e-5
 * (relative) is already listed (spec 2.9). The list is a pure function of the candidates, so merging per-walker
 * lists in any order gives the same bytes.
 *
 * <p>A partial walk (walkers {@code walkerRange} of an N-walker run) also keeps each walker's own list
 * ({@code walkerHiscores}); {@code entries} are then the top 10 of those walkers. Both fields are absent (not null)
 * in a full run's file, so its bytes are those of schema 1.0.0 before parts existed.
 */
public record Hiscores(String kind, String version, String profile, long seed, int walkers, int steps,
                       List<HiscoreEntry> entries,
                       @JsonInclude(JsonInclude.Include.NON_NULL) WalkerRange walkerRange,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<WalkerHiscores> walkerHiscores) {
    public static final String KIND = "hiscores";
    public static final String VERSION = "1.0.0";
    public static final int KEEP = 10;
    static final double SAME = 1e-5;
    static final Comparator<HiscoreEntry> ORDER = Comparator.comparingDouble(HiscoreEntry::k).reversed()
            .thenComparingInt(HiscoreEntry::walker).thenComparingInt(HiscoreEntry::step);

    public Hiscores {
        Objects.requireNonNull(profile, "profile");
        entries = List.copyOf(entries);
        walkerHiscores = walkerHiscores == null ? null : List.copyOf(walkerHiscores);
        if ((walkerRange == null) != (walkerHiscores == null)) {
            throw new IllegalArgumentException("walkerRange and walkerHiscores: both or neither");
        }
    }

    /** The hiscores of a full run. */
    public Hiscores(String kind, String version, String profile, long seed, int walkers, int steps,
                    List<HiscoreEntry> entries) {
        this(kind, version, profile, seed, walkers, steps, entries, null, null);
    }

    /** Whether this is the file of a partial walk (some walkers of the run). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean partial() {
        return walkerRange != null;
    }

    /** The best {@code keep} distinct candidates, ranked. */
    static List<HiscoreEntry> top(Collection<HiscoreEntry> candidates, int keep) {
        List<HiscoreEntry> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        List<HiscoreEntry> out = new ArrayList<>();
        for (HiscoreEntry e : sorted) {
            if (out.size() == keep) {
                break;
            }
            boolean dup = false;
            for (HiscoreEntry o : out) {
                dup |= same(o, e);
            }
            if (!dup) {
                out.add(e.withRank(out.size() + 1));
            }
        }
        return out;
    }

    static boolean same(HiscoreEntry a, HiscoreEntry b) {
        if (Math.abs(a.k() - b.k()) > SAME) {
            return false;
        }
        double ta = a.tl() == null ? 0 : a.tl();
        double tb = b.tl() == null ? 0 : b.tl();
        if (Math.abs(ta - tb) > SAME) {
            return false;
        }
        Map<Integer, Double> ma = a.protomodel().masses();
        Map<Integer, Double> mb = b.protomodel().masses();
        if (!ma.keySet().equals(mb.keySet())) {
            return false;
        }
        for (var e : ma.entrySet()) {
            double x = e.getValue();
            double y = mb.get(e.getKey());
            if (Math.abs(x - y) > SAME * Math.max(Math.abs(x), Math.abs(y))) {
                return false;
            }
        }
        return true;
    }
}
