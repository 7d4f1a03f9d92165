/** Reference cross sections per production pair and sqrt(s) from the LHC-SUSY-WG tables (spec 1.6). */
package org.protomodels.predict.xsec;
