package org.protomodels.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.fakes.FakesInputs;
import org.protomodels.fakes.FakesStage;
import org.protomodels.ingest.IngestInputs;
import org.protomodels.ingest.IngestResult;
import org.protomodels.ingest.IngestStage;
import org.protomodels.pvalues.PValuesInputs;
import org.protomodels.pvalues.PValuesStage;
import org.protomodels.report.ReportInputs;
import org.protomodels.report.ReportStage;
import org.protomodels.step.EventSink;

/**
 * Runs the stages in order, each into its own subfolder of the output ({@code ingest/}, {@code fakes/},
 * {@code pvalues/}, {@code report/}), through the same APIs as the CLI, the Maven goals and the workflow.
 * Returns the outputs a person looks at, in order (the report last).
 */
public final class Pipeline {
    private final EventSink events;

    public Pipeline(EventSink events) {
        this.events = events;
    }

    public Map<String, Path> run(PipelineInputs in) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        Path out = in.out();
        events.info("stage 1/4: ingest");
        IngestResult ingest = new IngestStage(events).run(new IngestInputs(in.smodelsDatabases(), in.hepdata(),
                in.catalogue(), in.crossSections(), in.combinations(), in.hepdataSchemas(), in.toy(), out.resolve("ingest")));
        outputs.put("database", ingest.databaseFile());
        if (in.fakes() > 0) {
            events.info("stage 2/4: fakes");
            var fakes = new FakesStage(events).run(new FakesInputs(ingest.databaseFile(), in.fakes(), in.seed(), 1.0,
                    out.resolve("fakes")));
            outputs.put("fakes", fakes.index());
        }
        events.info("stage 3/4: pvalues");
        var pvalues = new PValuesStage(events).run(new PValuesInputs(ingest.databaseFile(), Map.of(), 1.0, out.resolve("pvalues")));
        outputs.put("pvalues", pvalues.file());
        events.info("stage 4/4: report");
        var report = new ReportStage(events).run(new ReportInputs(out, out.resolve("report")));
        outputs.put("report", report.index());
        return outputs;
    }

    /** Names of the stages the pipeline runs, in order. */
    public static List<String> stages() {
        return new ArrayList<>(List.of(IngestStage.NAME, FakesStage.NAME, PValuesStage.NAME, ReportStage.NAME));
    }
}
