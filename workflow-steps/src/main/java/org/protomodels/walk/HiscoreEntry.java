package org.protomodels.walk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.protomodels.predict.model.ProtoModel;

/**
 * One entry of {@code hiscores.json}: rank (1 = best), K, Z and TL (Z, TL null when not finite), where it was found
 * (walker, step) and the protomodel itself.
 */
public record HiscoreEntry(int rank, @JsonProperty("K") double k, @JsonProperty("Z") Double z,
                           @JsonProperty("TL") Double tl, int walker, int step, ProtoModel protomodel) {
    public HiscoreEntry {
        Objects.requireNonNull(protomodel, "protomodel");
        if (!Double.isFinite(k)) {
            throw new IllegalArgumentException("K: must be finite, got " + k);
        }
        z = z == null || !Double.isFinite(z) ? null : z;
        tl = tl == null || !Double.isFinite(tl) ? null : tl;
    }

    HiscoreEntry withRank(int r) {
        return new HiscoreEntry(r, k, z, tl, walker, step, protomodel);
    }
}
