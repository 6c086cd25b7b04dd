package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A fresh global environment with the standard libraries installed. */
public final class LuaGlobals {
    private LuaGlobals() {
    }

    /**
     * Globals whose {@code print} and {@code io.write} write to {@code out} (bytes of Lua strings,
     * unchanged) and whose {@code io.read} reads the process's standard input.
     */
    public static LuaTable create(OutputStream out) {
        return create(out, System.in);
    }

    /** Globals whose {@code print} and {@code io.write} write to {@code out} and {@code io.read} reads {@code in}. */
    public static LuaTable create(OutputStream out, InputStream in) {
        LuaTable g = new LuaTable();
        BaseLib.install(g, out);
        StringLib.install(g);
        TableLib.install(g);
        MathLib.install(g);
        BitLib.install(g);
        CoroutineLib.install(g);
        OsLib.install(g);
        IoLib.install(g, out, in);
        // No compiled modules yet: require fails cleanly, loadstring of constant tables works. Hosts
        // with a registry install PackageLib again with it.
        PackageLib.install(g, new ModuleRegistry());
        return g;
    }

    /** A Lua byte string as Java text, decoding UTF-8 (ASCII comes back as the same string). */
    public static String text(String luaBytes) {
        for (int i = 0; i < luaBytes.length(); i++) {
            if (luaBytes.charAt(i) >= 0x80) {
                return new String(luaBytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return luaBytes;
    }

    /** A Java (UTF-16) string as a Lua byte string: its UTF-8 bytes, one char per byte. */
    public static String bytes(String javaText) {
        return new String(javaText.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
