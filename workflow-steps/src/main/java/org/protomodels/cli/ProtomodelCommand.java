package org.protomodels.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code protomodel} command; every stage is a subcommand. */
@Command(name = "protomodel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find the simplest new-physics protomodel behind the LHC's dispersed excesses.",
        subcommands = {CommandLine.HelpCommand.class})
public final class ProtomodelCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a stage is required (see --help)");
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return 0;
    }
}
