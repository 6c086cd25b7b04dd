package dev.lua2java.parity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import party.iroiro.luajava.LuaException;
import party.iroiro.luajava.luajit.LuaJit;

/**
 * The reference side of Path of Building parity: PoB's own Lua from the user's checkout, run by
 * embedded LuaJIT on {@code pob-reference-host.lua} (the Lua twin of the Java {@code PobHost}), booted
 * once; {@link #calculate} loads a build XML and returns its flattened {@code mainOutput}.
 */
public final class PobLuaJitEngine implements AutoCloseable {
    private final LuaJit lua = new LuaJit();

    public PobLuaJitEngine(Path pobSrc, Path pobLibs) throws IOException, LuaException {
        lua.openLibraries();
        lua.push(pobSrc.toAbsolutePath().normalize().toString());
        lua.setGlobal("__root");
        lua.push(pobLibs.toAbsolutePath().normalize().toString());
        lua.setGlobal("__libs");
        try (InputStream host = PobLuaJitEngine.class.getResourceAsStream("pob-reference-host.lua")) {
            lua.run(new String(host.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Loads the build and returns PoB's output: Double, Boolean or String values by flattened key. */
    public Map<String, Object> calculate(String name, String xml) throws LuaException {
        lua.getGlobal("__calc");
        lua.push(name);
        lua.push(xml);
        lua.pCall(2, 1);
        java.nio.ByteBuffer b = lua.toBuffer(-1);
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        lua.pop(1);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            out.put(f[0], switch (f[1]) {
                case "n" -> Double.parseDouble(f[2].equals("inf") ? "Infinity" : f[2].equals("-inf") ? "-Infinity"
                        : f[2].contains("nan") ? "NaN" : f[2]);
                case "b" -> Boolean.parseBoolean(f[2]);
                default -> unescape(f[2]);
            });
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        lua.close();
    }
}
