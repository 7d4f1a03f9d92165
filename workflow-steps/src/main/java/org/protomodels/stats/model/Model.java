package org.protomodels.stats.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.protomodels.stats.interp.Code1;
import org.protomodels.stats.interp.Code4;
import org.protomodels.stats.interp.InterpCode;
import org.protomodels.stats.modifier.Constraint;
import org.protomodels.stats.spec.Workspace;

/**
 * A compiled HistFactory model (pyhf {@code Model}): expected data per bin is
 * sum over samples of (nominal + sum of histosys deltas) x product of multiplicative factors, the main term is a
 * continuous Poisson per bin and the constraint terms are Gaussians (normsys, histosys, lumi, staterror) and
 * Poissons (shapesys). Built once; {@link #likelihood(double[])} binds a data set for allocation-free evaluation.
 */
public final class Model {
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private final ModelConfig config;
    private final ModifierSettings settings;
    private final int nbins;
    // active cells (sample x bin with a possibly non-zero yield)
    private final int[] cellBin;
    private final double[] cellNominal;
    private final int[] factorStart;
    private final int[] factorSlot;
    private final int[] histoStart;
    private final int[] histoParam;
    // delta = alpha * S + w(alpha) * A for every histosys code; w depends on the code and alpha only
    private final double[] histoS;
    private final double[] histoA;
    private final boolean[] histoUsed;
    // factor slots: [0, npars) identity on the parameter, then normsys slots
    private final int nslots;
    private final int[] normsysParam;
    private final double[] normsysLo;
    private final double[] normsysHi;
    private final double[] normsysCoef;
    private final int maxFactors;
    // constraints
    private final int[] gaussParam;
    private final int[] gaussAux;
    private final double[] gaussSigma;
    private final int[] poisParam;
    private final int[] poisAux;
    private final double[] poisFactor;

