package org.protomodels.database;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A txName constraint: which simplified-model topologies, with which weights, the map applies to.
 * Kept raw and parsed. {@code notation} is {@code bracket} (SModelS <= 2, e.g. {@code [[['t']],[['t']]]}) or
 * {@code graph} (SModelS 3, e.g. {@code {(PV > anyBSM(1),anyBSM(2)), ...}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Constraint(String notation, String raw, List<Term> terms) {
    public Constraint {
        Checks.requireText(raw, "raw");
        if (!"bracket".equals(notation) && !"graph".equals(notation)) {
            throw new IllegalArgumentException("notation: must be bracket or graph, got '" + notation + "'");
        }
        terms = Checks.copy(terms, "terms");
    }

    /**
     * One topology with its coefficient. Bracket notation: {@code branches[b][v]} is the list of SM labels
     * emitted at vertex v of branch b. Graph notation: {@code edges}, each a mother node and its daughters.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Term(double coefficient, List<List<List<String>>> branches, List<Edge> edges) {
        public Term {
            Checks.requireFinite(coefficient, "coefficient");
            if ((branches == null) == (edges == null)) {
                throw new IllegalArgumentException("term: exactly one of branches or edges must be given");
            }
            branches = branches == null ? null : branches.stream()
                    .map(b -> b.stream().map(List::copyOf).toList()).toList();
            edges = edges == null ? null : List.copyOf(edges);
        }
    }

    /** A decay in graph notation: {@code mother(motherIndex) > daughters...}; index -1 where none is written. */
    public record Edge(Node mother, List<Node> daughters) {
        public Edge {
            daughters = List.copyOf(daughters);
        }
    }

    /** A graph node: a particle label and its index (-1 when the label carries no index). */
    public record Node(String label, int index) {
        public Node {
            Checks.requireText(label, "label");
        }
    }
}
