package org.protomodels.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.protomodels.step.ExitCode;
import org.protomodels.step.ProtomodelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code protomodel} command; every stage is a subcommand. */
@Command(name = "protomodel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Find the simplest new-physics protomodel behind the LHC's dispersed excesses.",
        subcommands = {IngestCommand.class, LikelihoodsCommand.class, StatsCommand.class, PredictCommand.class,
                ScoreCommand.class, CombineCommand.class,
                FakesCommand.class, WalkCommand.class, WalkMergeCommand.class, PValuesCommand.class, ClosureCommand.class, ReportCommand.class,
                PipelineCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 64 usage, 65 invalid input data, 66 input missing, 70 internal error,",
                "73 cannot write output, 75 interrupted (rerun with --resume); closure: 1 when the recovery rate is below --min-recovery."})
public final class ProtomodelCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    /** Where a stage prints its one line per output. */
    PrintStream out() {
        return out;
    }

    /** Where logs and progress go. */
    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a stage is required (see --help)");
    }

    /** Runs the command line; returns the exit code instead of exiting (tests and the Maven goals use this). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        ProtomodelCommand root = new ProtomodelCommand();
        root.out = out;
        root.err = err;
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("(see 'protomodel " + (c == cl ? "" : c.getCommandName() + " ") + "--help')");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ProtomodelException pe) {
                commandLine.getErr().println("error: " + pe.getMessage());
                return pe.exitCode().code();
            }
            commandLine.getErr().println("internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCode.INTERNAL.code();
        });
        return cl.execute(args);
    }
}
