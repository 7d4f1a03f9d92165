package org.protomodels.predict;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.protomodels.predict.grid.GridInterpolator;

/**
 * Map values already looked up, keyed by the map (identity) and the exact coordinates (bit for bit). The walk's
 * mu-hat loop re-predicts a model whose masses stay and whose signal strengths change, so its upper-limit and
 * efficiency lookups repeat exactly; a hit returns the value the interpolator returned before, which is what it
 * would return again (lookups are pure). One memo per thread (never shared, so nothing depends on thread timing);
 * it forgets everything when full, which changes only the speed.
 */
final class MapValueMemo {
    static final int CAPACITY = 1 << 14;

    private final int capacity;
    private final Map<Key, Double> values = new HashMap<>();
    private long hits;
    private long lookups;

    MapValueMemo() {
        this(CAPACITY);
    }

    MapValueMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: >= 1 required, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** {@code map.value(x)}, from the memo when this map was asked at exactly {@code x} before. */
    double value(GridInterpolator map, double[] x) {
        lookups++;
        Key probe = new Key(map, x);
        Double v = values.get(probe);
        if (v != null) {
            hits++;
            return v;
        }
        double fresh = map.value(x);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(new Key(map, x.clone()), fresh);
        return fresh;
    }

    int size() {
        return values.size();
    }

    long hits() {
        return hits;
    }

    long lookups() {
        return lookups;
    }

    /** Map by identity, coordinates by their bits ({@link Arrays#equals(double[], double[])}). */
    private static final class Key {
        private final GridInterpolator map;
        private final double[] x;
        private final int hash;

        Key(GridInterpolator map, double[] x) {
            this.map = map;
            this.x = x;
            this.hash = 31 * System.identityHashCode(map) + Arrays.hashCode(x);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.map == map && Arrays.equals(k.x, x);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
