package dev.lua2java.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.LuaGlobals;
import java.util.Iterator;
import java.util.Map;

/** JSON to Lua values (strings between Java and Lua: {@link LuaGlobals#bytes} and {@link LuaGlobals#text}). */
final class LuaValues {
    private LuaValues() {
    }

    /** JSON to Lua: objects and arrays become tables (arrays from 1), numbers doubles, strings bytes. */
    static Object fromJson(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            return LuaGlobals.bytes(n.asText());
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? Boolean.TRUE : Boolean.FALSE;
        }
        LuaTable t = new LuaTable();
        if (n.isArray()) {
            int i = 1;
            for (JsonNode item : n) {
                t.set(i++, fromJson(item));
            }
            return t;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = n.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            t.set(LuaGlobals.bytes(f.getKey()), fromJson(f.getValue()));
        }
        return t;
    }
}
