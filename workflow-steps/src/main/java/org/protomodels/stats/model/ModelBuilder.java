package org.protomodels.stats.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.protomodels.stats.modifier.Constraint;
import org.protomodels.stats.modifier.ModifierType;
import org.protomodels.stats.modifier.ParameterRequirement;
import org.protomodels.stats.modifier.ShapeSysAux;
import org.protomodels.stats.modifier.StatErrorSigmas;
import org.protomodels.stats.spec.Channel;
import org.protomodels.stats.spec.Measurement;
import org.protomodels.stats.spec.Modifier;
import org.protomodels.stats.spec.ParameterConfig;
import org.protomodels.stats.spec.Sample;
import org.protomodels.stats.spec.Workspace;
import org.protomodels.step.InvalidInputException;

/** Compiles a workspace (channels + one measurement) into a {@link Model}, laying parameters out as pyhf does. */
final class ModelBuilder {
    /** One modifier occurrence: where it sits and what it is. */
    record Use(Channel channel, Sample sample, Modifier modifier) {
    }

    private final String file;
    private final List<Channel> channels;
    private final Measurement measurement;
    private final int measurementIndex;
    private final ModifierSettings settings;
    private final Map<String, Integer> channelOffset = new LinkedHashMap<>();
    private final Map<String, Integer> channelNbins = new LinkedHashMap<>();
    private final List<String> samples;
    private final int nbins;

    ModelBuilder(Workspace ws, String measurementName, ModifierSettings settings, String file) {
        this.file = file;
        this.channels = ws.sortedChannels();
        this.measurement = ws.measurement(measurementName);
        this.measurementIndex = ws.measurements().indexOf(measurement);
        this.settings = settings;
        int off = 0;
        TreeSet<String> names = new TreeSet<>();
        for (Channel c : channels) {
            channelOffset.put(c.name(), off);
            channelNbins.put(c.name(), c.nbins());
            off += c.nbins();
            c.samples().forEach(s -> names.add(s.name()));
        }
        this.nbins = off;
        this.samples = List.copyOf(names);
    }

    Model build() {
        // 1. collect modifier uses per type and name in pyhf's registration order
        Map<ModifierType, Map<String, List<Use>>> uses = new EnumMap<>(ModifierType.class);
        for (ModifierType t : ModifierType.values()) {
            uses.put(t, new LinkedHashMap<>());
        }
        for (Channel c : channels) {
            for (String sname : samples) {
                Sample s = c.samples().stream().filter(x -> x.name().equals(sname)).findFirst().orElse(null);
                if (s == null) {
                    continue;
                }
                List<Modifier> mods = new ArrayList<>(s.modifiers());
                mods.sort(Comparator.comparing(Modifier::name).thenComparing(Modifier::type));
                for (Modifier m : mods) {
                    ModifierType t = ModifierType.of(m.type());
                    List<Use> list = uses.get(t).computeIfAbsent(m.name(), k -> new ArrayList<>());
                    if (!t.shared() && !list.isEmpty()) {
                        throw new InvalidInputException(file, "/channels", "shapesys parameter '" + m.name()
                                + "' is used by more than one sample (unshared parameter set)");
                    }
                    list.add(new Use(c, s, m));
                }
            }
        }
        // 2. requirements, merged by name in type order
        Map<String, ParameterRequirement> reqs = new LinkedHashMap<>();
        Map<String, int[]> staterrorBins = new LinkedHashMap<>();
        for (ModifierType t : ModifierType.values()) {
            for (var e : uses.get(t).entrySet()) {
                ParameterRequirement r = requirement(t, e.getKey(), e.getValue(), staterrorBins);
                ParameterRequirement prev = reqs.get(e.getKey());
                if (prev == null) {
                    reqs.put(e.getKey(), r);
                } else if (!compatible(prev, r)) {
                    throw new InvalidInputException(file, "/channels", "parameter name '" + e.getKey()
                            + "' is reused by incompatible modifiers (" + prev.type().pyhfName() + " and "
                            + t.pyhfName() + ")");
                }
            }
        }
        // 3. parameter sets with the measurement's configuration applied
        Map<String, ParameterConfig> user = new LinkedHashMap<>();
        for (ParameterConfig pc : measurement.parameters()) {
            user.put(pc.name(), pc);
        }
        List<ParameterSet> sets = new ArrayList<>();
        Map<String, ParameterSet> byName = new LinkedHashMap<>();
        int offset = 0;
        for (var e : reqs.entrySet()) {
            ParameterSet ps = configure(e.getKey(), offset, e.getValue(), user.get(e.getKey()));
            sets.add(ps);
            byName.put(ps.name(), ps);
            offset += ps.n();
        }
        String poi = measurement.poi();
        String poiPointer = "/measurements/" + measurementIndex + "/config/poi";
        if (poi.isEmpty()) {
            poi = null;
        } else {
            ParameterSet p = byName.get(poi);
            if (p == null) {
                throw new InvalidInputException(file, poiPointer, "the parameter of interest '" + poi
                        + "' is not declared by any modifier of the model");
            }
            if (p.n() != 1) {
                throw new InvalidInputException(file, poiPointer, "the parameter of interest '" + poi
                        + "' is not a scalar (" + p.n() + " components)");
            }
        }
        ModelConfig config = new ModelConfig(channels.stream().map(Channel::name).toList(), channelNbins, samples,
                sets, poi);
        return compile(config, uses, byName, staterrorBins);
    }

