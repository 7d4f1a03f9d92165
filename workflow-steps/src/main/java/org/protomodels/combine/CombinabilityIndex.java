package org.protomodels.combine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Analysis;
import org.protomodels.database.DataSet;
import org.protomodels.database.DataType;
import org.protomodels.database.Database;

/**
 * Every result of a database (each dataset, plus the combined result of analyses with a covariance or a
 * workspace) numbered once, with the {@link Combinability} verdict of every pair precomputed as bit rows, so the
 * per-step acceptance matrix is a table look-up. Upper-limit datasets are judged at analysis level (their SModelS
 * label {@code id:None} never appears in dataset-level lists); a combined result is combinable with X iff every
 * one of its signal regions is (spec 5.1 rule 5).
 */
final class CombinabilityIndex {
    static final String COMBINED = "combined";
    private final Map<String, Integer> index = new HashMap<>();
    private final long[][] rows;

    private CombinabilityIndex(Database db, Combinability c) {
        List<String[]> nodes = new ArrayList<>();
        Map<Integer, List<Integer>> constituents = new HashMap<>();
        for (Analysis a : db.analyses()) {
            for (DataSet d : a.datasets()) {
                index.put(a.id() + ":" + d.id(), nodes.size());
                nodes.add(new String[] {a.id(), d.dataType() == DataType.UPPER_LIMIT ? null : d.id()});
            }
        }
        for (Analysis a : db.analyses()) {
            List<String> srs = new ArrayList<>();
            if (a.covariance() != null) {
                srs.addAll(a.covariance().datasetOrder());
            } else if (!a.workspaces().isEmpty()) {
                a.workspaces().get(0).regions().stream().filter(r -> "SR".equals(r.type()) && r.smodels() != null)
                        .forEach(r -> {
                            for (String s : r.smodels().split(";")) {
                                srs.add(s.strip());
                            }
                        });
            }
            List<Integer> ids = new ArrayList<>();
            for (String s : srs) {
                Integer i = index.get(a.id() + ":" + s);
                if (i != null) {
                    ids.add(i);
                }
            }
            if (!ids.isEmpty()) {
                constituents.put(nodes.size(), ids);
                index.put(a.id() + ":" + COMBINED, nodes.size());
                nodes.add(new String[] {a.id(), COMBINED});
            }
        }
        int n = nodes.size();
        int words = (n + 63) >>> 6;
        rows = new long[n][words];
        int plain = n - constituents.size();
        for (int i = 0; i < plain; i++) {
            for (int j = i + 1; j < plain; j++) {
                if (c.results(nodes.get(i)[0], nodes.get(i)[1], nodes.get(j)[0], nodes.get(j)[1]).combinable()) {
                    set(i, j);
                }
            }
        }
        for (var e : constituents.entrySet()) {
            int ci = e.getKey();
            for (int j = 0; j < n; j++) {
                if (j == ci) {
                    continue;
                }
                List<Integer> other = constituents.getOrDefault(j, List.of(j));
                boolean all = true;
                for (int s : e.getValue()) {
                    for (int o : other) {
                        all &= s != o && combinable(s, o);
                    }
                }
                if (all) {
                    set(ci, j);
                }
            }
        }
    }

    private void set(int i, int j) {
        rows[i][j >>> 6] |= 1L << (j & 63);
        rows[j][i >>> 6] |= 1L << (i & 63);
    }

    static CombinabilityIndex of(Database db, Combinability c) {
        return new CombinabilityIndex(db, c);
    }

    /** The node of {@code analysis:dataset} (dataset {@link #COMBINED} for a combined result), or -1. */
    int node(String analysisId, String datasetId) {
        Integer i = index.get(analysisId + ":" + datasetId);
        return i == null ? -1 : i;
    }

    /** Number of results (datasets and combined results). */
    int size() {
        return rows.length;
    }

    /** The acceptance matrix over every result of the database (benchmarks, the combine report). */
    BinaryAcceptanceMatrix all() {
        int n = rows.length;
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i != j && combinable(i, j);
            }
        }
        return BinaryAcceptanceMatrix.of(m);
    }

    boolean combinable(int i, int j) {
        return i >= 0 && j >= 0 && (rows[i][j >>> 6] & (1L << (j & 63))) != 0;
    }

    /** The acceptance matrix of these results. */
    BinaryAcceptanceMatrix matrix(List<ResultLikelihood> results) {
        int n = results.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = node(results.get(i).analysisId(), results.get(i).datasetId());
        }
        boolean[][] m = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                m[i][j] = m[j][i] = ids[i] != ids[j] && combinable(ids[i], ids[j]);
            }
        }
        return BinaryAcceptanceMatrix.of(m);
    }
}
