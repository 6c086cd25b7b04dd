package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table library; expected results printed by LuaJIT 2.1.1723675123. */
class TableLibTest {
    private static final LuaTable TABLE = TableLib.install(new LuaTable());

    private static Object[] call(String fn, Object... args) {
        return ((LuaFunction) TABLE.get(fn)).invoke(args);
    }

    private static LuaTable list(Object... items) {
        LuaTable t = new LuaTable();
        for (int i = 0; i < items.length; i++) {
            t.set(i + 1, items[i]);
        }
        return t;
    }

    private static String joined(LuaTable t) {
        return (String) call("concat", t, ",")[0];
    }

    private static LuaFunction comparator(BiPredicate<Double, Double> p) {
        return new LibFunction("comp", a -> new Object[] {Lua.bool(p.test((Double) a[0], (Double) a[1]))});
    }

    /** The comparators of the LuaJIT run; index 0 is the default order. */
    private static final LuaFunction[] COMPARATORS = {
        null,
        comparator((a, b) -> a < b),
        comparator((a, b) -> a <= b),
        comparator((a, b) -> a > b),
        comparator((a, b) -> Lua.mod((double) (a * 7 + b), 3.0) == 0),
        comparator((a, b) -> true),
        comparator((a, b) -> Lua.mod((double) a, 5.0) < Lua.mod((double) b, 5.0)),
    };

