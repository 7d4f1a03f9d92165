package org.protomodels.walk;

import java.util.List;

/**
 * One walker's own best models (at most {@link Hiscores#KEEP}, ranked within the walker), kept in the
 * {@code hiscores.json} of a partial walk so that {@code walk-merge} can form the global top 10 exactly.
 */
public record WalkerHiscores(int walker, List<HiscoreEntry> entries) {
    public WalkerHiscores {
        if (walker < 0) {
            throw new IllegalArgumentException("walker: must be >= 0, got " + walker);
        }
        entries = List.copyOf(entries);
    }
}
