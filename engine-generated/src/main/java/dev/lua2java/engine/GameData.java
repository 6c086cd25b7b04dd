package dev.lua2java.engine;

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
 * {@code gameConstants}. Loaded from a directory with {@code tree.json} (or the newest
 * {@code tree-*.json}), {@code bases.json} and {@code misc.json}, or from the example data bundled in the jar.
 * Shared between threads: the Lua modules never write to it.
 */
public final class GameData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLES = "/dev/lua2java/engine/examples/data/";

    private final LuaTable table;
    private final String source;

    private GameData(LuaTable table, String source) {
        this.table = table;
        this.source = source;
    }

    /** The project's small example data set, bundled as resources. */
    public static GameData examples() {
        try {
            return of(read(EXAMPLES + "tree.json"), read(EXAMPLES + "bases.json"), read(EXAMPLES + "misc.json"), "example data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data from a directory in the shape of PoB's exported JSON. */
    public static GameData load(Path dir) throws IOException {
        Path tree = dir.resolve("tree.json");
        if (!Files.exists(tree)) {
            try (Stream<Path> files = Files.list(dir)) {
                tree = files.filter(p -> p.getFileName().toString().matches("tree-.*\\.json"))
                        .max(Path::compareTo)
                        .orElseThrow(() -> new IOException(dir + ": no tree.json or tree-*.json"));
            }
        }
        return of(JSON.readTree(tree.toFile()), JSON.readTree(dir.resolve("bases.json").toFile()),
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

    private static GameData of(JsonNode tree, JsonNode bases, JsonNode misc, String source) {
        LuaTable data = new LuaTable();
        LuaTable classes = new LuaTable();
        for (JsonNode c : tree.path("classes")) {
            LuaTable entry = new LuaTable();
            entry.set("base_str", c.path("base_str").asDouble());
            entry.set("base_dex", c.path("base_dex").asDouble());
            entry.set("base_int", c.path("base_int").asDouble());
            LuaTable ascendancies = new LuaTable();
            for (JsonNode a : c.path("ascendancies")) {
                ascendancies.set(LuaValues.lua(a.path("name").asText(a.path("id").asText())), Boolean.TRUE);
            }
            entry.set("ascendancies", ascendancies);
            classes.set(LuaValues.lua(c.path("name").asText()), entry);
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
        data.set("bases", LuaValues.fromJson(bases));
        data.set("characterConstants", LuaValues.fromJson(misc.path("characterConstants")));
        data.set("gameConstants", LuaValues.fromJson(misc.path("gameConstants")));
        return new GameData(data, source);
    }

    /** The {@code data} table the calc modules read. Shared: never write to it. */
    public LuaTable table() {
        return table;
    }

    boolean hasNode(int id) {
        return ((LuaTable) table.get("nodes")).get(id) != null;
    }

    boolean hasBase(String name) {
        return ((LuaTable) table.get("bases")).get(LuaValues.lua(name)) != null;
    }

    boolean hasClass(String name) {
        return ((LuaTable) table.get("classes")).get(LuaValues.lua(name)) != null;
    }

    @Override
    public String toString() {
        return source;
    }
}
