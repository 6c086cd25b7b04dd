package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.BuildException;
import dev.lua2java.engine.CalcEngine;
import dev.lua2java.engine.GameData;
import dev.lua2java.engine.cli.ExampleBuilds;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.transpiler.emit.Optimisations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engine parity: every build through the Lua calc modules in LuaJIT and through the generated Java
 * engine, on the same data, comparing every output key (see {@link ParityReport} for the tolerance).
 *
 * <p>Builds: the example builds bundled with the engine, plus every {@code *.xml} under
 * {@code parity.builds} (default {@code ../../shared/builds}) with the data in {@code parity.data}
 * (default {@code ../../shared/pob-data}) when those exist; without them the shared part is skipped with
 * a message. {@code parity.lua} points the LuaJIT side at another Lua tree (default {@code ../lua/src}).
 */
class EngineParityTest {
    static final Path LUA = Path.of(System.getProperty("parity.lua", "../lua/src"));
    static final Path SHARED_BUILDS = Path.of(System.getProperty("parity.builds", "../../shared/builds"));
    static final Path SHARED_DATA = Path.of(System.getProperty("parity.data", "../../shared/pob-data"));
    static final Path REPORT = Path.of(System.getProperty("parity.report", "target/parity"));

    @TempDir
    Path work;

    @Test
    void generatedJavaMatchesLuaJitOnEveryBuild() throws Exception {
        check(data -> CalcEngine.create(data), REPORT);
    }

    /** The same Lua generated with every optimisation off (the build generates it with all on). */
    @Test
    void generatedJavaWithoutOptimisationsMatchesLuaJitOnEveryBuild() throws Exception {
        ModuleRegistry plain = InMemoryLuaTree.compile(List.of(LUA), "parity.plain", Optimisations.NONE, work);
        check(data -> CalcEngine.create(data, plain, CalcEngine.ENTRY_MODULE, System.err), REPORT.resolve("optimisations-off"));
    }

    private static void check(Function<GameData, CalcEngine> engines, Path reportDir) throws Exception {
        ParityReport report = new ParityReport();
        GameData examples = GameData.examples();
        int compared = run(report, engines.apply(examples), examples, ExampleBuilds.builds());
        if (Files.isDirectory(SHARED_BUILDS) && Files.isDirectory(SHARED_DATA)) {
            List<Build> shared = new ArrayList<>();
            try (Stream<Path> files = Files.walk(SHARED_BUILDS)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    try {
                        shared.add(Build.fromXml(f));
                    } catch (BuildException e) {
                        report.failed(f.getFileName().toString(), e.getMessage());
                    }
                }
            }
            GameData data = GameData.load(SHARED_DATA);
            compared += run(report, engines.apply(data), data, shared);
        } else {
            System.out.println("parity: " + SHARED_BUILDS + " or " + SHARED_DATA + " not found: shared builds skipped, example builds only");
        }
        report.write(reportDir);
        System.out.println("parity: " + report.summary() + " (report in " + reportDir.toAbsolutePath() + ")");
        assertTrue(compared >= 5, "compared only " + compared + " builds");
        assertEquals(0, report.beyondTolerance(), report.summary() + "; see " + reportDir.resolve("parity.md"));
    }

    private static int run(ParityReport report, CalcEngine engine, GameData data, List<Build> builds) throws Exception {
        int compared = 0;
        try (LuaJitEngine luajit = new LuaJitEngine(LUA, CalcEngine.ENTRY_MODULE)) {
            for (Build b : builds) {
                java.util.Map<String, Object> reference = null;
                String luajitError = null;
                try {
                    reference = luajit.calculate(b.toLua(), data.tableFor(b));
                } catch (RuntimeException e) {
                    luajitError = e.getMessage();
                }
                java.util.Map<String, Object> generated = null;
                String javaError = null;
                try {
                    generated = engine.calculate(b).all();
                } catch (BuildException e) {
                    javaError = e.getMessage();
                }
                if (reference != null && generated != null) {
                    report.add(b.name(), reference, generated);
                    compared++;
                } else if (reference == null && generated == null) {
                    // Same behaviour: both sides reject the build (e.g. a node missing from this data).
                    report.rejectedByBoth(b.name(), javaError);
                } else {
                    report.failed(b.name(), luajitError != null ? "only LuaJIT failed: " + luajitError : "only Java failed: " + javaError);
                }
            }
        }
        return compared;
    }
}
