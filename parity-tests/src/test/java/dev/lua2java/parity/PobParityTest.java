package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.engine.PobEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Path of Building parity: PoB's own Lua from the user's checkout, run by LuaJIT and as the Java the
 * {@code pob} profile generated from the same tree, on every build XML under {@code parity.builds},
 * comparing every key of the flattened {@code mainOutput} ({@link ParityReport} tolerance) and timing a
 * full calculation (load the build XML, calculate) on both sides.
 *
 * <p>Every build is calculated several times: in LuaJIT in three fresh states, forward and backward in
 * each (different starting builds); in Java forward and backward. PoB has results that depend on the
 * iteration order of tables keyed by tables (which charms count under the charm limit,
 * {@code Modules/CalcPerform.lua} {@code mergeCharms}), which LuaJIT takes from memory addresses, so
 * LuaJIT itself gives different values for the same build depending on what ran before;
 * {@link ParityReport#addRuns} compares Java with the closest LuaJIT run and lists builds LuaJIT does
 * not reproduce apart, as well as builds that differ only on keys LuaJIT varied on for other builds
 * ({@link ParityReport#classifyByKeysLuaJitVaries}), since six LuaJIT runs may happen to agree. Timings are from the first backward pass (both sides warm).
 *
 * <p>Runs only when {@code -Dpob.src=<checkout>/src} is given (the same property that makes the build
 * generate PoB); otherwise it is skipped with that message. CI has no PoB, by design.
 */
class PobParityTest {
    static final String POB_SRC = System.getProperty("pob.src", "");
    static final Path REPORT = Path.of(System.getProperty("parity.report", "target/parity")).resolveSibling("parity-pob");
    private static final int LUAJIT_STATES = 3;
    private static final int PASSES_PER_STATE = 2;
    private static final int JAVA_PASSES = 2;
    private static final int TIMED_PASS = 1;

    record Input(String name, String xml) {
    }

    @Test
    void pobOnGeneratedJavaMatchesLuaJit() throws Exception {
        Assumptions.assumeTrue(!POB_SRC.isEmpty(), "no -Dpob.src=<Path of Building checkout>/src given: PoB parity not run");
        Path src = Path.of(POB_SRC);
        Path libs = Path.of(System.getProperty("pob.runtime.lua", src.resolve("../runtime/lua").toString()));
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EngineParityTest.SHARED_BUILDS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                inputs.add(new Input(f.getFileName().toString().replaceAll("\\.xml$", ""), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        ParityReport report = new ParityReport();
        Side luajitSide = new Side();
        Side javaSide = new Side();
        long start = System.nanoTime();
        for (int state = 0; state < LUAJIT_STATES; state++) {
            try (PobLuaJitEngine luajit = new PobLuaJitEngine(src, libs)) {
                if (state == 0) {
                    report.note(String.format("LuaJIT boot (Launch.lua, OnInit, first frame): %.0f ms", (System.nanoTime() - start) / 1e6));
                }
                for (int statePass = 0; statePass < PASSES_PER_STATE; statePass++) {
                    luajitSide.pass(inputs, state * PASSES_PER_STATE + statePass, luajit::calculate);
                }
            }
        }
        PobEngine engine = PobEngine.create(src);
        start = System.nanoTime();
        engine.warmUp();
        report.note(String.format("Java boot (same steps, cold JVM): %.0f ms", (System.nanoTime() - start) / 1e6));
        for (int pass = 0; pass < JAVA_PASSES; pass++) {
            javaSide.pass(inputs, pass, engine::calculateXml);
        }

        int compared = 0;
        for (Input in : inputs) {
            String name = in.name();
            String luajitError = luajitSide.errors.get(name);
            String javaError = javaSide.errors.get(name);
            if (luajitError == null && javaError == null) {
                report.addRuns(name, luajitSide.runs.get(name), javaSide.runs.get(name));
                report.timing(name, luajitSide.millis.get(name), javaSide.millis.get(name));
                compared++;
            } else if (luajitError != null && javaError != null) {
                report.rejectedByBoth(name, "LuaJIT: " + luajitError + "; Java: " + javaError);
            } else {
                report.failed(name, luajitError == null ? "Java failed: " + javaError : "LuaJIT failed: " + luajitError);
            }
        }
        report.classifyByKeysLuaJitVaries();
        report.write(REPORT);
        System.out.println("pob parity: " + report.summary() + " (report in " + REPORT.toAbsolutePath() + ")");
        assertTrue(compared > 0, "no build compared");
        assertEquals(0, report.failedBuilds(), report.summary());
        assertEquals(0, report.beyondTolerance(), report.summary() + "; see " + REPORT.resolve("parity.md"));
    }

    /** One side's results: every run of every build, the errors, and the timed pass's milliseconds. */
    private static final class Side {
        final Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
        final Map<String, String> errors = new LinkedHashMap<>();
        final Map<String, Double> millis = new LinkedHashMap<>();

        interface Calculator {
            Map<String, Object> calculate(String name, String xml) throws Exception;
        }

        void pass(List<Input> inputs, int pass, Calculator calculator) {
            for (Input in : inPassOrder(inputs, pass)) {
                long t0 = System.nanoTime();
                try {
                    runs.computeIfAbsent(in.name(), k -> new ArrayList<>()).add(calculator.calculate(in.name(), in.xml()));
                } catch (Exception e) {
                    errors.put(in.name(), e.getMessage());
                }
                if (pass == TIMED_PASS) {
                    millis.put(in.name(), (System.nanoTime() - t0) / 1e6);
                }
            }
        }
    }

    /** Each pass starts at a different build and odd passes run backwards, so each build follows different ones. */
    private static List<Input> inPassOrder(List<Input> inputs, int pass) {
        List<Input> order = new ArrayList<>(inputs);
        java.util.Collections.rotate(order, -(pass / 2) * 7);
        if (pass % 2 == 1) {
            java.util.Collections.reverse(order);
        }
        return order;
    }
}
