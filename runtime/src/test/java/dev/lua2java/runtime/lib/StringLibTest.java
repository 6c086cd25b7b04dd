package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** The string library; expected results printed by LuaJIT 2.1.1723675123. */
class StringLibTest {
    private record Err(String message) {
    }

    private static final Object[][] CASES = {
        {"sub", new Object[] {"hello", 2.0}, new Object[] {"ello"}},
        {"sub", new Object[] {"hello", -3.0}, new Object[] {"llo"}},
        {"sub", new Object[] {"hello", 0.0}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", 10.0}, new Object[] {""}},
        {"sub", new Object[] {"hello", -10.0}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", 2.0, 3.0}, new Object[] {"el"}},
        {"sub", new Object[] {"hello", 2.0, -2.0}, new Object[] {"ell"}},
        {"sub", new Object[] {"hello", 0.0, 0.0}, new Object[] {""}},
        {"sub", new Object[] {"hello", -100.0, 100.0}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", 3.0, 2.0}, new Object[] {""}},
        {"sub", new Object[] {"hello", 2147483648.0}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", -2147483648.0}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", 1.0, 2147483648.0}, new Object[] {""}},
        {"sub", new Object[] {"hello", 1.8999999999999999, 2.8999999999999999}, new Object[] {"he"}},
        {"sub", new Object[] {"hello", -1.5}, new Object[] {"o"}},
        {"sub", new Object[] {"hello", 6.0}, new Object[] {""}},
        {"sub", new Object[] {"hello", 5.0}, new Object[] {"o"}},
        {"sub", new Object[] {"hello", Double.NaN}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", 1.0, Double.NaN}, new Object[] {""}},
        {"sub", new Object[] {"hello", 1e+100}, new Object[] {"hello"}},
        {"sub", new Object[] {"hello", "2", "3"}, new Object[] {"el"}},
        {"byte", new Object[] {"hello"}, new Object[] {104.0}},
        {"byte", new Object[] {"hello", 2.0}, new Object[] {101.0}},
        {"byte", new Object[] {"hello", -1.0}, new Object[] {111.0}},
        {"byte", new Object[] {"hello", 0.0}, new Object[] {}},
        {"byte", new Object[] {"hello", 10.0}, new Object[] {}},
        {"byte", new Object[] {"hello", 2.0, 4.0}, new Object[] {101.0, 108.0, 108.0}},
        {"byte", new Object[] {"hello", -3.0, -1.0}, new Object[] {108.0, 108.0, 111.0}},
        {"byte", new Object[] {"hello", 0.0, 2.0}, new Object[] {104.0, 101.0}},
        {"byte", new Object[] {"hello", 4.0, 2.0}, new Object[] {}},
        {"byte", new Object[] {"hello", 1.0, -10.0}, new Object[] {}},
        {"byte", new Object[] {"hello", 1.8999999999999999}, new Object[] {104.0}},
        {"byte", new Object[] {"hello", Double.NaN}, new Object[] {}},
        {"rep", new Object[] {"x", 3.0}, new Object[] {"xxx"}},
        {"rep", new Object[] {"x", 0.0}, new Object[] {""}},
        {"rep", new Object[] {"x", -1.0}, new Object[] {""}},
        {"rep", new Object[] {"ab", 3.0, ","}, new Object[] {"ab,ab,ab"}},
        {"rep", new Object[] {"ab", 1.0, ","}, new Object[] {"ab"}},
        {"rep", new Object[] {"ab", 0.0, ","}, new Object[] {""}},
        {"rep", new Object[] {"x", 2.8999999999999999}, new Object[] {"xx"}},
        {"rep", new Object[] {"", 5.0}, new Object[] {""}},
        {"rep", new Object[] {"ab", 2.0, ""}, new Object[] {"abab"}},
        {"rep", new Object[] {5.0, 2.0}, new Object[] {"55"}},
        {"char", new Object[] {72.0, 105.0}, new Object[] {"Hi"}},
        {"char", new Object[] {}, new Object[] {""}},
        {"char", new Object[] {256.0}, new Err("bad argument #1 to 'char' (invalid value)")},
        {"char", new Object[] {-1.0}, new Err("bad argument #1 to 'char' (invalid value)")},
        {"char", new Object[] {72.900000000000006}, new Object[] {"H"}},
        {"char", new Object[] {"65"}, new Object[] {"A"}},
        {"char", new Object[] {"x"}, new Err("bad argument #1 to 'char' (number expected, got string)")},
        {"char", new Object[] {0.0, 255.0}, new Object[] {"\000\377"}},
        {"upper", new Object[] {"AbC\310z"}, new Object[] {"ABC\310Z"}},
        {"lower", new Object[] {"AbC\310z"}, new Object[] {"abc\310z"}},
        {"upper", new Object[] {12.0}, new Object[] {"12"}},
        {"lower", new Object[] {12.0}, new Object[] {"12"}},
        {"upper", new Object[] {1.5}, new Object[] {"1.5"}},
        {"lower", new Object[] {1.5}, new Object[] {"1.5"}},
        {"reverse", new Object[] {"abc"}, new Object[] {"cba"}},
        {"len", new Object[] {"abc"}, new Object[] {3.0}},
        {"reverse", new Object[] {""}, new Object[] {""}},
        {"len", new Object[] {""}, new Object[] {0.0}},
        {"reverse", new Object[] {123.0}, new Object[] {"321"}},
        {"len", new Object[] {123.0}, new Object[] {3.0}},
        {"len", new Object[] {}, new Err("bad argument #1 to 'len' (string expected, got nil)")},
        {"len", new Object[] {}, new Err("bad argument #1 to 'len' (string expected, got nil)")},
        {"sub", new Object[] {}, new Err("bad argument #1 to 'sub' (string expected, got no value)")},
        {"sub", new Object[] {"x"}, new Err("bad argument #2 to 'sub' (number expected, got no value)")},
        {"rep", new Object[] {"x"}, new Err("bad argument #2 to 'rep' (number expected, got no value)")},
        {"byte", new Object[] {new LuaTable()}, new Err("bad argument #1 to 'byte' (string expected, got table)")},
        {"gsub", new Object[] {"abc", "b", Boolean.TRUE}, new Err("bad argument #3 to 'gsub' (string/function/table expected)")},
        {"gsub", new Object[] {"abc", "b"}, new Err("bad argument #3 to 'gsub' (string/function/table expected)")},
        {"gsub", new Object[] {"abc", "b", "x", "y"}, new Err("bad argument #4 to 'gsub' (number expected, got string)")},
        {"find", new Object[] {null, "x"}, new Err("bad argument #1 to 'find' (string expected, got nil)")},
        {"format", new Object[] {}, new Err("bad argument #1 to 'format' (string expected, got no value)")},
    };

    private static final LuaTable GLOBALS = new LuaTable();
    private static final LuaTable STRING = StringLib.install(GLOBALS);

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static Object[] call(String fn, Object... args) {
        return ((LuaFunction) STRING.get(fn)).invoke(args);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesLuaJit(String fn, Object[] args, Object expected) {
        if (expected instanceof Err err) {
            LuaError e = assertThrows(LuaError.class, () -> call(fn, args));
            assertEquals(err.message(), e.getMessage());
        } else {
            assertArrayEquals((Object[]) expected, call(fn, args));
        }
    }

    @Test
    void installsGlobalAndStringMetatable() {
        LuaTable g = new LuaTable();
        LuaTable s = StringLib.install(g);
        assertSame(s, g.get("string"));
        assertSame(s, Lua.stringMetatable.get("__index"));
        assertEquals("X", Lua.call(Lua.index("x", "upper"), "x"));
        // Functions added to the string table later are visible to method calls on strings.
        s.set("shout", new LibFunction("shout", a -> new Object[] {a[0] + "!"}));
        assertEquals("hi!", Lua.call(Lua.index("hi", "shout"), "hi"));
    }

    @Test
    void gsubWithTable() {
        LuaTable t = new LuaTable();
        t.set("hello", "HI");
        t.set("world", Boolean.FALSE);
        assertArrayEquals(new Object[] {"HI world", 2.0}, call("gsub", "hello world", "%w+", t));
        LuaTable bad = new LuaTable();
        bad.set("a", Boolean.TRUE);
        LuaError e = assertThrows(LuaError.class, () -> call("gsub", "abc", "%w", bad));
        assertEquals("invalid replacement value (a boolean)", e.getMessage());
    }

    @Test
    void gsubWithFunction() {
        LibFunction f = new LibFunction("f", a -> new Object[] {"hello".equals(a[0]) ? null : ((String) a[0]).toUpperCase()});
        assertArrayEquals(new Object[] {"hello WORLD", 2.0}, call("gsub", "hello world", "(%w+)", f));
        LibFunction bytes = new LibFunction("b", a -> new Object[] {(double) ((String) a[0]).charAt(0)});
        assertArrayEquals(new Object[] {"979899", 3.0}, call("gsub", "abc", "%w", bytes));
        LibFunction both = new LibFunction("c", a -> new Object[] {(String) a[0] + Lua.tostring(a[1])});
        assertArrayEquals(new Object[] {"ab3c", 1.0}, call("gsub", "abc", "(b)()", both));
        LibFunction table = new LibFunction("t", a -> new Object[] {new LuaTable()});
        LuaError e = assertThrows(LuaError.class, () -> call("gsub", "abc", "%w", table));
        assertEquals("invalid replacement value (a table)", e.getMessage());
    }

    @Test
    void gsubReplacementString() {
        assertArrayEquals(new Object[] {"1=a, 2=b", 2.0}, call("gsub", "a=1, b=2", "(%w+)=(%w+)", "%2=%1"));
    }

    @Test
    void repHugeCountIsEmptyLikeLuaJit() {
        assertArrayEquals(new Object[] {""}, call("rep", "x", 1e10));
        LuaError e = assertThrows(LuaError.class, () -> call("rep", "xy", 2e9));
        assertEquals("not enough memory", e.getMessage());
    }

    @Test
    void byteSliceLimitAndDump() {
        LuaError e = assertThrows(LuaError.class, () -> call("byte", "x".repeat(9000), 1.0, -1.0));
        assertEquals("string slice too long", e.getMessage());
        e = assertThrows(LuaError.class, () -> call("dump", STRING.get("len")));
        assertEquals("unable to dump given function", e.getMessage());
    }

    @Test
    void subHelper() {
        assertEquals("ell", StringLib.sub("hello", 2, -2));
        assertEquals("", StringLib.sub("", 1, -1));
        assertEquals("hello", StringLib.sub("hello", Integer.MIN_VALUE, -1));
    }
}
