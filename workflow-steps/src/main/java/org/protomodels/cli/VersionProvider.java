package org.protomodels.cli;

import org.protomodels.step.ToolVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"protomodel " + ToolVersion.get()};
    }
}