    Model(ModelConfig config, ModifierSettings settings, int nsamples, int nbins, double[] nominal,
            List<List<Integer>> factors, List<List<double[]>> histos, List<double[]> normsysSlots) {
        this.config = config;
        this.settings = settings;
        this.nbins = nbins;
        int npars = config.npars();
        List<Integer> active = new ArrayList<>();
        for (int c = 0; c < nominal.length; c++) {
            if (nominal[c] != 0 || !histos.get(c).isEmpty()) {
                active.add(c);
            }
        }
        int na = active.size();
        cellBin = new int[na];
        cellNominal = new double[na];
        factorStart = new int[na + 1];
        histoStart = new int[na + 1];
        // histosys entries with lo == nom == hi never change a yield: drop them
        for (List<double[]> hl : histos) {
            hl.removeIf(h -> h[1] == h[2] && h[3] == h[2]);
        }
        int nf = 0;
        int nh = 0;
        int maxF = 0;
        for (int i = 0; i < na; i++) {
            int c = active.get(i);
            nf += factors.get(c).size();
            nh += histos.get(c).size();
            maxF = Math.max(maxF, factors.get(c).size());
        }
        maxFactors = maxF;
        factorSlot = new int[nf];
        histoParam = new int[nh];
        histoS = new double[nh];
        histoA = new double[nh];
        histoUsed = new boolean[npars];
        nf = 0;
        nh = 0;
        for (int i = 0; i < na; i++) {
            int c = active.get(i);
            cellBin[i] = c % nbins;
            cellNominal[i] = nominal[c];
            factorStart[i] = nf;
            for (int s : factors.get(c)) {
                factorSlot[nf++] = s;
            }
            histoStart[i] = nh;
            for (double[] h : histos.get(c)) {
                double up = h[3] - h[2];
                double dn = h[2] - h[1];
                histoParam[nh] = (int) h[0];
                histoS[nh] = 0.5 * (up + dn);
                histoA[nh] = 0.0625 * (up - dn);
                histoUsed[(int) h[0]] = true;
                nh++;
            }
        }
        factorStart[na] = nf;
        histoStart[na] = nh;
        int ns = normsysSlots.size();
        nslots = npars + ns;
        normsysParam = new int[ns];
        normsysLo = new double[ns];
        normsysHi = new double[ns];
        normsysCoef = new double[6 * ns];
        for (int k = 0; k < ns; k++) {
            double[] d = normsysSlots.get(k);
            normsysParam[k] = (int) d[0];
            normsysLo[k] = d[1];
            normsysHi[k] = d[2];
            if (settings.normsys() == InterpCode.CODE4) {
                System.arraycopy(Code4.coefficients(d[1], d[2]), 0, normsysCoef, 6 * k, 6);
            }
        }
        // constraints in aux-data order
        List<int[]> g = new ArrayList<>();
        List<Double> gs = new ArrayList<>();
        List<int[]> p = new ArrayList<>();
        List<Double> pf = new ArrayList<>();
        int aux = 0;
        for (ParameterSet ps : config.parameterSets()) {
            for (int i = 0; i < ps.n() && ps.constrained(); i++) {
                if (ps.constraint() == Constraint.NORMAL) {
                    g.add(new int[] {ps.offset() + i, aux});
                    gs.add(ps.sigmas().get(i));
                } else {
                    p.add(new int[] {ps.offset() + i, aux});
                    pf.add(ps.factors().get(i));
                }
                aux++;
            }
        }
        gaussParam = g.stream().mapToInt(a -> a[0]).toArray();
        gaussAux = g.stream().mapToInt(a -> a[1]).toArray();
        gaussSigma = gs.stream().mapToDouble(Double::doubleValue).toArray();
        poisParam = p.stream().mapToInt(a -> a[0]).toArray();
        poisAux = p.stream().mapToInt(a -> a[1]).toArray();
        poisFactor = pf.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Compiles the workspace's named measurement (null: the first), as {@code ws.model(measurement_name=...)}. */
    public static Model of(Workspace ws, String measurement, ModifierSettings settings, String source) {
        return new ModelBuilder(ws, measurement, settings, source).build();
    }

    /** First measurement, pyhf's default workspace settings (normsys code4, histosys code4p). */
    public static Model of(Workspace ws, String source) {
        return of(ws, null, ModifierSettings.workspaceDefaults(), source);
    }

    public ModelConfig config() {
        return config;
    }

    public ModifierSettings settings() {
        return settings;
    }

    /** Observed main data (channels in model order) followed by the aux data: pyhf's {@code ws.data(model)}. */
    public double[] observedData(Workspace ws) {
        double[] d = new double[config.nmain() + config.naux()];
        int k = 0;
        for (String ch : config.channels()) {
            for (double v : ws.observation(ch).data()) {
                d[k++] = v;
            }
        }
        double[] aux = config.auxdata();
        System.arraycopy(aux, 0, d, k, aux.length);
        return d;
    }

    /** Expected main-measurement yields per bin ({@code expected_actualdata}). */
    public double[] expectedActualData(double[] pars) {
        double[] nu = new double[nbins];
        double[] sv = new double[nslots];
        double[] hw = new double[pars.length];
        fillSlots(pars, sv, null);
        fillHistoWeights(pars, hw, null);
        for (int i = 0; i < cellBin.length; i++) {
            double base = cellNominal[i];
            for (int h = histoStart[i]; h < histoStart[i + 1]; h++) {
                int p = histoParam[h];
                base += pars[p] * histoS[h] + hw[p] * histoA[h];
            }
            double prod = 1;
            for (int f = factorStart[i]; f < factorStart[i + 1]; f++) {
                prod *= sv[factorSlot[f]];
            }
            nu[cellBin[i]] += base * prod;
        }
        return nu;
    }

    /** Expected aux data: the parameter for Gaussian constraints, parameter x tau for Poisson ones. */
    public double[] expectedAuxData(double[] pars) {
        double[] a = new double[config.naux()];
        for (int k = 0; k < gaussParam.length; k++) {
            a[gaussAux[k]] = pars[gaussParam[k]];
        }
        for (int k = 0; k < poisParam.length; k++) {
            a[poisAux[k]] = pars[poisParam[k]] * poisFactor[k];
        }
        return a;
    }

    /** Main followed by aux expected data (pyhf {@code expected_data}; the Asimov data set at these parameters). */
    public double[] expectedData(double[] pars) {
        double[] main = expectedActualData(pars);
        double[] aux = expectedAuxData(pars);
        double[] d = new double[main.length + aux.length];
        System.arraycopy(main, 0, d, 0, main.length);
        System.arraycopy(aux, 0, d, main.length, aux.length);
        return d;
    }

    /** A likelihood bound to {@code data} (main bins then aux data). */
    public DataLikelihood likelihood(double[] data) {
        if (data.length != config.nmain() + config.naux()) {
            throw new IllegalArgumentException("data: expected " + (config.nmain() + config.naux())
                    + " values (main + aux), got " + data.length);
        }
        return new DataLikelihood(data.clone());
    }

    public double logPdf(double[] pars, double[] data) {
        return likelihood(data).logPdf(pars);
    }

    private void fillSlots(double[] pars, double[] sv, double[] sd) {
        System.arraycopy(pars, 0, sv, 0, pars.length);
        int np = pars.length;
        boolean code4 = settings.normsys() == InterpCode.CODE4;
        for (int k = 0; k < normsysParam.length; k++) {
            double a = pars[normsysParam[k]];
            double lo = normsysLo[k];
            double hi = normsysHi[k];
            if (code4) {
                sv[np + k] = Code4.factor(lo, hi, normsysCoef, 6 * k, a);
                if (sd != null) {
                    sd[np + k] = Code4.derivative(lo, hi, normsysCoef, 6 * k, a);
                }
            } else {
                sv[np + k] = Code1.factor(lo, hi, a);
                if (sd != null) {
                    sd[np + k] = Code1.derivative(lo, hi, a);
                }
            }
        }
    }

    /**
     * Per-parameter weights of the histosys A coefficients: delta = alpha S + w(alpha) A, d delta / d alpha =
     * S + w'(alpha) A, with S = (up + dn) / 2, A = (up - dn) / 16 (up = hi - nom, dn = nom - lo). This is code0,
     * code2 and code4p rewritten so that each bin costs two multiply-adds.
     */
    private void fillHistoWeights(double[] pars, double[] w, double[] wd) {
        for (int p = 0; p < pars.length; p++) {
            if (!histoUsed[p]) {
                continue;
            }
            double a = pars[p];
            double v;
            double d;
            switch (settings.histosys()) {
                case CODE0 -> {
                    // a > 0: a up, else a dn (right-hand slope at 0)
                    v = 8 * Math.abs(a);
                    d = a >= 0 ? 8 : -8;
                }
                case CODE2 -> {
                    if (a > 1) {
                        v = 16 * a - 8;
                        d = 16;
                    } else if (a < -1) {
                        v = -16 * a - 8;
                        d = -16;
                    } else {
                        v = 8 * a * a;
                        d = 16 * a;
                    }
                }
                default -> {
                    if (a > 1) {
                        v = 8 * a;
                        d = 8;
                    } else if (a < -1) {
                        v = -8 * a;
                        d = -8;
                    } else {
                        double a2 = a * a;
                        v = a2 * (a2 * (a2 * 3 - 10) + 15);
                        d = a * (a2 * (a2 * 18 - 40) + 30);
                    }
                }
            }
            w[p] = v;
            if (wd != null) {
                wd[p] = d;
            }
        }
    }

    /** The model bound to one data set: constants precomputed, scratch buffers owned (one thread at a time). */
    public final class DataLikelihood implements SecondOrderLikelihood {
        private final double[] main;
        private final double[] aux;
        private final double mainConstant;
        private final double constraintConstant;
        private final double[] sv = new double[nslots];
        private final double[] sd = new double[nslots];
        private final double[] nu = new double[nbins];
        private final double[] w = new double[nbins];
        private final double[] cellBase = new double[cellBin.length];
        private final double[] cellProd = new double[cellBin.length];
        private final double[] suffix = new double[maxFactors + 1];
        private final double[] hw = new double[config.npars()];
        private final double[] hwd = new double[config.npars()];
        private double[] jacobian;
        private double[] sdd;
        private double[] hwdd;
        private int[] entryParam;
        private double[] entryValue;

        private DataLikelihood(double[] data) {
            main = new double[config.nmain()];
            aux = new double[config.naux()];
            System.arraycopy(data, 0, main, 0, main.length);
            System.arraycopy(data, main.length, aux, 0, aux.length);
            double c = 0;
            for (double n : main) {
                c -= LogGamma.value(n + 1);
            }
            mainConstant = c;
            double k = 0;
            for (int i = 0; i < gaussSigma.length; i++) {
                k -= Math.log(gaussSigma[i]) + HALF_LOG_2PI;
            }
            for (int i = 0; i < poisAux.length; i++) {
                k -= LogGamma.value(aux[poisAux[i]] + 1);
            }
            constraintConstant = k;
        }

        @Override
        public int dimension() {
            return config.npars();
        }

        public Model model() {
            return Model.this;
        }

        /** The bound data (main then aux), a copy. */
        public double[] data() {
            double[] d = new double[main.length + aux.length];
            System.arraycopy(main, 0, d, 0, main.length);
            System.arraycopy(aux, 0, d, main.length, aux.length);
            return d;
        }

        @Override
        public double logPdf(double[] pars) {
            return mainLogPdf(pars) + constraintLogPdf(pars);
        }

        /** The main (Poisson) term alone. */
        public double mainLogPdf(double[] pars) {
            expected(pars, false);
            double s = mainConstant;
            for (int b = 0; b < nbins; b++) {
                double n = main[b];
                s += (n == 0 ? 0 : n * Math.log(nu[b])) - nu[b];
            }
            return s;
        }

        /** The constraint terms alone. */
        public double constraintLogPdf(double[] pars) {
            double s = constraintConstant;
            for (int k = 0; k < gaussParam.length; k++) {
                double z = (aux[gaussAux[k]] - pars[gaussParam[k]]) / gaussSigma[k];
                s -= 0.5 * z * z;
            }
            for (int k = 0; k < poisParam.length; k++) {
                double a = aux[poisAux[k]];
                double lam = pars[poisParam[k]] * poisFactor[k];
                s += (a == 0 ? 0 : a * Math.log(lam)) - lam;
            }
            return s;
        }

        private void expected(double[] pars, boolean derivatives) {
            fillSlots(pars, sv, derivatives ? sd : null);
            fillHistoWeights(pars, hw, derivatives ? hwd : null);
            java.util.Arrays.fill(nu, 0);
            for (int i = 0; i < cellBin.length; i++) {
                double base = cellNominal[i];
                for (int h = histoStart[i]; h < histoStart[i + 1]; h++) {
                    int p = histoParam[h];
                    base += pars[p] * histoS[h] + hw[p] * histoA[h];
                }
                double prod = 1;
                for (int f = factorStart[i]; f < factorStart[i + 1]; f++) {
                    prod *= sv[factorSlot[f]];
                }
                cellBase[i] = base;
                cellProd[i] = prod;
                nu[cellBin[i]] += base * prod;
            }
        }

        @Override
        public double logPdfAndGradient(double[] pars, double[] grad) {
            expected(pars, true);
            java.util.Arrays.fill(grad, 0, pars.length, 0.0);
            double s = mainConstant;
            for (int b = 0; b < nbins; b++) {
                double n = main[b];
                if (n == 0) {
                    s -= nu[b];
                    w[b] = -1;
                } else {
                    s += n * Math.log(nu[b]) - nu[b];
                    w[b] = n / nu[b] - 1;
                }
            }
            int np = pars.length;
            for (int i = 0; i < cellBin.length; i++) {
                double wb = w[cellBin[i]];
                if (wb == 0) {
                    continue;
                }
                double prod = cellProd[i];
                double wp = wb * prod;
                for (int h = histoStart[i]; h < histoStart[i + 1]; h++) {
                    int p = histoParam[h];
                    grad[p] += wp * (histoS[h] + hwd[p] * histoA[h]);
                }
                int f0 = factorStart[i];
                int f1 = factorStart[i + 1];
                if (f0 == f1) {
                    continue;
                }
                // product of the other factors: prefix x suffix (factors may be exactly 0, e.g. mu = 0)
                int m = f1 - f0;
                suffix[m] = 1;
                for (int j = m - 1; j >= 0; j--) {
                    suffix[j] = suffix[j + 1] * sv[factorSlot[f0 + j]];
                }
                double scale = wb * cellBase[i];
                double prefix = 1;
                for (int j = 0; j < m; j++) {
                    int slot = factorSlot[f0 + j];
                    double others = prefix * suffix[j + 1];
                    if (slot < np) {
                        grad[slot] += scale * others;
                    } else {
                        grad[normsysParam[slot - np]] += scale * others * sd[slot];
                    }
                    prefix *= sv[slot];
                }
            }
            s += constraintConstant;
            for (int k = 0; k < gaussParam.length; k++) {
                int p = gaussParam[k];
                double sig = gaussSigma[k];
                double d = aux[gaussAux[k]] - pars[p];
                double z = d / sig;
                s -= 0.5 * z * z;
                grad[p] += d / (sig * sig);
            }
            for (int k = 0; k < poisParam.length; k++) {
                int p = poisParam[k];
                double a = aux[poisAux[k]];
                double tau = poisFactor[k];
                double lam = pars[p] * tau;
                if (a == 0) {
                    s -= lam;
                    grad[p] -= tau;
                } else {
                    s += a * Math.log(lam) - lam;
                    grad[p] += a / pars[p] - tau;
                }
            }
            return s;
        }

        /**
         * Fisher scoring information of -ln L: sum_b J_b J_b^T / nu_b over main bins (J = d nu / d pars), 1/sigma^2
         * for Gaussian constraints and tau/theta for Poisson ones. Used by the Newton-type fit.
         */
        @Override
        public double logPdfGradientFisher(double[] pars, double[] grad, double[] fisher) {
            int np = pars.length;
            if (jacobian == null) {
                jacobian = new double[nbins * np];
            }
            double[] jac = jacobian;
            double value = logPdfAndGradient(pars, grad); // fills nu, cellBase, cellProd, sv, sd, hwd
            java.util.Arrays.fill(jac, 0.0);
            for (int i = 0; i < cellBin.length; i++) {
                int row = cellBin[i] * np;
                double prod = cellProd[i];
                for (int h = histoStart[i]; h < histoStart[i + 1]; h++) {
                    int p = histoParam[h];
                    jac[row + p] += prod * (histoS[h] + hwd[p] * histoA[h]);
                }
                int f0 = factorStart[i];
                int m = factorStart[i + 1] - f0;
                if (m == 0) {
                    continue;
                }
                suffix[m] = 1;
                for (int j = m - 1; j >= 0; j--) {
                    suffix[j] = suffix[j + 1] * sv[factorSlot[f0 + j]];
                }
                double base = cellBase[i];
                double prefix = 1;
                for (int j = 0; j < m; j++) {
                    int slot = factorSlot[f0 + j];
                    double others = base * prefix * suffix[j + 1];
                    if (slot < np) {
                        jac[row + slot] += others;
                    } else {
                        jac[row + normsysParam[slot - np]] += others * sd[slot];
                    }
                    prefix *= sv[slot];
                }
            }
            java.util.Arrays.fill(fisher, 0, np * np, 0.0);
            for (int b = 0; b < nbins; b++) {
                double inv = nu[b] > 0 ? 1 / nu[b] : 0;
                int row = b * np;
                for (int p = 0; p < np; p++) {
                    double jp = jac[row + p];
                    if (jp == 0) {
                        continue;
                    }
                    double c = jp * inv;
                    int fr = p * np;
                    for (int q = 0; q < np; q++) {
                        fisher[fr + q] += c * jac[row + q];
                    }
                }
            }
            for (int k = 0; k < gaussParam.length; k++) {
                int p = gaussParam[k];
                fisher[p * np + p] += 1 / (gaussSigma[k] * gaussSigma[k]);
            }
            for (int k = 0; k < poisParam.length; k++) {
                int p = poisParam[k];
                fisher[p * np + p] += pars[p] > 0 ? poisFactor[k] / pars[p] : poisFactor[k];
            }
            return value;
        }

        /**
         * Exact Hessian of -ln L: sum_b [ (n_b / nu_b^2) J_b J_b^T - (n_b / nu_b - 1) d2 nu_b ] plus the constraint
         * terms (1/sigma^2; aux/theta^2 for Poisson). d2 nu per cell y = B P (B = nominal + histosys deltas,
         * P = product of factors): P d2B + dB dP^T + dP dB^T + B d2P.
         */
        @Override
        public double logPdfGradientHessian(double[] pars, double[] grad, double[] hess) {
            int np = pars.length;
            double value = logPdfGradientFisher(pars, grad, hess); // fills the Jacobian; hess overwritten below
            if (sdd == null) {
                sdd = new double[nslots];
                hwdd = new double[np];
                entryParam = new int[histoParam.length + factorSlot.length + 1];
                entryValue = new double[histoParam.length + factorSlot.length + 1];
            }
            double[] jac = jacobian;
            java.util.Arrays.fill(hess, 0, np * np, 0.0);
            for (int b = 0; b < nbins; b++) {
                double c0 = main[b] > 0 ? main[b] / (nu[b] * nu[b]) : 0;
                if (c0 == 0) {
                    continue;
                }
                int row = b * np;
                for (int p = 0; p < np; p++) {
                    double jp = jac[row + p];
                    if (jp == 0) {
                        continue;
                    }
                    double c = jp * c0;
                    int fr = p * np;
                    for (int q = 0; q < np; q++) {
                        hess[fr + q] += c * jac[row + q];
                    }
                }
            }
            // second derivatives of the interpolations
            boolean code4 = settings.normsys() == InterpCode.CODE4;
            for (int k = 0; k < normsysParam.length; k++) {
                double a = pars[normsysParam[k]];
                sdd[np + k] = code4 ? Code4.secondDerivative(normsysLo[k], normsysHi[k], normsysCoef, 6 * k, a)
                        : Code1.secondDerivative(normsysLo[k], normsysHi[k], a);
            }
            for (int p = 0; p < np; p++) {
                if (histoUsed[p]) {
                    double a = pars[p];
                    hwdd[p] = switch (settings.histosys()) {
                        case CODE0 -> 0;
                        case CODE2 -> Math.abs(a) <= 1 ? 16 : 0;
                        default -> Math.abs(a) <= 1 ? 30 - a * a * (120 - 90 * a * a) : 0;
                    };
                }
            }
            for (int i = 0; i < cellBin.length; i++) {
                int b = cellBin[i];
                double wb = main[b] == 0 ? -1 : main[b] / nu[b] - 1;
                if (wb == 0) {
                    continue;
                }
                double coef = -wb; // -ln L picks up -(n/nu - 1) d2 nu
                double prod = cellProd[i];
                double base = cellBase[i];
                int h0 = histoStart[i];
                int h1 = histoStart[i + 1];
                int f0 = factorStart[i];
                int m = factorStart[i + 1] - f0;
                // P d2B (diagonal)
                for (int h = h0; h < h1; h++) {
                    int p = histoParam[h];
                    hess[p * np + p] += coef * prod * hwdd[p] * histoA[h];
                }
                if (m == 0) {
                    continue;
                }
                // dP entries: (param, P_-j f'_j)
                suffix[m] = 1;
                for (int j = m - 1; j >= 0; j--) {
                    suffix[j] = suffix[j + 1] * sv[factorSlot[f0 + j]];
                }
                double prefix = 1;
                int ne = 0;
                for (int j = 0; j < m; j++) {
                    int slot = factorSlot[f0 + j];
                    double others = prefix * suffix[j + 1];
                    entryParam[ne] = slot < np ? slot : normsysParam[slot - np];
                    entryValue[ne] = slot < np ? others : others * sd[slot];
                    ne++;
                    prefix *= sv[slot];
                }
                // dB dP^T + dP dB^T
                for (int h = h0; h < h1; h++) {
                    int p = histoParam[h];
                    double db = histoS[h] + hwd[p] * histoA[h];
                    for (int e = 0; e < ne; e++) {
                        double v = coef * db * entryValue[e];
                        int q = entryParam[e];
                        hess[p * np + q] += v;
                        hess[q * np + p] += v;
                    }
                }
                // B d2P
                for (int j = 0; j < m; j++) {
                    int sj = factorSlot[f0 + j];
                    int pj = sj < np ? sj : normsysParam[sj - np];
                    double dj = sj < np ? 1 : sd[sj];
                    if (sj >= np) {
                        double others = 1;
                        for (int k = 0; k < m; k++) {
                            if (k != j) {
                                others *= sv[factorSlot[f0 + k]];
                            }
                        }
                        hess[pj * np + pj] += coef * base * others * sdd[sj];
                    }
                    for (int k = j + 1; k < m; k++) {
                        int sk = factorSlot[f0 + k];
                        int pk = sk < np ? sk : normsysParam[sk - np];
                        double dk = sk < np ? 1 : sd[sk];
                        double others = 1;
                        for (int l = 0; l < m; l++) {
                            if (l != j && l != k) {
                                others *= sv[factorSlot[f0 + l]];
                            }
                        }
                        double v = coef * base * others * dj * dk;
                        hess[pj * np + pk] += v;
                        hess[pk * np + pj] += v;
                    }
                }
            }
            for (int k = 0; k < gaussParam.length; k++) {
                int p = gaussParam[k];
                hess[p * np + p] += 1 / (gaussSigma[k] * gaussSigma[k]);
            }
            for (int k = 0; k < poisParam.length; k++) {
                int p = poisParam[k];
                hess[p * np + p] += aux[poisAux[k]] / (pars[p] * pars[p]);
            }
            return value;
        }
    }
}
