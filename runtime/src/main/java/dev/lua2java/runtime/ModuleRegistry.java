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

    /**
     * The chunk for a module name or file path. A path that is not a registered module path as it stands
     * ({@code lua/test/../src/Modules/Calcs.lua}) is cleaned of {@code .} and {@code ..} segments and
     * matched by its longest registered suffix, so code that builds file paths from its own location finds
     * the compiled chunk.
     */
    public LuaChunk find(String name) {
        String n = normalise(name);
        LuaChunk exact = byPath.get(n);
        if (exact != null || !n.contains("/")) {
            return exact;
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : n.split("/")) {
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        java.util.List<String> list = new java.util.ArrayList<>(parts);
        for (int from = 0; from < list.size(); from++) {
            LuaChunk c = byPath.get(String.join("/", list.subList(from, list.size())));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    public LuaChunk findBySourceHash(String sha256) {
        return bySourceHash.get(sha256);
    }

    public Map<String, LuaChunk> chunks() {
        return Collections.unmodifiableMap(byPath);
    }
}
