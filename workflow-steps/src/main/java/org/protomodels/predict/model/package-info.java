/**
 * The protomodel value type (spec 1.1-1.5, 12.5, 12.6): particle set, masses, decays with channel keys, signal-strength
 * multipliers; validation with JSON pointers; JSON (schema protomodel 1.0.0), SLHA writer and hiscore-dict reader.
 */
package org.protomodels.predict.model;
