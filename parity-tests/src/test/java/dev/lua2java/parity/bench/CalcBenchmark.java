package dev.lua2java.parity.bench;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.CalcEngine;
import dev.lua2java.engine.CalcResult;
import dev.lua2java.runtime.LuaTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.luaj.vm2.LuaValue;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One calculation and a batch of 1,000 calculations (cycling over the corpus builds, loaded once) on
 * each engine: the generated Java, LuaJIT with the JIT on and off, and the LuaJ interpreter, all on the
 * same Lua and inputs. {@link #batch1000AllCores} runs the generated Java on every core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalcBenchmark {
    public static final int BATCH = 1000;

    @State(Scope.Thread)
    public static class Engines {
        @Param({"java", "luajit-jit-on", "luajit-jit-off", "luaj"})
        public String engine;

        BenchCorpus corpus;
        CalcEngine java;
        dev.lua2java.parity.LuaJitEngine luajit;
        LuaJEngine luaj;
        LuaValue[] luajBuilds;
        LuaValue[] luajData;
        LuaTable[] builds;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            corpus = BenchCorpus.load();
            builds = new LuaTable[corpus.builds.size()];
            for (int i = 0; i < builds.length; i++) {
                builds[i] = corpus.builds.get(i).toLua();
            }
            switch (engine) {
                case "java" -> java = CalcEngine.create(corpus.data);
                case "luajit-jit-on", "luajit-jit-off" -> {
                    luajit = new dev.lua2java.parity.LuaJitEngine(BenchCorpus.LUA, CalcEngine.ENTRY_MODULE, engine.equals("luajit-jit-on"));
                    List<LuaTable> data = new ArrayList<>();
                    for (Build b : corpus.builds) {
                        data.add(corpus.data.tableFor(b));
                    }
                    luajit.prepare(Arrays.asList(builds), data);
                }
                case "luaj" -> {
                    luaj = new LuaJEngine(BenchCorpus.LUA, CalcEngine.ENTRY_MODULE);
                    java.util.Map<LuaTable, LuaValue> copies = new java.util.IdentityHashMap<>();
                    luajData = new LuaValue[builds.length];
                    luajBuilds = new LuaValue[builds.length];
                    for (int i = 0; i < builds.length; i++) {
                        luajBuilds[i] = LuaJEngine.copy(builds[i]);
                        luajData[i] = copies.computeIfAbsent(corpus.data.tableFor(corpus.builds.get(i)), LuaJEngine::copy);
                    }
                }
                default -> throw new IllegalArgumentException(engine);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (luajit != null) {
                luajit.close();
            }
        }

        Object calculateNext() throws Exception {
            int i = next;
            next = (i + 1) % builds.length;
            return switch (engine) {
                case "java" -> java.calculate(corpus.builds.get(i));
                case "luaj" -> luaj.calculate(luajBuilds[i], luajData[i]);
                default -> {
                    luajit.calculatePrepared(i);
                    yield null;
                }
            };
        }
    }

    @State(Scope.Benchmark)
    public static class AllCores {
        CalcEngine java;
        List<Build> batch;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            BenchCorpus corpus = BenchCorpus.load();
            java = CalcEngine.create(corpus.data);
            batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                batch.add(corpus.builds.get(i % corpus.builds.size()));
            }
        }
    }

    @Benchmark
    public Object singleCalc(Engines e) throws Exception {
        return e.calculateNext();
    }

    @Benchmark
    public void batch1000(Engines e, Blackhole bh) throws Exception {
        for (int i = 0; i < BATCH; i++) {
            bh.consume(e.calculateNext());
        }
    }

    @Benchmark
    public List<CalcResult> batch1000AllCores(AllCores s) {
        return s.java.calculateAll(s.batch);
    }
}
