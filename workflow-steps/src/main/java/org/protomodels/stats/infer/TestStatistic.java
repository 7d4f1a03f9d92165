package org.protomodels.stats.infer;

/** Profile-likelihood test statistics (Cowan, Cranmer, Gross, Vitells, arXiv:1007.1727), as pyhf names them. */
public enum TestStatistic {
    /** q_mu: one-sided upper-limit statistic, 0 when mu-hat > mu. */
    Q("q"),
    /** q~_mu: as q_mu with mu-hat bounded below by 0 (the POI lower bound). */
    QTILDE("qtilde"),
    /** q_0: discovery statistic at mu = 0, 0 when mu-hat < 0. */
    Q0("q0");

    private final String pyhfName;

    TestStatistic(String pyhfName) {
        this.pyhfName = pyhfName;
    }

    public String pyhfName() {
        return pyhfName;
    }
}