    /** {input, comparator index, LuaJIT's result or error}: random arrays sorted by LuaJIT. */
    private static final Object[][] SORTS = {
        {"30,10,21,30,16,19,17", 5, "Einvalid order function for sorting"},
        {"21,32,22,21,47,10,17,12,6,18,10,46,35,25,2,26,44,2,32,13,19,19,1,48,12,30,18,29,10,35", 4, "18,10,46,30,48,44,25,2,12,21,10,29,22,26,10,32,2,12,47,17,32,6,35,18,1,35,13,21,19,19"},
        {"1,4,9,2,7,10,10,1,1,2,2,3,10,2,10,7,9,1,3,3,2,9,5,8,4,4", 6, "10,10,10,10,5,1,1,1,1,2,2,2,7,2,7,2,3,3,8,3,4,9,9,4,9,4"},
        {"2,7,14,5,1,29,11,23,6,1,13,2,11,14", 6, "5,1,6,11,11,1,2,2,7,13,23,29,14,14"},
        {"19,12,39,42,3,11,14,8,21,33,42,14,35,6,5,23,20,31,3,7,49,43,20,10,23,18,2,15,3,34,19,19,8,14,9,37,50,1,23,9", 4, "Einvalid order function for sorting"},
        {"1,3,8,9,3,6,2,7,4,6,5,10,3,5,2,8,7,2,1,7,3,10", 1, "1,1,2,2,2,3,3,3,3,4,5,5,6,6,7,7,7,8,8,9,10,10"},
        {"6", 5, "6"},
        {"35,47,31,3,35,25,9,37,20,19,15,38,7,46,1,21,23,47,48,41,44", 4, "Einvalid order function for sorting"},
        {"9,10,4,9,1,10,2,10,9,5,8,3,6,1,4,9,8,9,5,4,9,7,1,7,5,3,2,5,1", 1, "1,1,1,1,2,2,3,3,4,4,4,5,5,5,5,6,7,7,8,8,9,9,9,9,9,9,10,10,10"},
        {"8,9,20,18,19,6,21,14,17,20,15,29,22,22", 6, "20,20,15,6,21,17,22,22,8,18,29,9,14,19"},
        {"11,31,33,27,29,15,30,41,14,8,28,18,15,25,32", 0, "8,11,14,15,15,18,25,27,28,29,30,31,32,33,41"},
        {"8,5,8,2,8,4,3,5,5,5,3,10,4,10,5,4,4,5,9,10,7,4,1,7,3,6,5,4,1,6,4,1,4,2,9,4", 6, "5,5,5,10,5,10,5,5,10,5,1,1,6,6,1,7,2,7,2,3,8,3,3,8,8,4,4,4,9,4,4,9,4,4,4,4"},
        {"26,12,13,5,15,20,3,29,26,28,20,8,17,12,20,28,8,19,29,13,23,2,4,7,5,16,7,30,27,4", 6, "20,20,5,20,15,30,5,16,26,26,12,2,7,7,27,17,12,13,23,28,13,28,8,8,3,29,29,4,19,4"},
        {"1,19,21,48,8,45,35,47,3,10,35,32,3,23,22,19,27,28,7,18,2,32,13,42,35,30,34,46,40,3,2,50,44,14,44,45,16,50,27", 1, "1,2,2,3,3,3,7,8,10,13,14,16,18,19,19,21,22,23,27,27,28,30,32,32,34,35,35,35,40,42,44,44,45,45,46,47,48,50,50"},
        {"2,7,9,4,9,6,10,10,1,7,6,2,9,1,3,9,9,7,9,4,10,7,10", 3, "10,10,10,10,9,9,9,9,9,9,7,7,7,7,6,6,4,4,3,2,2,1,1"},
        {"4,23,11,5,15,29,27,20,1,28,21,8,4,7,3,20,19,25,10,2,26,5,29,24,6,13,9,2,30,4,4,3,8,7,29", 3, "30,29,29,29,28,27,26,25,24,23,21,20,20,19,15,13,11,10,9,8,8,7,7,6,5,5,4,4,4,4,3,3,2,2,1"},
        {"37,18,9,6,13,35,7,36,38,7,49,47,26,42,18,49,15,12,8,50,4,35,32,2,18,12,41,42,46,2", 5, "Einvalid order function for sorting"},
        {"6,8,9,9", 6, "6,8,9,9"},
        {"16,21,28,4,2,26,17,30,25,24,25,29,7", 0, "2,4,7,16,17,21,24,25,25,26,28,29,30"},
        {"12,27,6,35,18,37,23,48,27,19,49,28,11,39,27,9,3,17", 0, "3,6,9,11,12,17,18,19,23,27,27,27,28,35,37,39,48,49"},
        {"6,5,10,1,2,10,1,10,4,1,1,3,2,10,10,10,10,1,2,1,4,5,8,8,10,10,6,1,9,6,6", 0, "1,1,1,1,1,1,1,2,2,2,3,4,4,5,5,6,6,6,6,8,8,9,10,10,10,10,10,10,10,10,10"},
        {"28,3,8,14,30,10,12,7,30,8,22,25,26,7,10,16,23", 5, "Einvalid order function for sorting"},
        {"42,40,19,28,11,42,50", 1, "11,19,28,40,42,42,50"},
        {"7,6,4,9,8,10,3,1,8,4,1,5,1,2,5,9,10,3,6,4,7,10,8,8", 5, "Einvalid order function for sorting"},
        {"21,10,15,15,10,26,25,16", 6, "15,25,10,15,10,26,21,16"},
        {"18,44,32,30,23,25,45,26,7,35,6,44,1,43,26,38,41,38,42,38,1,6,46", 0, "1,1,6,6,7,18,23,25,26,26,30,32,35,38,38,38,41,42,43,44,44,45,46"},
        {"2,7,5,2,5,6,4,6,9,2,6,10,10,1,2,10,2,7,2,9,5,4,4,8,7,7,7,9,5,7", 6, "5,5,10,10,10,5,5,6,6,1,6,2,7,2,7,7,7,2,2,2,7,2,7,8,9,4,9,4,9,4"},
        {"9,11", 0, "9,11"},
        {"38,10,4,26,22", 4, "Einvalid order function for sorting"},
        {"10,10,9,2,1,7,6,5,3,6,3,9,10,8,4,6,1,3,1,2,10,7,9,7,4,1,2", 6, "10,10,10,5,10,1,1,1,6,6,1,6,7,2,7,2,2,7,3,8,3,3,4,9,4,9,9"},
    };

    static Stream<Arguments> sorts() {
        return Arrays.stream(SORTS).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "sort {0} with comparator {1}")
    @MethodSource("sorts")
    void sortMatchesLuaJitIncludingBadComparators(String input, int comp, String expected) {
        LuaTable t = new LuaTable();
        if (!input.isEmpty()) {
            String[] items = input.split(",");
            for (int i = 0; i < items.length; i++) {
                t.set(i + 1, Double.valueOf(items[i]));
            }
        }
        String got;
        try {
            call("sort", comp == 0 ? new Object[] {t} : new Object[] {t, COMPARATORS[comp]});
            got = joined(t);
        } catch (LuaError e) {
            got = "E" + e.getMessage();
        }
        assertEquals(expected, got);
    }

