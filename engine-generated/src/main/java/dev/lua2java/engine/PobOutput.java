package dev.lua2java.engine;

import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaTable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PoB's {@code mainOutput} as a flat map: numbers (Double), strings and booleans by key; values of
 * nested tables under {@code Outer.inner} keys (array items as {@code Outer.1}), at most {@value #MAX_DEPTH}
 * levels deep, a table inside itself skipped. Functions and deeper tables are left out. The parity harness
 * flattens LuaJIT's output with the same rules.
 */
final class PobOutput {
    static final int MAX_DEPTH = 3;

    private PobOutput() {
    }

    static Map<String, Object> flatten(LuaTable output) {
        Map<String, Object> flat = new LinkedHashMap<>();
        add(flat, "", output, 1, new IdentityHashMap<>());
        return flat;
    }

    private static void add(Map<String, Object> flat, String prefix, LuaTable t, int depth, IdentityHashMap<LuaTable, Boolean> seen) {
        // Only tables on the current path are skipped (cycles): a table reached by two keys is listed under
        // both, so the result does not depend on traversal order, which differs between LuaJIT and Java.
        if (seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        Object[] entry = new Object[2];
        Object key = null;
        while (t.next(key, entry)) {
            key = entry[0];
            Object v = entry[1];
            if (!(key instanceof String) && !(key instanceof Double)) {
                continue;
            }
            String name = prefix + LuaGlobals.text(Lua.tostring(key));
            if (v instanceof Double || v instanceof Boolean) {
                flat.put(name, v);
            } else if (v instanceof String s) {
                flat.put(name, LuaGlobals.text(s));
            } else if (v instanceof LuaTable inner && depth < MAX_DEPTH) {
                add(flat, name + ".", inner, depth + 1, seen);
            }
        }
        seen.remove(t);
    }
}
