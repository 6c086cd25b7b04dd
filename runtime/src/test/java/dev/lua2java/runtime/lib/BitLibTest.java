package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LuaJIT's bit library; expected results printed by LuaJIT 2.1.1723675123. */
class BitLibTest {
    private record Err(String message) {
    }

    private static final Object[][] CASES = {
        {"tobit", new Object[] {0.0}, new Object[] {0.0}},
        {"tobit", new Object[] {4294967301.0}, new Object[] {5.0}},
        {"tobit", new Object[] {2147483648.0}, new Object[] {-2147483648.0}},
        {"tobit", new Object[] {-2147483649.0}, new Object[] {2147483647.0}},
        {"tobit", new Object[] {1.5}, new Object[] {2.0}},
        {"tobit", new Object[] {2.5}, new Object[] {2.0}},
        {"tobit", new Object[] {-1.5}, new Object[] {-2.0}},
        {"tobit", new Object[] {0.5}, new Object[] {0.0}},
        {"tobit", new Object[] {1e+20}, new Object[] {2025163840.0}},
        {"tobit", new Object[] {9007199254740992.0}, new Object[] {0.0}},
        {"tobit", new Object[] {Double.POSITIVE_INFINITY}, new Object[] {0.0}},
        {"tobit", new Object[] {Double.NaN}, new Object[] {0.0}},
        {"tobit", new Object[] {"0x10"}, new Object[] {16.0}},
        {"tobit", new Object[] {4294967295.0}, new Object[] {-1.0}},
        {"band", new Object[] {2147483648.0, 4294967295.0}, new Object[] {-2147483648.0}},
        {"band", new Object[] {255.0, 15.0, 3.0}, new Object[] {3.0}},
        {"band", new Object[] {7.0}, new Object[] {7.0}},
        {"bor", new Object[] {1.0, 2.0, 4.0}, new Object[] {7.0}},
        {"bor", new Object[] {2147483648.0, 0.0}, new Object[] {-2147483648.0}},
        {"bxor", new Object[] {5.0, 3.0}, new Object[] {6.0}},
        {"bxor", new Object[] {-1.0, 15.0}, new Object[] {-16.0}},
        {"bnot", new Object[] {0.0}, new Object[] {-1.0}},
        {"bnot", new Object[] {-1.0}, new Object[] {0.0}},
        {"bnot", new Object[] {4294967296.0}, new Object[] {-1.0}},
        {"lshift", new Object[] {1.0, 31.0}, new Object[] {-2147483648.0}},
        {"lshift", new Object[] {1.0, 32.0}, new Object[] {1.0}},
        {"lshift", new Object[] {1.0, 33.0}, new Object[] {2.0}},
        {"lshift", new Object[] {1.0, -1.0}, new Object[] {-2147483648.0}},
        {"rshift", new Object[] {-1.0, 28.0}, new Object[] {15.0}},
        {"rshift", new Object[] {2147483648.0, 31.0}, new Object[] {1.0}},
        {"arshift", new Object[] {-256.0, 4.0}, new Object[] {-16.0}},
        {"arshift", new Object[] {2147483648.0, 31.0}, new Object[] {-1.0}},
        {"rol", new Object[] {305419896.0, 8.0}, new Object[] {878082066.0}},
        {"ror", new Object[] {305419896.0, 8.0}, new Object[] {2014458966.0}},
        {"rol", new Object[] {1.0, 33.0}, new Object[] {2.0}},
        {"ror", new Object[] {1.0, -1.0}, new Object[] {2.0}},
        {"bswap", new Object[] {305419896.0}, new Object[] {2018915346.0}},
        {"bswap", new Object[] {1.0}, new Object[] {16777216.0}},
        {"bswap", new Object[] {-1.0}, new Object[] {-1.0}},
        {"tohex", new Object[] {255.0}, new Object[] {"000000ff"}},
        {"tohex", new Object[] {-1.0}, new Object[] {"ffffffff"}},
        {"tohex", new Object[] {255.0, 2.0}, new Object[] {"ff"}},
        {"tohex", new Object[] {255.0, -4.0}, new Object[] {"00FF"}},
        {"tohex", new Object[] {305419896.0, 4.0}, new Object[] {"5678"}},
        {"tohex", new Object[] {1.0, 10.0}, new Object[] {"0000000001"}},
        {"tohex", new Object[] {1.0, 0.0}, new Object[] {""}},
        {"tohex", new Object[] {-1.0, -2147483648.0}, new Object[] {"000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000FFFFFFFF"}},
        {"tohex", new Object[] {4294967297.0}, new Object[] {"00000001"}},
        {"tohex", new Object[] {2748.0, 3.0}, new Object[] {"abc"}},
        {"band", new Object[] {}, new Err("bad argument #1 to 'band' (number expected, got no value)")},
        {"tobit", new Object[] {}, new Err("bad argument #1 to 'tobit' (number expected, got no value)")},
        {"lshift", new Object[] {1.0}, new Err("bad argument #2 to 'lshift' (number expected, got no value)")},
        {"tohex", new Object[] {1.0}, new Object[] {"00000001"}},
        {"bor", new Object[] {1.0, "x"}, new Err("bad argument #2 to 'bor' (number expected, got string)")},
        {"rol", new Object[] {new LuaTable(), 1.0}, new Err("bad argument #1 to 'rol' (number expected, got table)")},
    };

    private static final LuaTable BIT = BitLib.install(new LuaTable());

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesLuaJit(String fn, Object[] args, Object expected) {
        LuaFunction f = (LuaFunction) BIT.get(fn);
        if (expected instanceof Err err) {
            LuaError e = assertThrows(LuaError.class, () -> f.invoke(args));
            assertEquals(err.message(), e.getMessage());
        } else {
            assertArrayEquals((Object[]) expected, f.invoke(args));
        }
    }

    @Test
    void tohexWithExplicitNilDigits() {
        LuaFunction f = (LuaFunction) BIT.get("tohex");
        LuaError e = assertThrows(LuaError.class, () -> f.invoke(new Object[] {1.0, null}));
        assertEquals("bad argument #2 to 'tohex' (number expected, got nil)", e.getMessage());
    }

    @Test
    void helpers() {
        assertEquals(-2147483648, BitLib.tobit(2147483648.0));
        assertEquals(5, BitLib.tobit(4294967301.0));
        assertEquals("ffffffff", BitLib.tohex(-1, 8));
        LuaTable g = new LuaTable();
        assertSame(BitLib.install(g), g.get("bit"));
    }
}
