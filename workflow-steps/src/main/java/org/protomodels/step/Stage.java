package org.protomodels.step;

/**
 * One pipeline stage as a plain API: an inputs record in, a result record out.
 * Outputs are written atomically under the inputs' output folder with a manifest written last.
 */
public interface Stage<I, R> {
    /** The stage name as used on the command line, in Maven goals and in manifests. */
    String name();

    R run(I inputs);
}