    @Test
    void sortStringsAndDescending() {
        LuaTable t = list("b", "a", "c", "B");
        call("sort", t);
        assertEquals("B,a,b,c", joined(t));
        t = list(3.0, 1.0, 2.0);
        call("sort", t, comparator((a, b) -> a > b));
        assertEquals("3,2,1", joined(t));
    }

    @Test
    void sortErrors() {
        assertEquals("attempt to compare string with number",
                assertThrows(LuaError.class, () -> call("sort", list(1.0, "x", 2.0))).getMessage());
        assertEquals("bad argument #2 to 'sort' (function expected, got number)",
                assertThrows(LuaError.class, () -> call("sort", list(3.0, 1.0), 5.0)).getMessage());
        assertEquals("bad argument #1 to 'sort' (table expected, got no value)",
                assertThrows(LuaError.class, () -> call("sort")).getMessage());
    }

    @Test
    void insert() {
        LuaTable t = list(1.0, 2.0, 3.0);
        call("insert", t, 2.0, "x");
        assertEquals("1,x,2,3", joined(t));
        t = new LuaTable();
        call("insert", t, "a");
        call("insert", t, "b");
        assertEquals("a,b", joined(t));
        t = list(1.0, 2.0, 3.0);
        call("insert", t, 0.0, "z"); // LuaJIT: t[0], t[1], t[2], t[3], t[4] --> z nil 1 2 3
        assertEquals("z", t.get(0));
        assertNull(t.get(1));
        assertEquals(1.0, t.get(2));
        assertEquals(3.0, t.get(4));
        t = list(1.0, 2.0, 3.0);
        call("insert", t, 10.0, "z");
        assertEquals("z", t.get(10));
        assertEquals(3, t.length());
        t = list(1.0, 2.0, 3.0);
        call("insert", t, 1.5, "x"); // position truncated to 1
        assertEquals("x,1,2,3", joined(t));
    }

    @Test
    void insertErrors() {
        assertEquals("wrong number of arguments to 'insert'",
                assertThrows(LuaError.class, () -> call("insert", new LuaTable(), 1.0, 2.0, 3.0)).getMessage());
        assertEquals("wrong number of arguments to 'insert'",
                assertThrows(LuaError.class, () -> call("insert", new LuaTable())).getMessage());
        assertEquals("bad argument #1 to 'insert' (table expected, got no value)",
                assertThrows(LuaError.class, () -> call("insert")).getMessage());
        assertEquals("bad argument #1 to 'insert' (table expected, got nil)",
                assertThrows(LuaError.class, () -> call("insert", null, 1.0)).getMessage());
        assertEquals("bad argument #2 to 'insert' (number expected, got string)",
                assertThrows(LuaError.class, () -> call("insert", new LuaTable(), "a", 2.0)).getMessage());
    }

    @Test
    void remove() {
        LuaTable t = list(1.0, 2.0, 3.0);
        assertArrayEquals(new Object[] {3.0}, call("remove", t));
        assertEquals("1,2", joined(t));
        t = list(1.0, 2.0, 3.0);
        assertArrayEquals(new Object[] {1.0}, call("remove", t, 1.0));
        assertEquals("2,3", joined(t));
        t = list(1.0, 2.0, 3.0);
        assertArrayEquals(new Object[0], call("remove", t, 5.0));
        assertEquals("1,2,3", joined(t));
        assertArrayEquals(new Object[0], call("remove", new LuaTable()));
        assertArrayEquals(new Object[0], call("remove", new LuaTable(), 0.0));
        assertArrayEquals(new Object[] {1.0}, call("remove", list(1.0, 2.0), "1"));
        // LuaJIT: t = {1,2,3}; print(table.remove(t, 1.9), t[1], t[2], t[3]) --> 1 2 2 nil
        t = list(1.0, 2.0, 3.0);
        assertArrayEquals(new Object[] {1.0}, call("remove", t, 1.9));
        assertEquals(2.0, t.get(1));
        assertEquals(2.0, t.get(2));
        assertNull(t.get(3));
    }

    @Test
    void removeErrors() {
        assertEquals("bad argument #2 to 'remove' (number expected, got string)",
                assertThrows(LuaError.class, () -> call("remove", list(1.0, 2.0), "x")).getMessage());
        assertEquals("bad argument #1 to 'remove' (table expected, got nil)",
                assertThrows(LuaError.class, () -> call("remove")).getMessage());
    }

