package dev.lua2java.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lua2java.runtime.LuaTable;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** Conversions between host values (JSON, Java strings) and Lua values. */
final class LuaValues {
    private LuaValues() {
    }

    /** A Java string as a Lua byte string (its UTF-8 bytes, one char per byte). */
    static String lua(String javaText) {
        return new String(javaText.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** A Lua byte string as Java text (decoding UTF-8). */
    static String java(String luaBytes) {
        for (int i = 0; i < luaBytes.length(); i++) {
            if (luaBytes.charAt(i) >= 0x80) {
                return new String(luaBytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        // ASCII reads the same as bytes and as UTF-8: output keys and most values are.
        return luaBytes;
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
            return lua(n.asText());
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
            t.set(lua(f.getKey()), fromJson(f.getValue()));
        }
        return t;
    }
}
