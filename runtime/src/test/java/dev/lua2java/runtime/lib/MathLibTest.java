package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The math library; expected results printed by LuaJIT 2.1.1723675123 on x86-64 glibc 2.36. */
class MathLibTest {
    private record Err(String message) {
    }

    private static final Object[][] CASES = {
        {"floor", new Object[] {3.7000000000000002}, new Object[] {3.0}},
        {"floor", new Object[] {-3.5}, new Object[] {-4.0}},
        {"floor", new Object[] {-0.0}, new Object[] {-0.0}},
        {"floor", new Object[] {Double.NaN}, new Object[] {Double.NaN}},
        {"floor", new Object[] {Double.POSITIVE_INFINITY}, new Object[] {Double.POSITIVE_INFINITY}},
        {"floor", new Object[] {"3.7"}, new Object[] {3.0}},
        {"ceil", new Object[] {-0.5}, new Object[] {-0.0}},
        {"ceil", new Object[] {3.2000000000000002}, new Object[] {4.0}},
        {"ceil", new Object[] {Double.NEGATIVE_INFINITY}, new Object[] {Double.NEGATIVE_INFINITY}},
        {"abs", new Object[] {-0.0}, new Object[] {0.0}},
        {"abs", new Object[] {Double.NEGATIVE_INFINITY}, new Object[] {Double.POSITIVE_INFINITY}},
        {"abs", new Object[] {"-3"}, new Object[] {3.0}},
        {"sqrt", new Object[] {2.0}, new Object[] {1.4142135623730951}},
        {"sqrt", new Object[] {-1.0}, new Object[] {Double.NaN}},
        {"fmod", new Object[] {7.0, 3.0}, new Object[] {1.0}},
        {"fmod", new Object[] {-7.0, 3.0}, new Object[] {-1.0}},
        {"fmod", new Object[] {7.0, -3.0}, new Object[] {1.0}},
        {"fmod", new Object[] {7.0, 0.0}, new Object[] {Double.NaN}},
        {"fmod", new Object[] {Double.POSITIVE_INFINITY, 2.0}, new Object[] {Double.NaN}},
        {"fmod", new Object[] {5.0, Double.POSITIVE_INFINITY}, new Object[] {5.0}},
        {"fmod", new Object[] {-0.0, 1.0}, new Object[] {-0.0}},
        {"fmod", new Object[] {5.5, 2.0}, new Object[] {1.5}},
        {"modf", new Object[] {-3.5}, new Object[] {-3.0, -0.5}},
        {"modf", new Object[] {Double.POSITIVE_INFINITY}, new Object[] {Double.POSITIVE_INFINITY, 0.0}},
        {"modf", new Object[] {Double.NEGATIVE_INFINITY}, new Object[] {Double.NEGATIVE_INFINITY, -0.0}},
        {"modf", new Object[] {Double.NaN}, new Object[] {Double.NaN, Double.NaN}},
        {"modf", new Object[] {-0.0}, new Object[] {-0.0, -0.0}},
        {"modf", new Object[] {5.0}, new Object[] {5.0, 0.0}},
        {"modf", new Object[] {-5.0}, new Object[] {-5.0, -0.0}},
        {"modf", new Object[] {0.5}, new Object[] {0.0, 0.5}},
        {"frexp", new Object[] {8.0}, new Object[] {0.5, 4.0}},
        {"frexp", new Object[] {0.0}, new Object[] {0.0, 0.0}},
        {"frexp", new Object[] {-0.0}, new Object[] {-0.0, 0.0}},
        {"frexp", new Object[] {Double.POSITIVE_INFINITY}, new Object[] {Double.POSITIVE_INFINITY, 0.0}},
        {"frexp", new Object[] {Double.NaN}, new Object[] {Double.NaN, 0.0}},
        {"frexp", new Object[] {4.9406564584124654e-324}, new Object[] {0.5, -1073.0}},
        {"frexp", new Object[] {-3.0}, new Object[] {-0.75, 2.0}},
        {"frexp", new Object[] {0.10000000000000001}, new Object[] {0.80000000000000004, -3.0}},
        {"frexp", new Object[] {1.5e+308}, new Object[] {0.83440269694020053, 1024.0}},
        {"ldexp", new Object[] {1.0, 3.7000000000000002}, new Object[] {8.0}},
        {"ldexp", new Object[] {1.0, -3.7000000000000002}, new Object[] {0.125}},
        {"ldexp", new Object[] {1.0, 10000000000.0}, new Object[] {Double.POSITIVE_INFINITY}},
        {"ldexp", new Object[] {3.0, -1080.0}, new Object[] {0.0}},
        {"ldexp", new Object[] {1.0, Double.NaN}, new Object[] {Double.NaN}},
        {"ldexp", new Object[] {1.0, Double.POSITIVE_INFINITY}, new Object[] {Double.POSITIVE_INFINITY}},
        {"ldexp", new Object[] {1.0, Double.NEGATIVE_INFINITY}, new Object[] {0.0}},
        {"ldexp", new Object[] {0.0, Double.POSITIVE_INFINITY}, new Object[] {Double.NaN}},
        {"ldexp", new Object[] {1.5, -1074.0}, new Object[] {9.8813129168249309e-324}},
        {"ldexp", new Object[] {1.0, 1023.9}, new Object[] {8.9884656743115795e+307}},
        {"ldexp", new Object[] {1.0, 1024.0}, new Object[] {Double.POSITIVE_INFINITY}},
        {"min", new Object[] {Double.NaN, 1.0}, new Object[] {1.0}},
        {"min", new Object[] {1.0, Double.NaN}, new Object[] {Double.NaN}},
        {"max", new Object[] {Double.NaN, 1.0}, new Object[] {1.0}},
        {"max", new Object[] {1.0, Double.NaN}, new Object[] {Double.NaN}},
        {"min", new Object[] {0.0, -0.0}, new Object[] {-0.0}},
        {"min", new Object[] {-0.0, 0.0}, new Object[] {0.0}},
        {"max", new Object[] {0.0, -0.0}, new Object[] {-0.0}},
        {"max", new Object[] {-0.0, 0.0}, new Object[] {0.0}},
        {"min", new Object[] {3.0, "1", 2.0}, new Object[] {1.0}},
        {"max", new Object[] {5.0}, new Object[] {5.0}},
        {"min", new Object[] {}, new Err("bad argument #1 to 'min' (number expected, got no value)")},
        {"max", new Object[] {1.0, "x"}, new Err("bad argument #2 to 'max' (number expected, got string)")},
        {"log", new Object[] {8.0, 2.0}, new Object[] {3.0}},
        {"log", new Object[] {100.0, 10.0}, new Object[] {2.0}},
        {"log", new Object[] {1000.0, 10.0}, new Object[] {3.0}},
        {"log", new Object[] {0.0}, new Object[] {Double.NEGATIVE_INFINITY}},
        {"log", new Object[] {-1.0}, new Object[] {Double.NaN}},
        {"log", new Object[] {2.0, 8.0}, new Object[] {0.33333333333333331}},
        {"log", new Object[] {27.0, 3.0}, new Object[] {3.0000000000000004}},
        {"log", new Object[] {1.0}, new Object[] {0.0}},
        {"log", new Object[] {10.0}, new Object[] {2.3025850929940459}},
        {"log", new Object[] {2.5}, new Object[] {0.91629073187415511}},
        {"log", new Object[] {8.0}, new Object[] {2.0794415416798357}},
        {"log10", new Object[] {1000.0}, new Object[] {3.0}},
        {"log10", new Object[] {2.0}, new Object[] {0.3010299956639812}},
        {"log10", new Object[] {0.0}, new Object[] {Double.NEGATIVE_INFINITY}},
        {"log10", new Object[] {9.9999999999999694e-311}, new Object[] {-310.0}},
        {"log10", new Object[] {12345.678}, new Object[] {4.0915149455092017}},
        {"exp", new Object[] {0.0}, new Object[] {1.0}},
        {"exp", new Object[] {1.0}, new Object[] {2.7182818284590451}},
        {"exp", new Object[] {710.0}, new Object[] {Double.POSITIVE_INFINITY}},
        {"exp", new Object[] {-746.0}, new Object[] {0.0}},
        {"sin", new Object[] {0.0}, new Object[] {0.0}},
        {"cos", new Object[] {0.0}, new Object[] {1.0}},
        {"tan", new Object[] {0.0}, new Object[] {0.0}},
        {"atan2", new Object[] {1.0, 1.0}, new Object[] {0.78539816339744828}},
        {"atan2", new Object[] {-0.0, -1.0}, new Object[] {-3.1415926535897931}},
        {"atan2", new Object[] {0.0, -0.0}, new Object[] {3.1415926535897931}},
        {"sinh", new Object[] {1.0}, new Object[] {1.1752011936438014}},
        {"cosh", new Object[] {1.0}, new Object[] {1.5430806348152437}},
        {"tanh", new Object[] {1.0}, new Object[] {0.76159415595576485}},
        {"sinh", new Object[] {-0.5}, new Object[] {-0.52109530549374738}},
        {"cosh", new Object[] {30.0}, new Object[] {5343237290762.2314}},
        {"pow", new Object[] {2.0, 0.5}, new Object[] {1.4142135623730951}},
        {"pow", new Object[] {0.0, -1.0}, new Object[] {Double.POSITIVE_INFINITY}},
        {"pow", new Object[] {-8.0, 0.33333333333333331}, new Object[] {Double.NaN}},
        {"pow", new Object[] {1.0, Double.NaN}, new Object[] {1.0}},
        {"deg", new Object[] {3.1415926535897931}, new Object[] {180.0}},
        {"rad", new Object[] {180.0}, new Object[] {3.1415926535897931}},
        {"deg", new Object[] {"1"}, new Object[] {57.295779513082323}},
        {"deg", new Object[] {}, new Err("[builtin:deg]:0: attempt to perform arithmetic on a nil value")},
        {"rad", new Object[] {"x"}, new Err("[builtin:rad]:0: attempt to perform arithmetic on a string value")},
        {"floor", new Object[] {}, new Err("bad argument #1 to 'floor' (number expected, got no value)")},
        {"abs", new Object[] {new LuaTable()}, new Err("bad argument #1 to 'abs' (number expected, got table)")},
        {"sqrt", new Object[] {}, new Err("bad argument #1 to 'sqrt' (number expected, got no value)")},
        {"atan2", new Object[] {1.0}, new Err("bad argument #2 to 'atan2' (number expected, got no value)")},
        {"ldexp", new Object[] {1.0}, new Err("bad argument #2 to 'ldexp' (number expected, got no value)")},
        {"fmod", new Object[] {1.0}, new Err("bad argument #2 to 'fmod' (number expected, got no value)")},
    };

