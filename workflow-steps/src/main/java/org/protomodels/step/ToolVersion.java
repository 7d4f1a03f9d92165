package org.protomodels.step;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, as built (from Maven's project.version). */
public final class ToolVersion {
    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/protomodels/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
