package org.protomodels.maven;

import java.io.File;
import java.util.function.Supplier;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.protomodels.step.EventSink;
import org.protomodels.step.InvalidInputException;
import org.protomodels.step.InputMissingException;
import org.protomodels.step.ParameterNames;
import org.protomodels.step.ProtomodelException;
import org.protomodels.step.UsageException;

/** What every protomodel goal shares: the output folder, skipping, Maven logging and the exception mapping. */
public abstract class AbstractProtomodelMojo extends AbstractMojo {
    /** Output folder of the stage. */
    @Parameter(property = ParameterNames.OUT, defaultValue = "${project.build.directory}/protomodel")
    protected File out;

    /** Skip this goal. */
    @Parameter(property = ParameterNames.SKIP, defaultValue = "false")
    protected boolean skip;

    /** Maven's log as the stage's event sink; progress becomes occasional info lines. */
    protected EventSink sink() {
        return new MavenEventSink(getLog());
    }

    /** Runs a stage; bad input fails the build (MojoFailureException), anything else is an execution error. */
    protected <R> R run(Supplier<R> stage) throws MojoExecutionException, MojoFailureException {
        try {
            return stage.get();
        } catch (InvalidInputException | InputMissingException | UsageException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (ProtomodelException e) {
            throw new MojoExecutionException(e.getMessage() + " (exit code " + e.exitCode().code() + ")", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("internal error: " + e, e);
        }
    }
}
