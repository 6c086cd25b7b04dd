package dev.lua2java.parity.bench;

import dev.lua2java.engine.PobEngine;
import dev.lua2java.parity.PobLuaJitEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Path of Building's own Lua (the checkout in {@code pob.src}): one full calculation, as PoB's headless
 * mode does it (load the build XML, calculate), cycling over the shared builds, on the generated Java
 * ({@code PobEngine}) and on LuaJIT (the parity harness's reference host). PoB is booted once per trial.
 * Run by {@link BenchmarkMain} only when {@code -Dpob.src} is given.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PobBenchmark {
    @State(Scope.Thread)
    public static class Pob {
        @Param({"java", "luajit-jit-on"})
        public String engine;

        PobEngine java;
        PobLuaJitEngine luajit;
        final List<String[]> builds = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            Path src = Path.of(System.getProperty("pob.src"));
            try (Stream<Path> files = Files.walk(BenchCorpus.SHARED_BUILDS)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    builds.add(new String[] {f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)});
                }
            }
            if (engine.equals("java")) {
                java = PobEngine.create(src);
                java.warmUp();
            } else {
                luajit = new PobLuaJitEngine(src, src.resolve("../runtime/lua"));
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (luajit != null) {
                luajit.close();
            }
        }

        Map<String, Object> calculateNext() throws Exception {
            String[] b = builds.get(next++ % builds.size());
            return java != null ? java.calculateXml(b[0], b[1]) : luajit.calculate(b[0], b[1]);
        }
    }

    @Benchmark
    public Map<String, Object> fullCalc(Pob pob) throws Exception {
        return pob.calculateNext();
    }
}
