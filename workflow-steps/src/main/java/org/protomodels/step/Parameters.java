package org.protomodels.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protomodels.io.Yaml;

/**
 * A stage's resolved parameters: defaults < {@code --params FILE.yaml} < {@code --param k=v}. An unknown key is a
 * usage error; values keep the type of their default (number, boolean or string).
 */
public final class Parameters {
    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = values;
    }

    public static Parameters resolve(String stage, Map<String, Object> defaults, Path paramsFile, List<String> overrides) {
        Map<String, Object> v = new TreeMap<>(defaults);
        if (paramsFile != null) {
            JsonNode doc = Yaml.readTree(paramsFile);
            if (!doc.isObject()) {
                throw new InvalidInputException(paramsFile.toString(), "", "a parameters file is a mapping of key: value");
            }
            List<String> names = new ArrayList<>();
            doc.fieldNames().forEachRemaining(names::add);
            for (String k : names) {
                if (k.equals("kind") || k.equals("version")) {
                    continue;
                }
                set(stage, v, defaults, k, doc.get(k).asText(), paramsFile + "#/" + k);
            }
        }
        for (String o : overrides == null ? List.<String>of() : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param " + o + ": expected KEY=VALUE");
            }
            set(stage, v, defaults, o.substring(0, eq).strip(), o.substring(eq + 1).strip(), "--param " + o);
        }
        return new Parameters(v);
    }

    private static void set(String stage, Map<String, Object> v, Map<String, Object> defaults, String key,
                            String raw, String where) {
        if (!defaults.containsKey(key)) {
            throw new UsageException(where + ": unknown parameter '" + key + "' for " + stage
                    + (defaults.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", new TreeMap<>(defaults).keySet()) + ")"));
        }
        Object d = defaults.get(key);
        try {
            if (d instanceof Integer) {
                v.put(key, Integer.parseInt(raw));
            } else if (d instanceof Long) {
                v.put(key, Long.parseLong(raw));
            } else if (d instanceof Double) {
                v.put(key, Double.parseDouble(raw));
            } else if (d instanceof Boolean) {
                if (!raw.equals("true") && !raw.equals("false")) {
                    throw new NumberFormatException(raw);
                }
                v.put(key, Boolean.parseBoolean(raw));
            } else {
                v.put(key, raw);
            }
        } catch (NumberFormatException e) {
            throw new UsageException(where + ": '" + raw + "' is not a valid " + d.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public int getInt(String key) {
        return ((Number) values.get(key)).intValue();
    }

    public long getLong(String key) {
        return ((Number) values.get(key)).longValue();
    }

    public double getDouble(String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    public boolean getBoolean(String key) {
        return (Boolean) values.get(key);
    }

    public String getString(String key) {
        return String.valueOf(values.get(key));
    }
}
