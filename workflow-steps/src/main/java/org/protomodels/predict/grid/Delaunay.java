package org.protomodels.predict.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delaunay triangulation in d >= 2 dimensions by Bowyer-Watson insertion with exact predicates
 * ({@link Predicates}): points are scaled uniformly into [-1,1]^d (Delaunay is invariant under that), inserted in
 * Morton order inside a super-simplex 1e7 times larger, located by a visibility walk (acyclic on Delaunay
 * triangulations), the cavity of simplices whose circumsphere strictly contains the point is replaced by its star.
 * Co-spherical ties are resolved consistently as "not in the cavity". Deterministic for a given point order.
 * Exact duplicates are skipped (the first occurrence is kept).
 */
final class Delaunay {
    private static final double SUPER = 1e7;

    private final int d;
    private final int n;
    private final double[] coords;
    private final Predicates pred;
    private int[] verts;
    private int[] nbrs;
    private int count;
    private int[] tested;
    private int[] inCavity;
    private int stamp;
    private int last;
    private final int[] scratch;

    private Delaunay(double[] pts, int n, int d) {
        this.d = d;
        this.n = n;
        this.pred = new Predicates(d);
        this.scratch = new int[d + 1];
        coords = new double[(n + d + 1) * d];
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], pts[i * d + j]);
                hi[j] = Math.max(hi[j], pts[i * d + j]);
            }
        }
        double half = 0;
        for (int j = 0; j < d; j++) {
            half = Math.max(half, 0.5 * (hi[j] - lo[j]));
        }
        if (!(half > 0)) {
            half = 1;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                coords[i * d + j] = (pts[i * d + j] - 0.5 * (lo[j] + hi[j])) / half;
            }
        }
        // super simplex {x_j >= -S, sum_j (x_j + S) <= K} with K = 3 d S contains [-1,1]^d by far
        for (int k = 0; k <= d; k++) {
            for (int j = 0; j < d; j++) {
                coords[(n + k) * d + j] = -SUPER + (k >= 1 && j == k - 1 ? 3.0 * d * SUPER : 0);
            }
        }
        int cap = 16 * (n + 1) * (d + 1);
        verts = new int[cap];
        nbrs = new int[cap];
        tested = new int[cap / (d + 1)];
        inCavity = new int[cap / (d + 1)];
    }

    /**
     * The Delaunay simplices of {@code n} points given flat ({@code pts[i*d + j]}), each as d+1 point indices,
     * positively oriented, simplices touching the super-simplex removed.
     */
    static int[][] triangulate(double[] pts, int n, int d) {
        if (d < 2) {
            throw new IllegalArgumentException("d: Bowyer-Watson needs d >= 2, got " + d);
        }
        Delaunay t = new Delaunay(pts, n, d);
        t.run();
        return t.result();
    }

    private void run() {
        int[] s0 = new int[d + 1];
        for (int k = 0; k <= d; k++) {
            s0[k] = n + k;
        }
        if (pred.orient(coords, s0, -1, coords, 0) < 0) {
            int tmp = s0[0];
            s0[0] = s0[1];
            s0[1] = tmp;
        }
        int first = newSimplex();
        for (int k = 0; k <= d; k++) {
            verts[first * (d + 1) + k] = s0[k];
            nbrs[first * (d + 1) + k] = -1;
        }
        last = first;
        for (int idx : mortonOrder()) {
            insert(idx);
        }
    }

    private int[] mortonOrder() {
        int bits = Math.min(21, 63 / d);
        long max = (1L << bits) - 1;
        long[] keys = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            long code = 0;
            long[] q = new long[d];
            for (int j = 0; j < d; j++) {
                q[j] = Math.max(0, Math.min(max, (long) ((coords[i * d + j] + 1) * 0.5 * max)));
            }
            for (int b = bits - 1; b >= 0; b--) {
                for (int j = 0; j < d; j++) {
                    code = (code << 1) | ((q[j] >> b) & 1);
                }
            }
            keys[i] = code;
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> keys[x] != keys[y] ? Long.compare(keys[x], keys[y]) : Integer.compare(x, y));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private int newSimplex() {
        int w = d + 1;
        if ((count + 1) * w > verts.length) {
            verts = Arrays.copyOf(verts, verts.length * 2);
            nbrs = Arrays.copyOf(nbrs, nbrs.length * 2);
            tested = Arrays.copyOf(tested, verts.length / w);
            inCavity = Arrays.copyOf(inCavity, verts.length / w);
        }
        tested[count] = 0;
        inCavity[count] = 0;
        return count++;
    }

    private int[] simplex(int s, int[] into) {
        System.arraycopy(verts, s * (d + 1), into, 0, d + 1);
        return into;
    }

    private int locate(int p) {
        int s = last;
        int steps = 0;
        int w = d + 1;
        outer:
        while (true) {
            if (++steps > 4 * count + 100) {
                return locateBruteForce(p);
            }
            simplex(s, scratch);
            for (int r = 0; r <= d; r++) {
                int i = (r + steps) % w;
                if (pred.orient(coords, scratch, i, coords, p * d) < 0) {
                    s = nbrs[s * w + i];
                    if (s < 0) {
                        throw new IllegalStateException("point walked outside the super-simplex");
                    }
                    continue outer;
                }
            }
            return s;
        }
    }

    private int locateBruteForce(int p) {
        for (int s = 0; s < count; s++) {
            if (verts[s * (d + 1)] < 0) {
                continue;
            }
            simplex(s, scratch);
            boolean inside = true;
            for (int i = 0; i <= d && inside; i++) {
                inside = pred.orient(coords, scratch, i, coords, p * d) >= 0;
            }
            if (inside) {
                return s;
            }
        }
        throw new IllegalStateException("point not inside any simplex");
    }

    private void insert(int p) {
        int w = d + 1;
        int seed = locate(p);
        for (int k = 0; k <= d; k++) {
            int v = verts[seed * w + k];
            boolean same = true;
            for (int j = 0; j < d && same; j++) {
                same = coords[v * d + j] == coords[p * d + j];
            }
            if (same) {
                return; // exact duplicate: keep the first
            }
        }
        stamp++;
        List<Integer> cavity = new ArrayList<>();
        List<int[]> boundary = new ArrayList<>();
        cavity.add(seed);
        inCavity[seed] = stamp;
        tested[seed] = stamp;
        int[] sv = new int[w];
        for (int c = 0; c < cavity.size(); c++) {
            int s = cavity.get(c);
            for (int i = 0; i <= d; i++) {
                int nb = nbrs[s * w + i];
                if (nb >= 0 && tested[nb] != stamp) {
                    tested[nb] = stamp;
                    if (pred.inSphere(coords, simplex(nb, sv), coords, p * d) > 0) {
                        inCavity[nb] = stamp;
                        cavity.add(nb);
                    }
                }
                if (nb < 0 || inCavity[nb] != stamp) {
                    boundary.add(new int[] {s, i, nb});
                }
            }
        }
        Map<Object, int[]> ridges = new HashMap<>();
        int lastNew = -1;
        for (int[] f : boundary) {
            int s = f[0];
            int i = f[1];
            int nb = f[2];
            int t = newSimplex();
            for (int k = 0; k <= d; k++) {
                verts[t * w + k] = k == i ? p : verts[s * w + k];
                nbrs[t * w + k] = -1;
            }
            nbrs[t * w + i] = nb;
            if (nb >= 0) {
                for (int k = 0; k <= d; k++) {
                    if (nbrs[nb * w + k] == s) {
                        nbrs[nb * w + k] = t;
                    }
                }
            }
            for (int k = 0; k <= d; k++) {
                if (k == i) {
                    continue;
                }
                Object key = ridgeKey(t, i, k);
                int[] other = ridges.remove(key);
                if (other == null) {
                    ridges.put(key, new int[] {t, k});
                } else {
                    nbrs[t * w + k] = other[0];
                    nbrs[other[0] * w + other[1]] = t;
                }
            }
            lastNew = t;
        }
        if (!ridges.isEmpty()) {
            throw new IllegalStateException("cavity boundary not closed (" + ridges.size() + " open ridges)");
        }
        for (int s : cavity) {
            verts[s * w] = -1; // dead
        }
        last = lastNew;
    }

    /** The vertices of simplex t other than positions i (the new point) and k, as an order-free key. */
    private Object ridgeKey(int t, int i, int k) {
        int w = d + 1;
        int[] r = new int[d - 1];
        int m = 0;
        for (int q = 0; q <= d; q++) {
            if (q != i && q != k) {
                r[m++] = verts[t * w + q];
            }
        }
        Arrays.sort(r);
        if (d - 1 <= 3) {
            long key = 0;
            for (int v : r) {
                key = (key << 21) | v;
            }
            return key;
        }
        return Arrays.stream(r).boxed().toList();
    }

    private int[][] result() {
        int w = d + 1;
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            if (verts[s * w] < 0) {
                continue;
            }
            boolean real = true;
            for (int k = 0; k <= d && real; k++) {
                real = verts[s * w + k] < n;
            }
            if (real) {
                out.add(Arrays.copyOfRange(verts, s * w, s * w + w));
            }
        }
        return out.toArray(new int[0][]);
    }
}
