package dev.lua2java.engine.cli;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.BuildException;
import dev.lua2java.engine.CalcEngine;
import dev.lua2java.engine.CalcResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code poe-calc bench}: a batch of calculations cycling over the builds, after a warm-up, on one
 * thread and on all cores. Prints calcs/second and ms per calc. A quick look; the JMH suite in
 * parity-tests is the measurement of record.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time a batch of calculations.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--builds", description = "Directory of build XML files; default: the bundled example builds")
    Path builds;

    @Option(names = "--data", description = "Game data directory; default: the bundled examples")
    Path data;

    @Option(names = "-n", description = "Calculations per batch (default: ${DEFAULT-VALUE})")
    int count = 1000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CalcEngine engine = CalcEngine.create(BuildInputs.data(data));
        List<Build> loaded = new ArrayList<>();
        List<String> inputs = builds == null ? List.of() : List.of(builds.toString());
        for (BuildInputs.Loaded in : inputs.isEmpty() ? ExampleBuilds.load() : BuildInputs.load(inputs)) {
            if (in.error() != null) {
                spec.commandLine().getErr().println("skipped: " + in.error().getMessage());
            } else {
                loaded.add(in.build());
            }
        }
        List<Build> usable = new ArrayList<>();
        for (Build b : loaded) {
            try {
                engine.calculate(b);
                usable.add(b);
            } catch (BuildException e) {
                spec.commandLine().getErr().println("skipped: " + e.getMessage());
            }
        }
        if (usable.isEmpty()) {
            spec.commandLine().getErr().println("no build calculates: nothing to measure");
            return 1;
        }
        List<Build> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(usable.get(i % usable.size()));
        }
        out.printf("%d builds, batches of %d calculations, %d cores, collector: %s%n", usable.size(), count,
                Runtime.getRuntime().availableProcessors(), collectors());
        for (int warm = 0; warm < 3; warm++) {
            for (Build b : batch) {
                engine.calculate(b);
            }
        }
        long allocatedBefore = allocatedByThisThread();
        long start = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("1 thread").setInitialMax(count)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            for (Build b : batch) {
                engine.calculate(b);
                bar.step();
            }
        }
        report(out, "1 thread", System.nanoTime() - start);
        long allocated = allocatedByThisThread() - allocatedBefore;
        if (allocatedBefore >= 0 && allocated >= 0) {
            out.printf("%-10s %6.0f KB allocated per calc%n", "", allocated / 1024.0 / count);
        }
        start = System.nanoTime();
        List<CalcResult> results = engine.calculateAll(batch);
        report(out, "all cores", System.nanoTime() - start);
        long failed = results.stream().filter(r -> !r.ok()).count();
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /**
     * Bytes this thread has allocated so far, or -1 where the JVM cannot tell. Allocation per calculation
     * is the steadiest figure a run gives: it does not move with the machine's load, and what is
     * allocated streams through the caches and evicts the game data a calculation reads.
     */
    private static long allocatedByThisThread() {
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /**
     * The JVM's garbage collectors by name. Batches run faster under the parallel collector
     * ({@code -XX:+UseParallelGC}) than under the default G1; the architecture notes have the measurement.
     */
    private static String collectors() {
        List<String> names = new ArrayList<>();
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return String.join(" + ", names);
    }

    private void report(PrintWriter out, String label, long nanos) {
        double seconds = nanos / 1e9;
        out.printf("%-10s %6d calcs in %7.3f s: %10.0f calcs/s, %8.4f ms per calc%n", label, count, seconds,
                count / seconds, seconds * 1000 / count);
    }
}