    private static LuaTable math() {
        return MathLib.install(new LuaTable());
    }

    private static final LuaTable MATH = math();

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static Object[] call(LuaTable m, String fn, Object... args) {
        return ((LuaFunction) m.get(fn)).invoke(args);
    }

    private static void assertSameNumbers(Object[] expected, Object[] got) {
        assertEquals(expected.length, got.length, "result count");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToLongBits((Double) expected[i]), Double.doubleToLongBits((Double) got[i]),
                    "result " + i + ": expected " + expected[i] + " got " + got[i]);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesLuaJit(String fn, Object[] args, Object expected) {
        if (expected instanceof Err err) {
            LuaError e = assertThrows(LuaError.class, () -> call(MATH, fn, args));
            assertEquals(err.message(), e.getMessage());
        } else {
            assertSameNumbers((Object[]) expected, call(MATH, fn, args));
        }
    }

    @Test
    void logWithExplicitNilBase() {
        LuaError e = assertThrows(LuaError.class, () -> call(MATH, "log", 8.0, null));
        assertEquals("bad argument #2 to 'log' (number expected, got nil)", e.getMessage());
    }

    @Test
    void constants() {
        assertEquals(Math.PI, MATH.get("pi"));
        assertEquals(Double.POSITIVE_INFINITY, MATH.get("huge"));
        LuaTable g = new LuaTable();
        assertSame(MathLib.install(g), g.get("math"));
    }

