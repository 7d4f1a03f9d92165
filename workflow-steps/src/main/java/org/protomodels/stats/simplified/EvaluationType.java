package org.protomodels.stats.simplified;

/** Which data a likelihood is evaluated on (SModelS NllEvalType). */
public enum EvaluationType {
    /** The observed counts. */
    OBSERVED,
    /** Observations replaced by the expected backgrounds. */
    APRIORI,
    /** Observations replaced by b + theta-hat(mu = 0) fitted to the observed data (post-fit expectation). */
    APOSTERIORI
}
