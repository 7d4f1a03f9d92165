package org.protomodels.walk;

import java.util.Locale;
import org.protomodels.step.UsageException;

/**
 * Walkers {@code from} .. {@code to - 1} of an N-walker run: one part of a walk split over machines. Walker i of a
 * part draws from jump i of the seed's stream, as in the full run, so its history is the full run's.
 */
public record WalkerRange(int from, int to) {
    public WalkerRange {
        if (from < 0) {
            throw new UsageException("walk: --walker-range: FROM must be >= 0, got " + from);
        }
        if (to <= from) {
            throw new UsageException("walk: --walker-range: TO must be > FROM, got " + from + ":" + to);
        }
    }

    /** {@code FROM:TO} as on the command line (TO exclusive). */
    public static WalkerRange parse(String text) {
        String[] p = text.trim().split(":", -1);
        if (p.length != 2) {
            throw new UsageException("walk: --walker-range must be FROM:TO (TO exclusive), got '" + text + "'");
        }
        try {
            return new WalkerRange(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new UsageException("walk: --walker-range must be FROM:TO with integers, got '" + text + "'");
        }
    }

    /**
     * {@code walkers} cut into {@code parts} consecutive near-equal ranges (the first {@code walkers mod parts} one
     * larger); more parts than walkers give one walker per part. The rule of workflow-steps/cwl/walker-ranges.cwl.
     */
    public static java.util.List<WalkerRange> chunks(int walkers, int parts) {
        if (parts < 1 || walkers < 1) {
            throw new UsageException("walk: cannot cut " + walkers + " walkers into " + parts + " parts");
        }
        int k = Math.min(parts, walkers);
        int base = walkers / k;
        int extra = walkers % k;
        java.util.List<WalkerRange> out = new java.util.ArrayList<>();
        for (int i = 0; i < k; i++) {
            int from = i * base + Math.min(i, extra);
            out.add(new WalkerRange(from, from + base + (i < extra ? 1 : 0)));
        }
        return out;
    }

    public int size() {
        return to - from;
    }

    public boolean contains(int walker) {
        return walker >= from && walker < to;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d:%d", from, to);
    }
}