    @Test
    void randomFollowsLuaJitsGenerator() {
        LuaTable m = math();
        // A fresh LuaJIT prints: 0.79420629243124 7 8 1 2
        assertEquals("0.79420629243124", Lua.tostring(call(m, "random")[0]));
        assertEquals(7.0, call(m, "random", 10.0)[0]);
        assertEquals(8.0, call(m, "random", 5.0, 10.0)[0]);
        assertEquals(1.0, call(m, "random", 0.0)[0]);
        assertEquals(2.0, call(m, "random", 3.0, 1.0)[0]);
        // math.randomseed(42); print(math.random(), math.random(100), math.random(1, 6))
        call(m, "randomseed", 42.0);
        assertEquals("0.95607928791821", Lua.tostring(call(m, "random")[0]));
        assertEquals(1.0, call(m, "random", 100.0)[0]);
        assertEquals(4.0, call(m, "random", 1.0, 6.0)[0]);
        // math.randomseed(1.5); print(math.random(), math.random(100))
        call(m, "randomseed", 1.5);
        assertEquals("0.73848483355984", Lua.tostring(call(m, "random")[0]));
        assertEquals(56.0, call(m, "random", 100.0)[0]);
    }

    @Test
    void randomRangesAndSecureSeed() {
        LuaTable m = math();
        call(m, "randomseed");
        for (int i = 0; i < 1000; i++) {
            double d = (Double) call(m, "random")[0];
            assertTrue(d >= 0 && d < 1);
            double k = (Double) call(m, "random", 6.0)[0];
            assertTrue(k >= 1 && k <= 6 && k == Math.floor(k));
            double r = (Double) call(m, "random", -3.0, 3.0)[0];
            assertTrue(r >= -3 && r <= 3 && r == Math.floor(r));
        }
        LuaError e = assertThrows(LuaError.class, () -> call(m, "random", (Object) null));
        assertEquals("bad argument #1 to 'random' (number expected, got nil)", e.getMessage());
    }

    @Test
    void degUsesMulMetamethod() {
        LuaTable t = new LuaTable();
        LuaTable mt = new LuaTable();
        mt.set("__mul", new LibFunction("mul", a -> new Object[] {"product"}));
        t.metatable = mt;
        assertArrayEquals(new Object[] {"product"}, call(MATH, "deg", t));
    }

    @Test
    void log2IsAccurate() {
        for (int k = -1074; k <= 1023; k++) {
            assertEquals(k, MathLib.log2(Math.scalb(1.0, k)));
        }
        assertEquals(Double.NEGATIVE_INFINITY, MathLib.log2(0));
        assertTrue(Double.isNaN(MathLib.log2(-1)));
        // Values where glibc 2.36's log2 is also correctly rounded.
        assertEquals(1.5849625007211561, MathLib.log2(3));
        assertEquals(3.3219280948873622, MathLib.log2(10));
    }
}
