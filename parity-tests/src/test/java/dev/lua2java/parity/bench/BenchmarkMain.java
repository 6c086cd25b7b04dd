package dev.lua2java.parity.bench;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.CalcEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite in one JVM run and writes {@code target/bench/jmh.json} and
 * {@code target/bench/summary.md}: one row per engine and workload with its speed relative to LuaJIT
 * with the JIT on ({@code 2.3x} = 2.3 times faster), plus heap growth over a 1,000-calc batch and across
 * 10 batches. {@code -Dbench.quick=false} runs longer iterations. {@code -Dbench.forks=N} runs every
 * benchmark in N fresh JVMs: both engines compile differently from process to process (HotSpot's
 * profile-driven inlining, LuaJIT's trace selection), so one fork is one draw of each engine's code, and
 * the summary then shows the range of the per-fork means. {@code -Dbench.engines=java,luajit-jit-on}
 * restricts the engines. {@code -Dbench.jvmArgs="..."} replaces the forks' extra JVM options (default: the
 * parallel collector, see the architecture notes).
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        boolean quick = !"false".equals(System.getProperty("bench.quick"));
        String pobSrc = System.getProperty("pob.src", "");
        boolean pob = !pobSrc.isBlank() && !pobSrc.startsWith("${");
        // -Dbench.include=PobBenchmark (a regex) runs only the matching benchmarks.
        String only = System.getProperty("bench.include", "");
        OptionsBuilder builder = new OptionsBuilder();
        for (Class<?> benchmark : pob ? List.of(CalcBenchmark.class, PobBenchmark.class) : List.<Class<?>>of(CalcBenchmark.class)) {
            if (only.isBlank() || only.startsWith("${") || java.util.regex.Pattern.compile(only).matcher(benchmark.getName()).find()) {
                builder.include(benchmark.getName());
            }
        }
        String engines = System.getProperty("bench.engines", "");
        if (!engines.isBlank() && !engines.startsWith("${")) {
            builder.param("engine", engines.split(","));
        }
        Options options = builder
                .warmupIterations(quick ? 3 : 5).warmupTime(TimeValue.seconds(quick ? 2 : 5))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 2 : 5))
                .forks(forks())
                .jvmArgsAppend(forkJvmArgs(pob ? pobSrc : ""))
                .resultFormat(ResultFormatType.JSON).result(out.resolve("jmh.json").toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        String memory = memory();
        Files.writeString(out.resolve("summary.md"), summary(results, memory), StandardCharsets.UTF_8);
        System.out.println(Files.readString(out.resolve("summary.md")));
    }

    /**
     * The JVM options of every fork: stack and heap, plus {@code -Dbench.jvmArgs} (space-separated;
     * default {@link #DEFAULT_FORK_OPTIONS}, the collector batches should run with).
     */
    private static String[] forkJvmArgs(String pobSrc) {
        List<String> args = new ArrayList<>(List.of("-Xss512m", "-Xmx4g", "-Dpob.src=" + pobSrc));
        args.addAll(extraForkOptions());
        return args.toArray(String[]::new);
    }

    static final String DEFAULT_FORK_OPTIONS = "-XX:+UseParallelGC";

    /** {@code -Dbench.jvmArgs}, or the default when it is not given (Maven passes an unset property as "${...}"). */
    private static List<String> extraForkOptions() {
        String extra = System.getProperty("bench.jvmArgs");
        if (extra == null || extra.startsWith("${")) {
            extra = DEFAULT_FORK_OPTIONS;
        }
        return extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+"));
    }

    private static int forks() {
        String forks = System.getProperty("bench.forks", "");
        return forks.isBlank() || forks.startsWith("${") ? 1 : Integer.parseInt(forks.trim());
    }

    /** The mean of each fork's measured iterations, in fork order. */
    private static List<Double> forkMeans(RunResult r) {
        List<Double> means = new ArrayList<>();
        for (var benchmarkResult : r.getBenchmarkResults()) {
            means.add(benchmarkResult.getPrimaryResult().getScore());
        }
        return means;
    }

    private static String summary(Collection<RunResult> results, String memory) throws IOException {
        Map<String, Double> ms = new LinkedHashMap<>();
        Map<String, List<Double>> perFork = new LinkedHashMap<>();
        for (RunResult r : results) {
            String workload = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String engine = r.getParams().getParam("engine");
            if (workload.equals("batch1000AllCores")) {
                workload = "batch1000";
                engine = "java-all-cores";
            }
            ms.put(workload + "|" + engine, r.getPrimaryResult().getScore());
            perFork.put(workload + "|" + engine, forkMeans(r));
        }
        List<String> forkOptions = extraForkOptions();
        StringBuilder b = new StringBuilder();
        b.append("Benchmarks, ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(BenchCorpus.load().description).append(", Java ")
                .append(System.getProperty("java.version")).append(", forks run with ")
                .append(forkOptions.isEmpty() ? "no options beyond stack and heap" : String.join(" ", forkOptions))
                .append("\n\n");
        boolean forks = perFork.values().stream().anyMatch(means -> means.size() > 1);
        b.append(forks ? "| workload | engine | ms per op | vs LuaJIT (JIT on) | ms per op, each fork |\n|---|---|---|---|---|\n"
                : "| workload | engine | ms per op | vs LuaJIT (JIT on) |\n|---|---|---|---|\n");
        for (String workload : List.of("singleCalc", "batch1000")) {
            Double reference = ms.get(workload + "|luajit-jit-on");
            for (String engine : List.of("java", "java-all-cores", "luajit-jit-on", "luajit-jit-off", "luaj")) {
                Double v = ms.get(workload + "|" + engine);
                if (v == null) {
                    continue;
                }
                String ratio = reference == null ? "-" : String.format("%.1fx", reference / v);
                b.append("| ").append(workload).append(" | ").append(engine).append(" | ")
                        .append(String.format(v < 1 ? "%.4f" : "%.1f", v)).append(" | ").append(ratio).append(" |");
                if (forks) {
                    List<String> each = new ArrayList<>();
                    for (double m : perFork.get(workload + "|" + engine)) {
                        each.add(String.format(m < 1 ? "%.4f" : "%.1f", m));
                    }
                    b.append(' ').append(String.join(", ", each)).append(" |");
                }
                b.append('\n');
            }
        }
        Double pobJava = ms.get("fullCalc|java");
        Double pobLuajit = ms.get("fullCalc|luajit-jit-on");
        boolean pobRan = ms.keySet().stream().anyMatch(k -> k.startsWith("fullCalc|"));
        if (pobRan && (pobJava == null || pobLuajit == null)) {
            b.append("\nPath of Building benchmark incomplete: ").append(pobJava == null ? "the generated Java" : "LuaJIT")
                    .append(" did not run (see the JMH output; the engine must be built with -Dpob.src).\n");
        }
        if (pobJava != null && pobLuajit != null) {
            b.append("\nPath of Building's own Lua, one full calculation (load the build XML, calculate), cycling over the builds:\n\n")
                    .append("| engine | ms per op | vs LuaJIT |\n|---|---|---|\n")
                    .append(String.format("| java | %.1f | %.2fx |%n| luajit-jit-on | %.1f | 1.00x |%n", pobJava, pobLuajit / pobJava, pobLuajit));
        }
        b.append("\n").append(memory).append('\n');
        return b.toString();
    }

    /** Heap growth of the generated engine over one batch of 1,000 calcs and across 10 batches. */
    private static String memory() throws Exception {
        BenchCorpus corpus = BenchCorpus.load();
        CalcEngine engine = CalcEngine.create(corpus.data);
        List<Build> batch = new ArrayList<>();
        for (int i = 0; i < CalcBenchmark.BATCH; i++) {
            batch.add(corpus.builds.get(i % corpus.builds.size()));
        }
        for (Build b : batch) {
            engine.calculate(b);
        }
        long before = usedAfterGc();
        long peak = 0;
        for (Build b : batch) {
            engine.calculate(b);
        }
        long afterOne = usedAfterGc();
        for (int round = 1; round < 10; round++) {
            for (Build b : batch) {
                engine.calculate(b);
            }
            peak = Math.max(peak, usedAfterGc());
        }
        long afterTen = usedAfterGc();
        return String.format("Memory (generated Java, 1 thread, live heap after GC): %.1f MB before, %+.1f MB after one "
                + "1,000-calc batch, %+.1f MB after 10 batches (largest in between %+.1f MB).",
                before / 1e6, (afterOne - before) / 1e6, (afterTen - before) / 1e6, (peak - before) / 1e6);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