    private ParameterRequirement requirement(ModifierType t, String name, List<Use> list,
            Map<String, int[]> staterrorBins) {
        switch (t) {
            case HISTOSYS:
            case NORMSYS:
                return ParameterRequirement.interpolated(t);
            case LUMI:
                return ParameterRequirement.lumi();
            case NORMFACTOR:
                return ParameterRequirement.normFactor();
            case SHAPEFACTOR: {
                int n = list.get(0).channel().nbins();
                for (Use u : list) {
                    if (u.channel().nbins() != n) {
                        throw new InvalidInputException(file, "/channels", "shapefactor '" + name
                                + "' is used in channels with different numbers of bins");
                    }
                }
                return ParameterRequirement.shapeFactor(n);
            }
            case SHAPESYS: {
                Use u = list.get(0);
                double[] nom = toArray(u.sample().data());
                double[] unc = toArray(((Modifier.ShapeSys) u.modifier()).data());
                return ParameterRequirement.shapeSys(ShapeSysAux.tau(nom, unc));
            }
            case STATERROR: {
                // covered global bins (union over carrying samples) and per-sample nominal/uncertainty there
                TreeSet<Integer> covered = new TreeSet<>();
                for (Use u : list) {
                    int off = channelOffset.get(u.channel().name());
                    for (int i = 0; i < u.channel().nbins(); i++) {
                        covered.add(off + i);
                    }
                }
                int[] bins = covered.stream().mapToInt(Integer::intValue).toArray();
                Map<Integer, Integer> pos = new TreeMap<>();
                for (int i = 0; i < bins.length; i++) {
                    pos.put(bins[i], i);
                }
                // one row per sample name (a sample present in several channels fills several ranges)
                Map<String, double[][]> rows = new LinkedHashMap<>();
                for (Use u : list) {
                    double[][] r = rows.computeIfAbsent(u.sample().name(),
                            k -> new double[][] {new double[bins.length], new double[bins.length]});
                    int off = channelOffset.get(u.channel().name());
                    List<Double> unc = ((Modifier.StatError) u.modifier()).data();
                    for (int i = 0; i < u.channel().nbins(); i++) {
                        int k = pos.get(off + i);
                        r[0][k] = u.sample().data().get(i);
                        r[1][k] = unc.get(i);
                    }
                }
                double[][] nom = rows.values().stream().map(r -> r[0]).toArray(double[][]::new);
                double[][] unc = rows.values().stream().map(r -> r[1]).toArray(double[][]::new);
                staterrorBins.put(name, bins);
                return ParameterRequirement.statError(StatErrorSigmas.relativeWidths(nom, unc));
            }
            default:
                throw new IllegalStateException(t.toString());
        }
    }

    private static boolean compatible(ParameterRequirement a, ParameterRequirement b) {
        return a.n() == b.n() && a.constraint() == b.constraint() && Arrays.equals(a.inits(), b.inits())
                && Arrays.deepEquals(a.bounds(), b.bounds()) && Arrays.equals(a.auxdata(), b.auxdata())
                && (a.type() == b.type() || a.type() != ModifierType.STATERROR && b.type() != ModifierType.STATERROR
                        && a.type() != ModifierType.SHAPESYS && b.type() != ModifierType.SHAPESYS);
    }

