package dev.lua2java.engine;

import dev.lua2java.runtime.lib.LuaGlobals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lua2java.runtime.LuaTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Game data for the calc modules, parsed from JSON once and handed to Lua as the read-only {@code data}
 * table: {@code classes} (by name, with base attributes and ascendancies), {@code nodes} (passive tree
 * nodes by numeric id), {@code bases} (item bases by name), {@code characterConstants} and
 * {@code gameConstants}. Loaded from a directory with {@code tree.json} or one {@code tree-<version>.json}
 * per passive tree version, {@code bases.json} and {@code misc.json}, or from the example data bundled in
 * the jar. A build is calculated against the tree version its XML names (the newest when that one is
 * absent). Shared between threads: the Lua modules never write to it.
 */
public final class GameData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = "/dev/lua2java/engine/examples/data/";

    private final java.util.NavigableMap<String, LuaTable> byTreeVersion;
    private final String source;

    private GameData(java.util.NavigableMap<String, LuaTable> byTreeVersion, String source) {
        this.byTreeVersion = byTreeVersion;
        this.source = source;
    }

    /** The project's small example data set, bundled as resources. */
    public static GameData examples() {
        try {
            return of(Map.of("default", read(EXAMPLES + "tree.json")), read(EXAMPLES + "bases.json"),
                    read(EXAMPLES + "misc.json"), "example data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data from a directory in the shape of PoB's exported JSON. */
    public static GameData load(Path dir) throws IOException {
        Map<String, JsonNode> trees = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals("tree.json")) {
                    trees.put("default", JSON.readTree(p.toFile()));
                } else if (name.matches("tree-.*\\.json")) {
                    trees.put(name.substring(5, name.length() - 5), JSON.readTree(p.toFile()));
                }
            }
        }
        if (trees.isEmpty()) {
            throw new IOException(dir + ": no tree.json or tree-*.json");
        }
        return of(trees, JSON.readTree(dir.resolve("bases.json").toFile()),
                JSON.readTree(dir.resolve("misc.json").toFile()), dir.toString());
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = GameData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return JSON.readTree(in);
        }
    }

    private static GameData of(Map<String, JsonNode> trees, JsonNode bases, JsonNode misc, String source) {
        // Bases and constants are the same for every tree version: one shared copy.
        Object basesTable = LuaValues.fromJson(bases);
        Object characterConstants = LuaValues.fromJson(misc.path("characterConstants"));
        Object gameConstants = LuaValues.fromJson(misc.path("gameConstants"));
        java.util.NavigableMap<String, LuaTable> byVersion = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> t : trees.entrySet()) {
            LuaTable data = treeTables(t.getValue());
            data.set("bases", basesTable);
            data.set("characterConstants", characterConstants);
            data.set("gameConstants", gameConstants);
            byVersion.put(t.getKey(), data);
        }
        return new GameData(byVersion, source);
    }

    private static LuaTable treeTables(JsonNode tree) {
        LuaTable data = new LuaTable();
        LuaTable classes = new LuaTable();
        for (JsonNode c : tree.path("classes")) {
            LuaTable entry = new LuaTable();
            entry.set("base_str", c.path("base_str").asDouble());
            entry.set("base_dex", c.path("base_dex").asDouble());
            entry.set("base_int", c.path("base_int").asDouble());
            LuaTable ascendancies = new LuaTable();
            for (JsonNode a : c.path("ascendancies")) {
                ascendancies.set(LuaGlobals.bytes(a.path("name").asText(a.path("id").asText())), Boolean.TRUE);
            }
            entry.set("ascendancies", ascendancies);
            classes.set(LuaGlobals.bytes(c.path("name").asText()), entry);
        }
        data.set("classes", classes);
        LuaTable nodes = new LuaTable();
        Iterator<Map.Entry<String, JsonNode>> it = tree.path("nodes").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> n = it.next();
            if (n.getKey().matches("\\d+")) {
                nodes.set(Double.parseDouble(n.getKey()), LuaValues.fromJson(n.getValue()));
            }
        }
        data.set("nodes", nodes);
        return data;
    }

    /** The {@code data} table of the newest tree version. Shared: never write to it. */
    public LuaTable table() {
        return byTreeVersion.lastEntry().getValue();
    }

    /** The {@code data} table for a build's tree version ("0_3"), the newest one when unknown or null. */
    public LuaTable tableFor(String treeVersion) {
        LuaTable t = treeVersion == null ? null : byTreeVersion.get(treeVersion);
        return t != null ? t : table();
    }

    public LuaTable tableFor(Build build) {
        return tableFor(build.treeVersion());
    }

    static boolean hasNode(LuaTable data, int id) {
        return ((LuaTable) data.get("nodes")).get(id) != null;
    }

    static boolean hasClass(LuaTable data, String name) {
        return ((LuaTable) data.get("classes")).get(LuaGlobals.bytes(name)) != null;
    }

    @Override
    public String toString() {
        return source;
    }
}
