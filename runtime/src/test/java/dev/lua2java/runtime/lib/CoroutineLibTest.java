package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaCoroutine;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The coroutine library; expected results printed by LuaJIT 2.1.1723675123. */
@Timeout(120)
class CoroutineLibTest {
    private static final LuaTable G = LuaGlobals.create(new ByteArrayOutputStream());
    private static final LuaTable CO = (LuaTable) G.get("coroutine");

    private static Object[] co(String fn, Object... args) {
        return ((LuaFunction) CO.get(fn)).invoke(args);
    }

    private static Object[] base(String fn, Object... args) {
        return ((LuaFunction) G.get(fn)).invoke(args);
    }

    private static Object[] yieldLua(Object... values) {
        return co("yield", values);
    }

    private static LuaFunction fn(LibFunction.Body body) {
        return new LibFunction("test", body);
    }

    private static String errorOf(Runnable r) {
        LuaError e = assertThrows(LuaError.class, r::run);
        return String.valueOf(e.value());
    }

    private static Object[] a(Object... values) {
        return values;
    }

    @Test
    void generatorYieldsValuesInOrder() {
        LuaFunction gen = (LuaFunction) co("wrap", fn(args -> {
            for (int i = 1; i <= 5; i++) {
                yieldLua((double) i);
            }
            return Lua.NONE;
        }))[0];
        List<Object> got = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            got.add(gen.call());
        }
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), got);
        assertArrayEquals(a(), gen.invoke(Lua.NONE));
        assertEquals("cannot resume dead coroutine", errorOf(gen::call));
    }

    @Test
    void valuesPassBothWays() {
        // local co = coroutine.create(function(a, b) local c, d = coroutine.yieldLua(a + b, "x") ... return "done", 42 end)
        List<Object> seen = new ArrayList<>();
        Object c = co("create", fn(args -> {
            Object[] r = yieldLua(Lua.add(args[0], args[1]), "x");
            seen.add(r[0]);
            seen.add(r[1]);
            return a("done", 42.0);
        }))[0];
        assertEquals("thread", Lua.type(c));
        assertTrue(Lua.tostring(c).startsWith("thread: 0x"));
        assertEquals("suspended", co("status", c)[0]);
        assertArrayEquals(a(true, 3.0, "x"), co("resume", c, 1.0, 2.0));
        assertEquals("suspended", co("status", c)[0]);
        assertArrayEquals(a(true, "done", 42.0), co("resume", c, "c", "d"));
        assertEquals(List.of("c", "d"), seen);
        assertEquals("dead", co("status", c)[0]);
        assertArrayEquals(a(false, "cannot resume dead coroutine"), co("resume", c));
        assertArrayEquals(a(false, "cannot resume dead coroutine"), co("resume", c));
    }

    @Test
    void argumentCountsArePreserved() {
        // coroutine.resume(coroutine.create(function(...) return select('#', ...) end), nil, nil) -> true 2
        Object c = co("create", fn(args -> a((double) args.length)))[0];
        assertArrayEquals(a(true, 2.0), co("resume", c, null, null));
        // select('#', coroutine.resume(coroutine.create(function() end))) -> 1
        assertEquals(1, co("resume", co("create", fn(args -> Lua.NONE))[0]).length);
        Object w = co("wrap", fn(args -> args))[0];
        assertArrayEquals(a(1.0, 2.0, 3.0), ((LuaFunction) w).invoke(a(1.0, 2.0, 3.0)));
    }

    @Test
    void statusRunningNormalAndRunningFunction() {
        List<Object> log = new ArrayList<>();
        AtomicReference<Object> outer = new AtomicReference<>();
        outer.set(co("create", fn(args -> {
            log.add(co("status", outer.get())[0]);
            log.add(co("running")[0] == outer.get());
            log.add(co("isyieldable")[0]);
            Object inner = co("create", fn(x -> {
                log.add(co("status", outer.get())[0]);
                log.add(Lua.first(co("resume", outer.get())));
                log.add(co("resume", outer.get())[1]);
                yieldLua(1.0);
                return Lua.NONE;
            }))[0];
            log.add(co("resume", inner)[1]);
            log.add(co("status", inner)[0]);
            log.add(co("status", outer.get())[0]);
            return Lua.NONE;
        }))[0]);
        assertArrayEquals(a(true), co("resume", outer.get()));
        assertEquals(List.of("running", true, true, "normal", false, "cannot resume running coroutine", 1.0,
                "suspended", "running"), log);
        assertEquals("dead", co("status", outer.get())[0]);
    }

    @Test
    void resumingItselfFails() {
        // co5 = coroutine.create(function() print(coroutine.resume(co5)) end) -> false cannot resume running coroutine
        AtomicReference<Object> self = new AtomicReference<>();
        self.set(co("create", fn(args -> co("resume", self.get())))[0]);
        assertArrayEquals(a(true, false, "cannot resume running coroutine"), co("resume", self.get()));
    }

    @Test
    void runningOutsideIsOneNil() {
        assertArrayEquals(a((Object) null), co("running"));
        assertArrayEquals(a(false), co("isyieldable"));
        assertNull(LuaCoroutine.running());
    }

    @Test
    void yieldOutsideACoroutine() {
        assertEquals("attempt to yield across C-call boundary", errorOf(() -> yieldLua(1.0)));
        // pcall(coroutine.yield, 1) -> false attempt to yield across C-call boundary
        assertArrayEquals(a(false, "attempt to yield across C-call boundary"), base("pcall", CO.get("yield"), 1.0));
    }

    @Test
    void errorsInsideCoroutines() {
        Object c = co("create", fn(args -> {
            throw LuaError.ofValue("oops");
        }))[0];
        assertArrayEquals(a(false, "oops"), co("resume", c));
        assertEquals("dead", co("status", c)[0]);
        LuaTable t = new LuaTable();
        Object c2 = co("create", fn(args -> {
            throw LuaError.ofValue(t);
        }))[0];
        assertArrayEquals(a(false, t), co("resume", c2));
        Object c3 = co("create", fn(args -> {
            throw LuaError.ofValue(null);
        }))[0];
        assertArrayEquals(a(false, null), co("resume", c3));
    }

    @Test
    void wrapPropagatesErrors() {
        LuaFunction w = (LuaFunction) co("wrap", fn(args -> {
            throw LuaError.ofValue("werr");
        }))[0];
        assertEquals("werr", errorOf(w::call));
        LuaTable t = new LuaTable();
        LuaFunction w2 = (LuaFunction) co("wrap", fn(args -> {
            throw LuaError.ofValue(t);
        }))[0];
        LuaError e = assertThrows(LuaError.class, w2::call);
        assertSame(t, e.value());
        LuaFunction w3 = (LuaFunction) co("wrap", fn(args -> {
            throw LuaError.ofValue(42.0);
        }))[0];
        assertEquals(42.0, assertThrows(LuaError.class, w3::call).value());
        // pcall(w) on a dead wrapped coroutine
        LuaFunction w4 = (LuaFunction) co("wrap", fn(args -> Lua.NONE))[0];
        w4.call();
        assertArrayEquals(a(false, "cannot resume dead coroutine"), base("pcall", w4));
    }

    @Test
    void yieldAcrossPcallInsideCoroutine() {
        // co10 = coroutine.create(function() return pcall(coroutine.yield, "a") end)
        Object c = co("create", fn(args -> base("pcall", CO.get("yield"), "a")))[0];
        assertArrayEquals(a(true, "a"), co("resume", c));
        assertArrayEquals(a(true, true, "b", "c"), co("resume", c, "b", "c"));
        // an error after a yield inside pcall is caught by that pcall
        Object c2 = co("create", fn(args -> base("pcall", fn(x -> {
            Object[] v = yieldLua(1.0);
            throw LuaError.ofValue(v[0]);
        }))))[0];
        assertArrayEquals(a(true, 1.0), co("resume", c2));
        assertArrayEquals(a(true, false, "err"), co("resume", c2, "err"));
    }

    @Test
    void nestedGenerators() {
        // A generator that consumes another generator.
        LuaFunction inner = (LuaFunction) co("wrap", fn(args -> {
            for (int i = 1; i <= 3; i++) {
                yieldLua((double) i);
            }
            return a((Object) null);
        }))[0];
        LuaFunction outer = (LuaFunction) co("wrap", fn(args -> {
            Object v;
            while ((v = inner.call()) != null) {
                yieldLua(Lua.mul(v, 10.0));
            }
            return a("end");
        }))[0];
        assertEquals(List.of(10.0, 20.0, 30.0, "end"), List.of(outer.call(), outer.call(), outer.call(), outer.call()));
    }

    @Test
    void argumentErrors() {
        assertEquals("bad argument #1 to 'create' (function expected, got number)", errorOf(() -> co("create", 1.0)));
        assertEquals("bad argument #1 to 'resume' (coroutine expected)", errorOf(() -> co("resume", 1.0)));
        assertEquals("bad argument #1 to 'resume' (coroutine expected)", errorOf(() -> co("resume")));
        assertEquals("bad argument #1 to 'status' (coroutine expected)", errorOf(() -> co("status", (Object) null)));
        assertEquals("bad argument #1 to 'wrap' (function expected, got nil)", errorOf(() -> co("wrap", (Object) null)));
    }

    @Test
    void deepRecursionInsideACoroutine() {
        LuaFunction[] rec = new LuaFunction[1];
        rec[0] = fn(args -> {
            double n = (Double) args[0];
            return n == 0 ? a(0.0) : a((Double) rec[0].call(n - 1) + 1);
        });
        Object c = co("create", fn(args -> a(rec[0].call(200000.0))))[0];
        assertArrayEquals(a(true, 200000.0), co("resume", c));
    }

    /** Recursion with big frames, so that overflowing the coroutine's 256 MB stack takes under a second. */
    private static long heavyRecursion(long a) {
        long b = a * 3 + 1, c = b * 5 + a, d = c * 7 + b, e = d * 11 + c, f = e * 13 + d, g = f * 17 + e;
        long h = g * 19 + f, i = h * 23 + g, j = i * 29 + h, k = j * 31 + i, l = k * 37 + j, m = l * 41 + k;
        long n = m * 43 + l, o = n * 47 + m, p = o * 53 + n, q = p * 59 + o;
        return heavyRecursion(q) + a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q;
    }

    @Test
    void stackOverflowInsideACoroutineIsALuaError() {
        Object c = co("create", fn(args -> a((double) heavyRecursion(0))))[0];
        Object[] r = co("resume", c);
        assertEquals(false, r[0]);
        assertEquals("stack overflow", r[1]);
        assertEquals("dead", co("status", c)[0]);
    }

    @Test
    void osExitInsideACoroutineReachesTheHost() {
        Object c = co("create", fn(args -> {
            throw new LuaExit(3);
        }))[0];
        LuaExit e = assertThrows(LuaExit.class, () -> co("resume", c));
        assertEquals(3, e.status());
        assertEquals("dead", co("status", c)[0]);
    }

    @Test
    void tenThousandCoroutinesDoNotExhaustThreads() {
        int before = LuaCoroutine.liveThreads();
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            Object c = co("create", fn(args -> {
                Object[] v = yieldLua(args[0]);
                return a(Lua.add(v[0], 1.0));
            }))[0];
            Object[] first = co("resume", c, (double) i);
            Object[] second = co("resume", c, first[1]);
            sum += (Double) second[1];
        }
        assertEquals(10_000 * 9_999 / 2.0 + 10_000, sum);
        assertTrue(LuaCoroutine.liveThreads() <= before);
    }

    @Test
    void neverResumedCoroutinesTakeNoThread() {
        int before = LuaCoroutine.liveThreads();
        for (int i = 0; i < 100_000; i++) {
            co("create", fn(args -> Lua.NONE));
        }
        assertEquals(before, LuaCoroutine.liveThreads());
    }

    /** Best effort by nature (it needs the GC to run), but System.gc() reliably collects this in practice. */
    @Test
    void abandonedSuspendedCoroutinesReleaseTheirThreads() throws InterruptedException {
        int before = LuaCoroutine.liveThreads();
        List<Object> suspended = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Object c = co("create", fn(args -> {
                yieldLua(1.0);
                throw new AssertionError("never resumed again");
            }))[0];
            assertArrayEquals(a(true, 1.0), co("resume", c));
            suspended.add(c);
        }
        assertTrue(LuaCoroutine.liveThreads() >= before + 50);
        suspended.clear();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (LuaCoroutine.liveThreads() > before && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(LuaCoroutine.liveThreads() <= before);
    }

    @Test
    void abandonedCoroutineUnwindsThroughPcall() throws InterruptedException {
        // The release must not be caught by a pcall on the coroutine's stack.
        int before = LuaCoroutine.liveThreads();
        boolean[] caught = {false};
        Object c = co("create", fn(args -> {
            Object[] r = base("pcall", CO.get("yield"), 1.0);
            caught[0] = true;
            return r;
        }))[0];
        co("resume", c);
        c = null;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (LuaCoroutine.liveThreads() > before && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(LuaCoroutine.liveThreads() <= before);
        assertEquals(false, caught[0]);
    }

    @Test
    void coroutineValueClass() {
        LuaCoroutine c = new LuaCoroutine(fn(args -> a("r")));
        assertEquals(LuaCoroutine.Status.SUSPENDED, c.status());
        assertArrayEquals(a(true, "r"), c.resume(Lua.NONE));
        assertEquals(LuaCoroutine.Status.DEAD, c.status());
        assertInstanceOf(String.class, c.toString());
    }
}
