package dev.lua2java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables made from a prebuilt layout are the tables {@code Lua.tableOfNames} makes from the same fields. */
class LuaTableLayoutTest {
    private static final LuaTable.Layout RECORD = new LuaTable.Layout("name", "type", "value", "source");

    private static List<Object> traversal(LuaTable t) {
        List<Object> out = new ArrayList<>();
        Object[] kv = new Object[2];
        Object key = null;
        while (t.next(key, kv)) {
            out.add(kv[0]);
            out.add(kv[1]);
            key = kv[0];
        }
        return out;
    }

    private static Object[] fields(Object value, Object source) {
        return new Object[] {"name", "Life", "type", "BASE", "value", value, "source", source};
    }

    @Test
    void aFullRecordHasTheKeysInConstructorOrder() {
        LuaTable t = LuaTable.ofLayout(RECORD, fields(10.0, "Tree:1"));
        assertEquals(List.of("name", "Life", "type", "BASE", "value", 10.0, "source", "Tree:1"), traversal(t));
        assertEquals(10.0, t.get("value"));
        assertEquals("Tree:1", t.get(new String("source".toCharArray())));
    }

    @Test
    void nilValuesMakeNoKeyAndLaterKeysComeLast() {
        LuaTable t = LuaTable.ofLayout(RECORD, fields(null, "Tree:1"));
        assertEquals(List.of("name", "Life", "type", "BASE", "source", "Tree:1"), traversal(t));
        assertNull(t.get("value"));
        t.set("value", 5.0);
        assertEquals(List.of("name", "Life", "type", "BASE", "source", "Tree:1", "value", 5.0), traversal(t));
    }

    @Test
    void aWideLayoutIndexesItsKeys() {
        String[] names = new String[12];
        Object[] nameValues = new Object[24];
        for (int i = 0; i < names.length; i++) {
            names[i] = "k" + i;
            nameValues[2 * i] = names[i];
            nameValues[2 * i + 1] = (double) i;
        }
        LuaTable t = LuaTable.ofLayout(new LuaTable.Layout(names), nameValues);
        for (int i = 0; i < names.length; i++) {
            assertEquals((double) i, t.get(new String(("k" + i).toCharArray())));
        }
        assertNull(t.get("k12"));
    }

    @Test
    void tablesOfOneLayoutGrowAndShrinkApart() {
        LuaTable a = LuaTable.ofLayout(RECORD, fields(1.0, "a"));
        LuaTable b = LuaTable.ofLayout(RECORD, fields(2.0, "b"));
        for (int i = 0; i < 20; i++) {
            a.set("extra" + i, (double) i);
        }
        a.set("name", null);
        assertNull(b.get("extra3"));
        assertEquals("Life", b.get("name"));
        assertEquals(3.0, a.get("extra3"));
        assertNull(a.get("name"));
    }

    @Test
    void aLayoutNeedsDistinctNames() {
        assertThrows(IllegalArgumentException.class, () -> new LuaTable.Layout("a", "b", "a"));
    }
}
