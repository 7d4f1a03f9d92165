package org.protomodels.predict.model;

import java.util.List;

/**
 * One decay channel of a mother with its branching ratio. {@code daughters} is the channel key of spec 1.3:
 * the |PDG| ids of the daughters in template order (BSM daughter first), 2 or 3 entries. Signs follow from charge
 * conservation ({@link DecayTemplate#signedDaughters}).
 */
public record Decay(int mother, List<Integer> daughters, double br) {
    public Decay {
        daughters = List.copyOf(daughters);
    }
}