    private ParameterSet configure(String name, int offset, ParameterRequirement r, ParameterConfig pc) {
        int n = r.n();
        String pp = "/measurements/" + measurementIndex + "/config/parameters/"
                + (pc == null ? -1 : measurement.parameters().indexOf(pc));
        List<Double> inits = r.inits() == null ? null : boxed(r.inits());
        List<Double> lower = null;
        List<Double> upper = null;
        if (r.bounds() != null) {
            lower = new ArrayList<>();
            upper = new ArrayList<>();
            for (double[] b : r.bounds()) {
                lower.add(b[0]);
                upper.add(b[1]);
            }
        }
        List<Double> aux = r.auxdata() == null ? null : boxed(r.auxdata());
        List<Double> sigmas = r.sigmas() == null ? null : boxed(r.sigmas());
        List<Double> factors = r.type() == ModifierType.SHAPESYS ? boxed(r.factors()) : null;
        List<Boolean> fixed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fixed.add(r.fixed()[i]);
        }
        if (pc != null) {
            inits = override(pc.inits(), inits, n, pp + "/inits", name);
            if (pc.bounds() != null) {
                check(pc.bounds().size(), n, pp + "/bounds", name);
                lower = pc.bounds().stream().map(b -> b.get(0)).toList();
                upper = pc.bounds().stream().map(b -> b.get(1)).toList();
            }
            if (r.constraint() == Constraint.NONE && (pc.auxdata() != null || pc.sigmas() != null)) {
                throw new InvalidInputException(file, pp, "'" + name + "' is not constrained: auxdata/sigmas unused");
            }
            aux = override(pc.auxdata(), aux, n, pp + "/auxdata", name);
            sigmas = override(pc.sigmas(), sigmas, n, pp + "/sigmas", name);
            factors = override(pc.factors(), factors, n, pp + "/factors", name);
            if (pc.fixed() != null) {
                fixed.replaceAll(f -> pc.fixed());
            }
        }
        if (inits == null || lower == null || aux == null && r.constraint() != Constraint.NONE
                || sigmas == null && r.constraint() == Constraint.NORMAL) {
            throw new InvalidInputException(file, "/measurements/" + measurementIndex + "/config/parameters",
                    "parameter '" + name + "' (" + r.type().pyhfName()
                            + ") needs inits, bounds, auxdata and sigmas in the measurement configuration");
        }
        if (r.constraint() == Constraint.POISSON && factors == null) {
            factors = aux;
        }
        return new ParameterSet(name, offset, n, inits, lower, upper, fixed, r.constraint(), aux,
                r.constraint() == Constraint.NORMAL ? sigmas : null, r.constraint() == Constraint.POISSON ? factors : null);
    }

    private List<Double> override(List<Double> user, List<Double> dflt, int n, String pointer, String name) {
        if (user == null) {
            return dflt;
        }
        check(user.size(), n, pointer, name);
        return user;
    }

    private void check(int size, int n, String pointer, String name) {
        if (size != n) {
            throw new InvalidInputException(file, pointer, "parameter '" + name + "' has " + n
                    + " components but the configuration gives " + size);
        }
    }

    private Model compile(ModelConfig config, Map<ModifierType, Map<String, List<Use>>> uses,
            Map<String, ParameterSet> byName, Map<String, int[]> staterrorBins) {
        int nsamples = samples.size();
        int ncells = nsamples * nbins;
        double[] nominal = new double[ncells];
        List<List<Integer>> factors = new ArrayList<>();
        List<List<double[]>> histos = new ArrayList<>();
        for (int i = 0; i < ncells; i++) {
            factors.add(new ArrayList<>());
            histos.add(new ArrayList<>());
        }
        int npars = config.npars();
        List<double[]> normsysSlots = new ArrayList<>(); // {param, lo, hi}
        for (Channel c : channels) {
            int off = channelOffset.get(c.name());
            for (Sample s : c.samples()) {
                int si = samples.indexOf(s.name());
                for (int b = 0; b < c.nbins(); b++) {
                    nominal[si * nbins + off + b] = s.data().get(b);
                }
            }
        }
        for (ModifierType t : ModifierType.values()) {
            for (var e : uses.get(t).entrySet()) {
                ParameterSet ps = byName.get(e.getKey());
                int p = ps.offset();
                for (Use u : e.getValue()) {
                    int off = channelOffset.get(u.channel().name());
                    int cell0 = samples.indexOf(u.sample().name()) * nbins + off;
                    int nb = u.channel().nbins();
                    switch (t) {
                        case NORMFACTOR, LUMI -> {
                            for (int b = 0; b < nb; b++) {
                                factors.get(cell0 + b).add(p);
                            }
                        }
                        case SHAPEFACTOR -> {
                            for (int b = 0; b < nb; b++) {
                                factors.get(cell0 + b).add(p + b);
                            }
                        }
                        case SHAPESYS -> {
                            boolean[] act = ShapeSysAux.activeBins(toArray(u.sample().data()),
                                    toArray(((Modifier.ShapeSys) u.modifier()).data()));
                            int k = 0;
                            for (int b = 0; b < nb; b++) {
                                if (act[b]) {
                                    factors.get(cell0 + b).add(p + k++);
                                }
                            }
                        }
                        case STATERROR -> {
                            int[] bins = staterrorBins.get(e.getKey());
                            for (int b = 0; b < nb; b++) {
                                factors.get(cell0 + b).add(p + Arrays.binarySearch(bins, off + b));
                            }
                        }
                        case NORMSYS -> {
                            Modifier.NormSys m = (Modifier.NormSys) u.modifier();
                            int slot = npars + normsysSlots.size();
                            normsysSlots.add(new double[] {p, m.lo(), m.hi()});
                            for (int b = 0; b < nb; b++) {
                                factors.get(cell0 + b).add(slot);
                            }
                        }
                        case HISTOSYS -> {
                            Modifier.HistoSys m = (Modifier.HistoSys) u.modifier();
                            for (int b = 0; b < nb; b++) {
                                histos.get(cell0 + b).add(new double[] {p, m.loData().get(b),
                                        u.sample().data().get(b), m.hiData().get(b)});
                            }
                        }
                        default -> throw new IllegalStateException(t.toString());
                    }
                }
            }
        }
        return new Model(config, settings, nsamples, nbins, nominal, factors, histos, normsysSlots);
    }

    static double[] toArray(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    static List<Double> boxed(double[] a) {
        List<Double> l = new ArrayList<>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }
}
