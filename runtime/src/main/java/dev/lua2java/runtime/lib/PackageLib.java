package dev.lua2java.runtime.lib;

import static dev.lua2java.runtime.lib.LibArgs.*;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Loading code without an interpreter: {@code require} (with {@code package.loaded} and
 * {@code package.preload}), {@code dofile}, {@code loadfile}, {@code loadstring}/{@code load},
 * {@code setfenv}/{@code getfenv}. Files resolve to compiled chunks of a {@link ModuleRegistry};
 * {@code loadstring} text resolves to the compiled chunk with the same source (by SHA-256) or, when the
 * text is a constant table, to a function returning that table; anything else fails with
 * "chunk not compiled ahead of time" (DESIGN §11).
 */
public final class PackageLib {
    private PackageLib() {
    }

    public static void install(LuaTable g, ModuleRegistry registry) {
        LuaTable pkg = new LuaTable();
        LuaTable loaded = new LuaTable();
        pkg.set("loaded", loaded);
        pkg.set("preload", new LuaTable());
        pkg.set("path", "./?.lua;./?/init.lua");
        pkg.set("cpath", "");
        g.set("package", pkg);
        for (String lib : new String[] {"string", "table", "math", "bit", "os", "io", "coroutine"}) {
            Object t = g.get(lib);
            if (t != null) {
                loaded.set(lib, t);
            }
        }
        loaded.set("_G", g);
        define(g, "require", args -> {
            String name = checkString(args, 0, "require");
            Object have = loaded.get(name);
            if (have != null) {
                return results(have);
            }
            Object preload = ((LuaTable) pkg.get("preload")).get(name);
            Object result;
            if (preload != null) {
                result = Lua.first(Lua.invoke(preload, new Object[] {name}));
            } else {
                LuaChunk chunk = registry.find(name);
                if (chunk == null) {
                    // package.path's "./?/init.lua": a module that is a directory (sha1/init.lua).
                    chunk = registry.find(ModuleRegistry.normalise(name) + "/init");
                }
                if (chunk == null) {
                    throw LuaError.runtime("module '" + name + "' not found:\n\tno field package.preload['" + name
                            + "']\n\tno compiled chunk '" + ModuleRegistry.normalise(name) + "'");
                }
                result = Lua.first(chunk.load(g).invoke(new Object[] {name}));
            }
            if (result != null) {
                loaded.set(name, result);
            } else if (loaded.get(name) == null) {
                loaded.set(name, Boolean.TRUE);
            }
            return results(loaded.get(name));
        });
        define(g, "dofile", args -> {
            String path = checkString(args, 0, "dofile");
            LuaChunk chunk = registry.find(path);
            if (chunk == null) {
                throw LuaError.runtime("cannot open " + path);
            }
            return chunk.load(g).invoke(Lua.NONE);
        });
        define(g, "loadfile", args -> {
            String path = checkString(args, 0, "loadfile");
            LuaChunk chunk = registry.find(path);
            return chunk == null ? results(null, "cannot open " + path) : results(chunk.load(g));
        });
        LibFunction.Body loadText = args -> {
            Object source = any(args, 0, "loadstring");
            String text = source instanceof LuaFunction f ? readAll(f) : checkString(args, 0, "loadstring");
            return load(text, optString(args, 1, "loadstring", text), registry, g);
        };
        define(g, "loadstring", loadText);
        define(g, "load", loadText);
        define(g, "setfenv", args -> {
            Object f = any(args, 0, "setfenv");
            LuaTable env = checkTable(args, 1, "setfenv");
            if (!(f instanceof LuaFunction fn) || !fn.setEnv(env)) {
                throw LuaError.runtime("'setfenv' cannot change environment of given object");
            }
            return results(f);
        });
        define(g, "getfenv", args -> {
            Object f = Lua.arg(args, 0);
            LuaTable env = f instanceof LuaFunction fn ? fn.env() : null;
            return results(env != null ? env : g);
        });
    }

    private static String readAll(LuaFunction reader) {
        StringBuilder b = new StringBuilder();
        while (true) {
            Object piece = reader.call();
            if (!(piece instanceof String s) || s.isEmpty()) {
                return b.toString();
            }
            b.append(s);
        }
    }

    private static Object[] load(String text, String chunkName, ModuleRegistry registry, LuaTable g) {
        LuaChunk chunk = registry.findBySourceHash(sha256(text));
        if (chunk != null) {
            return results(chunk.load(g));
        }
        LuaTable constant = ConstantTableReader.read(text);
        if (constant != null) {
            return results(new DataChunkFunction(constant));
        }
        String start = chunkName.length() > 40 ? chunkName.substring(0, 37) + "..." : chunkName;
        return results(null, "chunk not compiled ahead of time: [string \"" + start.replace('\n', ' ') + "\"]");
    }

    /** SHA-256 of a Lua source's bytes, lower-case hex: the key generated registries use. */
    public static String sha256(String luaBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(luaBytes.getBytes(StandardCharsets.ISO_8859_1));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A loaded constant-table chunk. Each call runs the constructor again in Lua, so each call returns a
     * new table: a deep copy of the parsed one, which callers can therefore never change. Accepts an
     * environment and ignores it (a constant table reads no globals).
     */
    private static final class DataChunkFunction extends LuaFunction {
        private final LuaTable table;
        private LuaTable env;

        DataChunkFunction(LuaTable table) {
            this.table = table;
        }

        @Override
        public Object[] invoke(Object[] args) {
            return new Object[] {copy(table)};
        }

        private static LuaTable copy(LuaTable t) {
            LuaTable c = new LuaTable();
            Object[] entry = new Object[2];
            Object key = null;
            while (t.next(key, entry)) {
                key = entry[0];
                c.set(key, entry[1] instanceof LuaTable inner ? copy(inner) : entry[1]);
            }
            return c;
        }

        @Override
        public LuaTable env() {
            return env;
        }

        @Override
        public boolean setEnv(LuaTable env) {
            this.env = env;
            return true;
        }
    }
}
