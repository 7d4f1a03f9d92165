package org.protomodels.cli;

/** Entry point of the {@code protomodel} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ProtomodelCommand.execute(args, System.out, System.err));
    }
}
