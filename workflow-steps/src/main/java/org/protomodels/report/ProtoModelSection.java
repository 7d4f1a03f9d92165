package org.protomodels.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protomodels.database.Database;
import org.protomodels.io.AtomicFiles;
import org.protomodels.plots.MassSpectrumChart;
import org.protomodels.predict.model.Particle;
import org.protomodels.predict.model.Particles;
import org.protomodels.predict.model.ProductionCrossSection;
import org.protomodels.predict.model.ProtoModel;
import org.protomodels.predict.model.ProtoModelJson;
import org.protomodels.predict.model.SlhaWriter;
import org.protomodels.predict.xsec.ReferenceCrossSections;

/**
 * The best protomodel: its mass spectrum with decays, the particle table, the SLHA file for download, and the
 * signal-strength multipliers with the reference cross sections per production mode at 8 and 13 TeV.
 */
final class ProtoModelSection {
    static final String SLHA = "protomodel.slha";
    static final String JSON = "protomodel.json";

    private ProtoModelSection() {
    }

    static void write(Doc doc, Figures figures, ProtoModel model, String source, Database db) {
        doc.h2("protomodel", "The best protomodel");
        if (model == null) {
            doc.notRun("Not run: no protomodel given (--protomodel FILE, or --walk DIR for the best hiscore).");
            return;
        }
        doc.p("From " + source + ". " + Fmt.count(model.masses().size(), "unfrozen particle", "unfrozen particles") + ", "
                + Fmt.count(model.decays().size(), "decay channel", "decay channels") + ", "
                + Fmt.count(model.signalStrengths().size(), "signal-strength multiplier", "signal-strength multipliers")
                + (model.step() != null ? ", produced at walker step " + model.step() : "") + ".");

        // levels in the order of the particle set (squarks, sleptons, gluino, electroweakinos), so columns are stable
        List<Particle> shown = new ArrayList<>();
        for (Particle p : Particles.BSM) {
            if (model.isUnfrozen(p.pdg())) {
                shown.add(p);
            }
        }
        Map<Integer, Integer> column = new LinkedHashMap<>();
        List<MassSpectrumChart.Level> levels = new ArrayList<>();
        for (Particle p : shown) {
            column.put(p.pdg(), levels.size());
            levels.add(new MassSpectrumChart.Level(p.name(), model.mass(p.pdg())));
        }
        List<MassSpectrumChart.Arrow> arrows = new ArrayList<>();
        var table = model.decayTable();
        List<String[]> rows = new ArrayList<>();
        for (Particle p : shown) {
            StringBuilder decays = new StringBuilder();
            for (var e : table.getOrDefault(p.pdg(), Map.of()).entrySet()) {
                int bsm = bsmDaughter(e.getKey());
                List<Integer> sm = new ArrayList<>();
                for (int d : e.getKey()) {
                    if (d != bsm) {
                        sm.add(d);
                    }
                }
                String channel = Names.of(bsm) + " " + Names.list(sm).replace(",", "");
                arrows.add(new MassSpectrumChart.Arrow(column.get(p.pdg()), column.get(bsm),
                        "BR " + Fmt.sig(e.getValue(), 3) + " (" + Names.list(sm) + ")"));
                if (decays.length() > 0) {
                    decays.append("; ");
                }
                decays.append("→ ").append(channel).append(": ").append(Fmt.sig(e.getValue(), 3));
            }
            rows.add(new String[] {p.name(), p.label(), String.valueOf(p.pdg()), Fmt.num(model.mass(p.pdg())),
                    p.pdg() == Particles.LSP ? "stable (LSP)" : decays.toString()});
        }
        doc.figures(List.of(figures.plot("mass-spectrum", "Mass spectrum of the best protomodel: particles at their masses, "
                + "decays as arrows labelled with the branching ratio (SM decay products in brackets)",
                base -> MassSpectrumChart.write(levels, arrows, "Mass spectrum", base))));
        doc.h3("Particles and decays");
        doc.table(new String[] {"particle", "SModelS label", "PDG id", "mass [GeV]", "decays (branching ratio)"}, rows);

        List<ProductionCrossSection> xsecs = db == null ? List.of()
                : ReferenceCrossSections.of(db.crossSections(), ReferenceCrossSections.Mode.FIDELITY).compute(model);
        AtomicFiles.write(figures.file(SLHA), SlhaWriter.write(model, xsecs).getBytes(StandardCharsets.UTF_8));
        ProtoModelJson.write(figures.file(JSON), model);
        doc.download(SLHA, "SLHA file of the protomodel (masses, decays, cross sections)");
        doc.download(JSON, "The protomodel as JSON (input of protomodel predict)");

        doc.h3("Signal-strength multipliers and cross sections");
        if (db == null) {
            doc.notRun("Cross sections n/a: no database with cross-section tables (the ingest stage was not run).");
        }
        Map<String, double[]> sigma = new LinkedHashMap<>(); // "p1,p2" -> {8 TeV, 13 TeV} in fb
        for (ProductionCrossSection x : xsecs) {
            double[] s = sigma.computeIfAbsent(x.pdg1() + "," + x.pdg2(), k -> new double[] {Double.NaN, Double.NaN});
            int i = Math.round(x.sqrtsTeV()) == 8 ? 0 : 1;
            s[i] = Double.isNaN(s[i]) ? x.sigmaFb() : s[i] + x.sigmaFb();
        }
        for (var s : model.signalStrengths()) {
            sigma.putIfAbsent(s.pdg1() + "," + s.pdg2(), new double[] {Double.NaN, Double.NaN});
        }
        List<String[]> xrows = new ArrayList<>();
        for (var e : sigma.entrySet()) {
            String[] pair = e.getKey().split(",");
            int p1 = Integer.parseInt(pair[0]);
            int p2 = Integer.parseInt(pair[1]);
            Double ssm = model.ssm(p1, p2);
            xrows.add(new String[] {Names.of(p1) + " " + Names.of(p2), "(" + p1 + ", " + p2 + ")",
                    ssm == null ? "1 (default)" : Fmt.sig(ssm, 3), Fmt.sig(e.getValue()[0], 4), Fmt.sig(e.getValue()[1], 4)});
        }
        doc.p("Cross sections are the reference (LHC SUSY working group) values at the mean mass of the pair, times the SSM; "
                + "n/a: no table covers the pair or its mass.");
        doc.table(new String[] {"production", "PDG pair", "SSM", "σ(8 TeV) [fb]", "σ(13 TeV) [fb]"}, xrows);
    }

    private static int bsmDaughter(List<Integer> key) {
        for (int d : key) {
            if (Particles.isBsm(d)) {
                return d;
            }
        }
        throw new IllegalStateException("channel " + key + " has no BSM daughter");
    }
}
