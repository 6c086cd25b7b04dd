package dev.lua2java.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compiled chunks of a program, by module path ({@code Modules/CalcSetup}), and the constant text
 * of each chunk's source by content hash, so {@code require}, {@code dofile}, {@code loadfile},
 * {@code LoadModule} and {@code loadstring} resolve to compiled Java instead of an interpreter
 * (DESIGN §11). Generated registries fill one at start-up; it is read-only afterwards and shared.
 */
public final class ModuleRegistry {
    private final Map<String, LuaChunk> byPath = new LinkedHashMap<>();
    private final Map<String, LuaChunk> bySourceHash = new LinkedHashMap<>();

    /** Registers a chunk under its path relative to the source root, with or without ".lua". */
    public ModuleRegistry add(String path, LuaChunk chunk, String sourceSha256) {
        byPath.put(normalise(path), chunk);
        if (sourceSha256 != null) {
            bySourceHash.put(sourceSha256, chunk);
        }
        return this;
    }

    /** {@code Modules/CalcSetup}, {@code Modules.CalcSetup}, {@code ./Modules/CalcSetup.lua} all name the same chunk. */
    public static String normalise(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("./")) {
            n = n.substring(2);
        }
        if (n.endsWith(".lua")) {
            n = n.substring(0, n.length() - 4);
        } else if (!n.contains("/")) {
            n = n.replace('.', '/');
        }
        return n;
    }

    public LuaChunk find(String name) {
        return byPath.get(normalise(name));
    }

    public LuaChunk findBySourceHash(String sha256) {
        return bySourceHash.get(sha256);
    }

    public Map<String, LuaChunk> chunks() {
        return Collections.unmodifiableMap(byPath);
    }
}
