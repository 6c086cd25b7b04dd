package dev.lua2java.parity;

import dev.lua2java.runtime.LuaTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import party.iroiro.luajava.Lua;
import party.iroiro.luajava.LuaException;
import party.iroiro.luajava.luajit.LuaJit;

/**
 * The reference side of engine parity: the Lua calc modules of a source tree, loaded by LuaJIT itself
 * (its own {@code loadfile}), fed the same {@code build} and {@code data} tables the Java engine gets
 * (copied value by value), returning the output table as a map. One instance per thread.
 */
public final class LuaJitEngine implements AutoCloseable {
    private final LuaJit lua = new LuaJit();
    /** Data tables already copied into LuaJIT, by identity, with the global that holds each. */
    private final Map<LuaTable, String> pushedData = new java.util.IdentityHashMap<>();

    public LuaJitEngine(Path luaRoot, String entryModule) throws LuaException {
        this(luaRoot, entryModule, true);
    }

    /** With {@code jit} false, LuaJIT runs with {@code jit.off()} (its interpreter only). */
    public LuaJitEngine(Path luaRoot, String entryModule, boolean jit) throws LuaException {
        lua.openLibraries();
        if (!jit) {
            lua.run("jit.off()");
        }
        lua.push(luaRoot.toAbsolutePath().toString().replace('\\', '/'));
        lua.setGlobal("__root");
        lua.run("function LoadModule(name, ...)\n"
                + "  local f = assert(loadfile(__root .. '/' .. name:gsub('%.lua$', '') .. '.lua'))\n"
                + "  return f(...)\n"
                + "end\n"
                + "function ConPrintf(fmt, ...) io.stderr:write(string.format(fmt, ...), '\\n') end\n"
                + "__calcs = LoadModule('" + entryModule + "')");
    }

    /** Runs calcs.calculate(build, data) in LuaJIT; the data table is copied once and reused. */
    public Map<String, Object> calculate(LuaTable build, LuaTable data) throws LuaException {
        String dataGlobal = dataGlobal(data);
        push(build, 0);
        lua.setGlobal("__build");
        lua.run("__out = __calcs.calculate(__build, " + dataGlobal + ")");
        lua.getGlobal("__out");
        Map<String, Object> out = new LinkedHashMap<>();
        if (lua.type(-1) != Lua.LuaType.TABLE) {
            lua.pop(1);
            throw new IllegalStateException("calculate returned a " + lua.type(-1));
        }
        lua.pushNil();
        while (lua.next(-2) != 0) {
            String key = lua.toString(-2);
            Object value = switch (lua.type(-1)) {
                case NUMBER -> lua.toNumber(-1);
                case BOOLEAN -> lua.toBoolean(-1);
                case STRING -> utf8(lua);
                default -> String.valueOf(lua.type(-1));
            };
            out.put(key, value);
            lua.pop(1);
        }
        lua.pop(1);
        return out;
    }

    /** The global holding a copy of {@code data} in LuaJIT; copies it the first time. */
    private String dataGlobal(LuaTable data) {
        String name = pushedData.get(data);
        if (name == null) {
            name = "__data" + pushedData.size();
            push(data, 0);
            lua.setGlobal(name);
            pushedData.put(data, name);
        }
        return name;
    }

    /**
     * For benchmarks: copies the builds and their data into LuaJIT once, so a calculation measures only
     * Lua; {@code data.get(i)} is build i's data table.
     */
    public void prepare(java.util.List<LuaTable> builds, java.util.List<LuaTable> data) throws LuaException {
        lua.newTable();
        for (int i = 0; i < builds.size(); i++) {
            push(builds.get(i), 0);
            lua.rawSetI(-2, i + 1);
        }
        lua.setGlobal("__builds");
        StringBuilder dataList = new StringBuilder("__buildData = {");
        for (int i = 0; i < data.size(); i++) {
            dataList.append(i > 0 ? ", " : "").append(dataGlobal(data.get(i)));
        }
        lua.run(dataList.append("}").toString());
        lua.run("function __bench(i) return __calcs.calculate(__builds[i], __buildData[i]) end");
    }

    /** Calculates prepared build {@code index} (0-based) and drops the result. */
    public void calculatePrepared(int index) throws LuaException {
        lua.getGlobal("__bench");
        lua.push(index + 1);
        lua.pCall(1, 0);
    }

    private static String utf8(Lua lua) {
        java.nio.ByteBuffer b = lua.toBuffer(-1);
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Pushes a copy of a runtime value onto the LuaJIT stack; strings keep their bytes. */
    private void push(Object v, int depth) {
        if (v == null) {
            lua.pushNil();
        } else if (v instanceof Double d) {
            lua.push(d);
        } else if (v instanceof Boolean b) {
            lua.push(b);
        } else if (v instanceof String s) {
            // Host strings are UTF-8 bytes (valid UTF-8), so decoding and re-encoding keeps them exact.
            lua.push(new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } else if (v instanceof LuaTable t) {
            if (depth > 100) {
                throw new IllegalArgumentException("table nesting too deep (a cycle?)");
            }
            lua.newTable();
            Object[] entry = new Object[2];
            Object key = null;
            while (t.next(key, entry)) {
                key = entry[0];
                push(entry[0], depth + 1);
                push(entry[1], depth + 1);
                lua.rawSet(-3);
            }
        } else {
            throw new IllegalArgumentException("cannot copy a " + v.getClass().getSimpleName() + " to LuaJIT");
        }
    }

    @Override
    public void close() {
        lua.close();
    }
}
