package org.protomodels.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * The Jib image tar (target/jib-image.tar, built by -Pcontainers) loaded straight into the local container runtime
 * (podman's Docker API in CI: ci/podman-setup.sh), never pulled from a registry, then run as REANA runs steps:
 * through bash, as uid 1000, with no network.
 */
class ImageSmokeIT {
    private static final String IMAGE = System.getProperty("protomodel.image", "protomodel:0.1.0-SNAPSHOT");
    private static final String VERSION = System.getProperty("protomodel.version", "");

    /** Skips with a visible message, or fails when -Dprotomodel.containers.required=true (CI). */
    private static void require(boolean condition, String message) {
        if (!condition) {
            if (Boolean.getBoolean("protomodel.containers.required")) {
                fail("MISSING: " + message);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort("SKIPPED: " + message);
        }
    }

    @BeforeAll
    static void loadImage() throws IOException {
        Path tar = Path.of(System.getProperty("protomodel.image.tar", "target/jib-image.tar"));
        require(Files.isRegularFile(tar),
                "no image tar at " + tar + " (build it with -Pcontainers after ci/make-base-image.sh)");
        require(DockerClientFactory.instance().isDockerAvailable(),
                "no container runtime reachable (DOCKER_HOST unset or down; start one with `eval \"$(ci/podman-setup.sh)\"`)");
        try (InputStream in = Files.newInputStream(tar)) {
            DockerClientFactory.instance().client().loadImageCmd(in).exec();
        }
    }

    /** A one-shot container of the loaded image: never pulls, must exit 0, output collected from its logs. */
    private static String run(String script) {
        try (GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(IMAGE))) {
            c.withImagePullPolicy(image -> false)
                    .withCreateContainerCmdModifier(cmd -> cmd.withUser("1000:1000"))
                    .withNetworkMode("none")
                    .withCommand("bash", "-c", script)
                    .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(180)));
            c.start();
            return c.getLogs();
        }
    }

    @Test
    void version_asUid1000ThroughBash_printsProjectVersion() {
        String out = run("protomodel --version");
        assertTrue(out.startsWith("protomodel "), "launcher output: " + out);
        assertTrue(out.contains(VERSION), "expected project version " + VERSION + " in: " + out);
    }

    @Test
    void ingest_missingDatabase_exits66WithMessage() {
        // the sysexits contract holds inside the image too (66 = input missing)
        String out = run("protomodel ingest --smodels-db /absent --out /tmp/o --progress plain; echo \"exit=$?\"");
        assertTrue(out.contains("/absent"), "message should name the missing input: " + out);
        assertEquals("exit=66", out.strip().lines().reduce((a, b) -> b).orElse(""), out);
    }

    @Test
    void libs_comparedWithCliJar_containEveryArtifact() throws IOException {
        // The shaded protomodel.jar is resolved by workflow-steps itself; a dependency that the image lacks fails
        // only when a stage first touches it (NoClassDefFoundError), so compare the artifact lists up front.
        Path jar = Path.of(System.getProperty("protomodel.cli.jar", "../workflow-steps/target/protomodel.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), () -> "SKIPPED: no " + jar + " to compare with");
        Set<String> expected = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    try (InputStream in = zip.getInputStream(e)) {
                        p.load(in);
                    }
                    expected.add(p.getProperty("artifactId") + "-" + p.getProperty("version") + ".jar");
                }
            }
        }
        Set<String> inImage = new TreeSet<>(run("ls /app/libs").lines().map(String::strip).toList());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(inImage);
        assertTrue(expected.size() > 10, "too few artifacts found in " + jar + ": " + expected);
        assertEquals(Set.of(), missing, "artifacts of protomodel.jar missing from the image's /app/libs");
    }

    @Test
    void pipelineToy_asUid1000_writesEveryStageAndTheReport() {
        // every stage, plots included (fonts, headless AWT), as REANA's uid with HOME=/tmp
        String out = run("protomodel pipeline --toy --fakes 3 --out /tmp/r --progress none >/dev/null 2>/tmp/err;"
                + " echo \"exit=$?\"; tail -5 /tmp/err;"
                + " for f in ingest/database.json fakes/fakes.json pvalues/pvalues.json report/index.html; do"
                + " [ -s /tmp/r/$f ] || echo missing=$f; done");
        assertTrue(out.startsWith("exit=0"), "protomodel pipeline --toy in the image: " + out);
        assertTrue(!out.contains("missing="), out);
        assertTrue(!out.contains("Exception"), out);
    }

    @Test
    void image_hasWhatReanaNeeds_bashShMkdirCpJava17() {
        String out = run("for t in bash sh mkdir cp java; do command -v $t >/dev/null || echo missing=$t; done;"
                + " java -version 2>&1 | head -1; id -u");
        assertTrue(!out.contains("missing="), "REANA wraps commands in bash/sh with mkdir and cp: " + out);
        assertTrue(out.contains("\"17."), "Java 17 runtime expected: " + out);
        assertTrue(out.strip().endsWith("1000"), "runs as uid 1000: " + out);
    }
}
