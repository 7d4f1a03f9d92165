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

    /** The i-th of {@code parts} near-equal consecutive ranges of {@code walkers} (the first ones one larger). */
    public static WalkerRange chunk(int walkers, int parts, int i) {
        if (parts < 1 || parts > walkers || i < 0 || i >= parts) {
            throw new UsageException("walk: cannot cut " + walkers + " walkers into " + parts + " parts (part " + i + ")");
        }
        int base = walkers / parts;
        int extra = walkers % parts;
        int from = i * base + Math.min(i, extra);
        return new WalkerRange(from, from + base + (i < extra ? 1 : 0));
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