    @Test
    void concat() {
        assertArrayEquals(new Object[] {"1 2.5 x 1e+15 0.1"}, call("concat", list(1.0, 2.5, "x", 1e15, 0.1), " "));
        assertArrayEquals(new Object[] {"b, c"}, call("concat", list("a", "b", "c"), ", ", 2.0, 3.0));
        assertArrayEquals(new Object[] {"a5b"}, call("concat", list("a", "b", "c"), 5.0, 1.0, 2.0));
        assertArrayEquals(new Object[] {""}, call("concat", list("a", "b", "c"), "", 3.0, 2.0));
        assertArrayEquals(new Object[] {"abc"}, call("concat", list("a", "b", "c")));
        assertArrayEquals(new Object[] {"2,3"}, call("concat", list(1.0, 2.0, 3.0), ",", 2.0));
        LuaTable withMeta = new LuaTable();
        LuaTable mt = new LuaTable();
        mt.set("__index", list("x", "y"));
        withMeta.metatable = mt;
        assertArrayEquals(new Object[] {""}, call("concat", withMeta)); // raw access
    }

    @Test
    void concatErrors() {
        assertEquals("invalid value (table) at index 2 in table for 'concat'",
                assertThrows(LuaError.class, () -> call("concat", list(1.0, new LuaTable(), 3.0), ",")).getMessage());
        assertEquals("invalid value (nil) at index 2 in table for 'concat'",
                assertThrows(LuaError.class, () -> call("concat", list(1.0), ",", 1.0, 2.0)).getMessage());
        assertEquals("invalid value (boolean) at index 2 in table for 'concat'",
                assertThrows(LuaError.class, () -> call("concat", list(1.0, Boolean.TRUE))).getMessage());
        assertEquals("bad argument #2 to 'concat' (string expected, got table)",
                assertThrows(LuaError.class, () -> call("concat", new LuaTable(), new LuaTable())).getMessage());
    }

    @Test
    void maxnAndGetn() {
        LuaTable t = list(1.0, 2.0);
        t.set(10, (Object) 1.0);
        t.set(2.5, (Object) 1.0);
        t.set(-1, (Object) 3.0);
        t.set("x", (Object) 1.0);
        assertArrayEquals(new Object[] {10.0}, call("maxn", t));
        assertArrayEquals(new Object[] {0.0}, call("maxn", new LuaTable()));
        LuaTable neg = new LuaTable();
        neg.set(-5, (Object) 1.0);
        assertArrayEquals(new Object[] {0.0}, call("maxn", neg));
        assertArrayEquals(new Object[] {3.0}, call("getn", list(1.0, 2.0, 3.0)));
        assertEquals("bad argument #1 to 'getn' (table expected, got nil)",
                assertThrows(LuaError.class, () -> call("getn")).getMessage());
    }

    @Test
    void foreachAndForeachi() {
        LuaTable t = list(1.0, 2.0, 3.0);
        LibFunction find2 = new LibFunction("f", a -> new Object[] {Lua.eq(a[1], 2.0) ? "found" + Lua.tostring(a[0]) : null});
        assertArrayEquals(new Object[] {"found2"}, call("foreachi", t, find2));
        assertArrayEquals(new Object[] {"found2"}, call("foreach", t, find2));
        assertArrayEquals(new Object[0], call("foreachi", list(5.0), find2));
        assertEquals("bad argument #2 to 'foreachi' (function expected, got nil)",
                assertThrows(LuaError.class, () -> call("foreachi", new LuaTable())).getMessage());
    }

    @Test
    void move() {
        LuaTable t = list(1.0, 2.0, 3.0, 4.0, 5.0);
        assertSame(t, call("move", t, 2.0, 4.0, 1.0)[0]);
        assertEquals("2,3,4,4,5", joined(t));
        t = list(1.0, 2.0, 3.0);
        call("move", t, 1.0, 3.0, 2.0); // overlapping: copies backwards
        assertEquals("1,1,2,3", joined(t));
        LuaTable dst = new LuaTable();
        assertSame(dst, call("move", list(1.0, 2.0, 3.0), 1.0, 3.0, 3.0, dst)[0]);
        assertEquals(1.0, dst.get(3));
        assertEquals(3.0, dst.get(5));
        assertEquals("bad argument #3 to 'move' (number expected, got nil)",
                assertThrows(LuaError.class, () -> call("move", new LuaTable(), 1.0)).getMessage());
    }
}
