package dev.lua2java.parity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares LuaJIT's and the generated Java's outputs for each build and writes the report:
 * {@code parity.json} and {@code parity.md} (build x key: LuaJIT value, Java value, relative deviation)
 * with the summary line "N builds, M values, K beyond tolerance, max deviation D".
 *
 * <p>Numbers match when their relative deviation is at most {@link #TOLERANCE} (0.1 %, the contract).
 * Near zero a relative measure is meaningless (1e-12 vs 0 is "100 %"), so differences up to
 * {@link #ABSOLUTE_FLOOR} count as equal: 1e-9 is far below the 0.01 PoB displays and far above the
 * rounding noise of doubles of the magnitudes stats have (below 1e6, an ulp is under 1e-10).
 * Strings and booleans must be equal.
 */
final class ParityReport {
    static final double TOLERANCE = 1e-3;
    static final double ABSOLUTE_FLOOR = 1e-9;

    record Row(String build, String key, Object luajit, Object java, double deviation, boolean ok) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> failedBuilds = new LinkedHashMap<>();
    private final Map<String, String> rejectedByBoth = new LinkedHashMap<>();
    private final Map<String, Double> maxByKey = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> unstableInLuaJit = new ArrayList<>();
    /** Builds whose Java runs disagreed with each other while their LuaJIT runs agreed, with those keys. */
    private final Map<String, java.util.Set<String>> javaVaries = new LinkedHashMap<>();
    /** Keys whose value LuaJIT's own runs of some build disagreed on. */
    private final java.util.Set<String> keysLuaJitVaries = new TreeSet<>();
    private final Map<String, String> orderDependent = new LinkedHashMap<>();
    private final Map<String, double[]> timings = new LinkedHashMap<>();
    private int builds;

    /** A line for the report's head (how the run was made, boot times). */
    void note(String line) {
        notes.add(line);
    }

    /** Milliseconds one full calculation of the build took on each side. */
    void timing(String build, double luajitMs, double javaMs) {
        timings.put(build, new double[] {luajitMs, javaMs});
    }

    /** Builds one side could not calculate, and builds whose Java runs disagree while nothing excuses it. */
    int failedBuilds() {
        return failedBuilds.size() + (int) javaVaries.keySet().stream().filter(b -> !orderDependent.containsKey(b)).count();
    }

    /** A build calculated once on each side. */
    void add(String build, Map<String, Object> luajit, Map<String, Object> java) {
        addRuns(build, List.of(luajit), List.of(java));
    }

    /**
     * A build calculated several times on each side (in different orders, and in several LuaJIT
     * states). Each Java run is compared with the LuaJIT run closest to it (fewest keys beyond
     * tolerance); the rows show the Java run farthest from LuaJIT. PoB has results that depend on history
     * (iteration order of tables keyed by tables, which LuaJIT takes from memory addresses, and state
     * kept between builds), so LuaJIT's own runs of one build can differ. A build whose Java runs each
     * equal some LuaJIT run matches. Otherwise, if LuaJIT's runs differ too, the build is listed apart as
     * order-dependent with the keys LuaJIT varied on; if LuaJIT's runs all agree, every difference counts.
     */
    void addRuns(String build, List<Map<String, Object>> luajitRuns, List<Map<String, Object>> javaRuns) {
        builds++;
        java.util.Set<String> varied = new TreeSet<>();
        for (Map<String, Object> run : luajitRuns) {
            for (String k : union(run, luajitRuns.get(0))) {
                if (!java.util.Objects.equals(run.get(k), luajitRuns.get(0).get(k))) {
                    varied.add(k);
                }
            }
        }
        java.util.Set<String> javaVaried = new TreeSet<>();
        for (Map<String, Object> run : javaRuns) {
            for (String k : union(run, javaRuns.get(0))) {
                if (!java.util.Objects.equals(run.get(k), javaRuns.get(0).get(k))) {
                    javaVaried.add(k);
                }
            }
        }
        if (varied.isEmpty() && !javaVaried.isEmpty()) {
            javaVaries.put(build, javaVaried);
        }
        Map<String, Object> worstJava = javaRuns.get(0);
        Map<String, Object> worstLuajit = luajitRuns.get(0);
        long worst = -1;
        for (Map<String, Object> javaRun : javaRuns) {
            Map<String, Object> closest = luajitRuns.get(0);
            long fewest = Long.MAX_VALUE;
            for (Map<String, Object> run : luajitRuns) {
                long beyond = union(run, javaRun).stream().filter(k -> deviation(run.get(k), javaRun.get(k)) > TOLERANCE).count();
                if (beyond < fewest) {
                    fewest = beyond;
                    closest = run;
                }
            }
            if (fewest > worst) {
                worst = fewest;
                worstJava = javaRun;
                worstLuajit = closest;
            }
        }
        if (worst > 0 && !varied.isEmpty()) {
            orderDependent.put(build, "LuaJIT's own " + luajitRuns.size() + " runs differ on " + varied.size() + " keys ("
                    + String.join(", ", varied.stream().limit(12).toList()) + (varied.size() > 12 ? ", ..." : "")
                    + "); a Java run matches none of them exactly");
        }
        for (String key : new TreeSet<>(union(worstLuajit, worstJava))) {
            Object a = worstLuajit.get(key);
            Object b = worstJava.get(key);
            double deviation = deviation(a, b);
            rows.add(new Row(build, key, a, b, deviation, deviation <= TOLERANCE));
            maxByKey.merge(key, deviation, Math::max);
        }
        varied.forEach(k -> unstableInLuaJit.add(build + " " + k));
        keysLuaJitVaries.addAll(varied);
    }

    int unstableInLuaJit() {
        return unstableInLuaJit.size();
    }

    /** A build one side could not calculate: counted as a failure with its message. */
    void failed(String build, String message) {
        builds++;
        failedBuilds.put(build, message);
    }

    /** A build both sides refuse (bad input): the same behaviour, listed but not a mismatch. */
    void rejectedByBoth(String build, String message) {
        builds++;
        rejectedByBoth.put(build, message);
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    static double deviation(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            if (x.equals(y) || Math.abs(x - y) <= ABSOLUTE_FLOOR) {
                return 0;
            }
            return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
        }
        return a != null && a.equals(b) ? 0 : Double.POSITIVE_INFINITY;
    }

    /**
     * After the last build: a build whose LuaJIT runs happened to agree, but which differs from them only
     * on keys that LuaJIT's runs of other builds disagreed on (the charm-limit outputs), is
     * order-dependent too: those keys are shown to depend on history in this very run. Any other
     * difference still counts.
     */
    void classifyByKeysLuaJitVaries() {
        java.util.Map<String, java.util.Set<String>> differing = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.ok() && !orderDependent.containsKey(r.build())) {
                differing.computeIfAbsent(r.build(), b -> new TreeSet<>()).add(r.key());
            }
        }
        javaVaries.forEach((build, keys) -> differing.computeIfAbsent(build, b -> new TreeSet<>()).addAll(keys));
        differing.forEach((build, keys) -> {
            if (keysLuaJitVaries.containsAll(keys)) {
                orderDependent.put(build, "differs only on " + keys + ", keys LuaJIT's own runs of other builds disagree on");
            }
        });
    }

    long beyondTolerance() {
        return rows.stream().filter(r -> !r.ok() && !orderDependent.containsKey(r.build())).count() + failedBuilds();
    }

    long orderDependentDifferences() {
        return rows.stream().filter(r -> !r.ok() && orderDependent.containsKey(r.build())).count();
    }

    /** Over the compared values, order-dependent builds left out (they are listed apart). */
    double maxDeviation() {
        return rows.stream().filter(r -> !orderDependent.containsKey(r.build())).mapToDouble(Row::deviation).max().orElse(0);
    }

    String summary() {
        return String.format("%d builds (%d rejected by both), %d values, %d beyond tolerance, max deviation %s%s", builds,
                rejectedByBoth.size(), rows.size(), beyondTolerance(),
                maxDeviation() == 0 ? "0" : String.format("%.3g", maxDeviation()),
                unstableInLuaJit.isEmpty() ? "" : ", " + unstableInLuaJit.size() + " values LuaJIT itself varies on")
                + (orderDependentDifferences() == 0 ? "" : ", " + orderDependentDifferences() + " differences in "
                        + orderDependent.size() + " order-dependent builds (listed apart)");
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# Parity: LuaJIT vs generated Java\n\n").append(summary()).append("\n\n");
        notes.forEach(n -> md.append(n).append("\n\n"));
        if (!timings.isEmpty()) {
            md.append("## Milliseconds per full calculation\n\n| build | LuaJIT | Java | LuaJIT / Java |\n|---|---|---|---|\n");
            double[] sum = new double[2];
            timings.forEach((b, t) -> {
                sum[0] += t[0];
                sum[1] += t[1];
                md.append(String.format("| %s | %.1f | %.1f | %.2f |%n", b, t[0], t[1], t[0] / t[1]));
            });
            md.append(String.format("| **mean** | %.1f | %.1f | %.2f |%n%n", sum[0] / timings.size(), sum[1] / timings.size(), sum[0] / sum[1]));
        }
        md.append("Tolerance: relative ").append(TOLERANCE).append(", absolute floor ").append(ABSOLUTE_FLOOR).append("\n\n");
        md.append("## Largest deviation per key\n\n| key | max deviation |\n|---|---|\n");
        maxByKey.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v == 0 ? "0" : String.format("%.3g", v)).append(" |\n"));
        if (!unstableInLuaJit.isEmpty()) {
            md.append("\n## Values LuaJIT itself does not reproduce (").append(unstableInLuaJit.size())
                    .append(")\n\nThe same build calculated in another order or LuaJIT state gave different values in LuaJIT;"
                            + " Java's output is compared with the closest LuaJIT run.\n\n");
            unstableInLuaJit.forEach(u -> md.append("- ").append(u).append('\n'));
        }
        if (orderDependentDifferences() > 0) {
            md.append("\n## Differences in order-dependent builds (").append(orderDependentDifferences()).append(")\n\n");
            orderDependent.forEach((b, why) -> md.append("- ").append(b).append(": ").append(why).append('\n'));
            md.append('\n');
            rows.stream().filter(r -> !r.ok() && orderDependent.containsKey(r.build())).forEach(r -> md.append("- ")
                    .append(r.build()).append(' ').append(r.key()).append(": LuaJIT ").append(r.luajit()).append(", Java ")
                    .append(r.java()).append('\n'));
        }
        if (failedBuilds() > 0) {
            md.append("\n## Builds that failed\n\n");
            failedBuilds.forEach((b, m) -> md.append("- ").append(b).append(": ").append(m).append('\n'));
            javaVaries.forEach((b, keys) -> {
                if (!orderDependent.containsKey(b)) {
                    md.append("- ").append(b).append(": Java's runs disagree on ").append(keys).append(" while LuaJIT's agree\n");
                }
            });
        }
        if (!rejectedByBoth.isEmpty()) {
            md.append("\n## Builds both sides reject\n\n");
            rejectedByBoth.forEach((b, m) -> md.append("- ").append(b).append(": ").append(m).append('\n'));
        }
        md.append("\n## All values\n\n| build | key | LuaJIT | Java | deviation |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.build()).append(" | ").append(r.key()).append(" | ").append(r.luajit())
                    .append(" | ").append(r.java()).append(" | ").append(r.deviation() == 0 ? "0" : String.format("%.3g", r.deviation()))
                    .append(r.ok() ? "" : orderDependent.containsKey(r.build()) ? " order-dependent" : " **beyond tolerance**").append(" |\n");
        }
        Files.writeString(dir.resolve("parity.md"), md, StandardCharsets.UTF_8);
        StringBuilder json = new StringBuilder("{\n  \"summary\": \"").append(summary()).append("\",\n");
        json.append("  \"tolerance\": ").append(TOLERANCE).append(",\n  \"absoluteFloor\": ").append(ABSOLUTE_FLOOR).append(",\n");
        json.append("  \"maxDeviationByKey\": {");
        int i = 0;
        for (Map.Entry<String, Double> e : maxByKey.entrySet()) {
            json.append(i++ > 0 ? ", " : "").append('"').append(e.getKey()).append("\": ").append(finite(e.getValue()));
        }
        json.append("},\n  \"failedBuilds\": {");
        i = 0;
        for (Map.Entry<String, String> e : failedBuilds.entrySet()) {
            json.append(i++ > 0 ? ", " : "").append('"').append(e.getKey()).append("\": ").append(jsonString(e.getValue()));
        }
        json.append("},\n  \"values\": [\n");
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            json.append("    {\"build\": ").append(jsonString(row.build())).append(", \"key\": ").append(jsonString(row.key()))
                    .append(", \"luajit\": ").append(jsonValue(row.luajit())).append(", \"java\": ").append(jsonValue(row.java()))
                    .append(", \"deviation\": ").append(finite(row.deviation())).append('}').append(r + 1 < rows.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Files.writeString(dir.resolve("parity.json"), json, StandardCharsets.UTF_8);
    }

    private static String finite(double d) {
        return Double.isFinite(d) ? String.valueOf(d) : "null";
    }

    private static String jsonValue(Object v) {
        if (v instanceof Double d) {
            return finite(d);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return v == null ? "null" : jsonString(v.toString());
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
