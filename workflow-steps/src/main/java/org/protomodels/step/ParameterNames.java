package org.protomodels.step;

/** Parameter names shared by the CLI, the Maven goals and the workflow; defined once. */
public final class ParameterNames {
    public static final String PREFIX = "protomodel.";
    public static final String OUT = PREFIX + "out";
    public static final String SEED = PREFIX + "seed";
    public static final String THREADS = PREFIX + "threads";
    public static final String SKIP = PREFIX + "skip";
    public static final String TOY = PREFIX + "toy";
    public static final String SMODELS_DB = PREFIX + "smodelsDb";
    public static final String HEPDATA = PREFIX + "hepdata";
    public static final String CATALOGUE = PREFIX + "catalogue";
    public static final String XSEC = PREFIX + "xsec";
    public static final String DATABASE = PREFIX + "database";
    public static final String RESUME = PREFIX + "resume";

    private ParameterNames() {
    }
}
