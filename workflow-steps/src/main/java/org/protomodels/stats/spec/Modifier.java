package org.protomodels.stats.spec;

import java.util.List;
import java.util.Objects;

/** One entry of a sample's {@code modifiers} list (pyhf JSON 1.0.0); the type decides the data's shape. */
public sealed interface Modifier {
    String name();

    /** The pyhf type string ({@code normsys}, {@code histosys}, ...). */
    String type();

    /** Number of bins the modifier carries data for, or -1 when it carries none (scalar modifiers). */
    default int binCount() {
        return -1;
    }

    record NormFactor(String name) implements Modifier {
        public NormFactor {
            Objects.requireNonNull(name, "name");
        }

        public String type() {
            return "normfactor";
        }
    }

    record Lumi(String name) implements Modifier {
        public Lumi {
            Objects.requireNonNull(name, "name");
        }

        public String type() {
            return "lumi";
        }
    }

    record ShapeFactor(String name) implements Modifier {
        public ShapeFactor {
            Objects.requireNonNull(name, "name");
        }

        public String type() {
            return "shapefactor";
        }
    }

    /** Normalisation systematic: yields scaled by {@code hi} at alpha=+1 and {@code lo} at alpha=-1. */
    record NormSys(String name, double hi, double lo) implements Modifier {
        public NormSys {
            Objects.requireNonNull(name, "name");
        }

        public String type() {
            return "normsys";
        }
    }

    /** Shape systematic: the full histograms at alpha=+1 ({@code hiData}) and alpha=-1 ({@code loData}). */
    record HistoSys(String name, List<Double> hiData, List<Double> loData) implements Modifier {
        public HistoSys {
            Objects.requireNonNull(name, "name");
            hiData = List.copyOf(hiData);
            loData = List.copyOf(loData);
        }

        public String type() {
            return "histosys";
        }

        @Override
        public int binCount() {
            return hiData.size() == loData.size() ? hiData.size() : -2;
        }
    }

    /** Uncorrelated shape systematic: absolute per-bin uncertainties. */
    record ShapeSys(String name, List<Double> data) implements Modifier {
        public ShapeSys {
            Objects.requireNonNull(name, "name");
            data = List.copyOf(data);
        }

        public String type() {
            return "shapesys";
        }

        @Override
        public int binCount() {
            return data.size();
        }
    }

    /** MC statistical uncertainty: absolute per-bin uncertainties, shared across the samples that carry it. */
    record StatError(String name, List<Double> data) implements Modifier {
        public StatError {
            Objects.requireNonNull(name, "name");
            data = List.copyOf(data);
        }

        public String type() {
            return "staterror";
        }

        @Override
        public int binCount() {
            return data.size();
        }
    }
}
