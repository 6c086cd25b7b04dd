package dev.lua2java.engine;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.pob.PobHost;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calculation engine: compiled Lua calc modules plus game data, called from Java.
 *
 * <p>Thread-safety: create one engine and share it. Game data and {@link Build#toLua()} tables are
 * built once and only read. Each thread gets its own Lua state (globals and loaded modules) the first
 * time it calculates, so calculations on different threads share no mutable state and take no locks;
 * {@link #calculateAll} uses every core.
 */
public final class CalcEngine implements StatsEngine {
    /** The module of the embedded engine that returns the {@code calcs} table. */
    public static final String ENTRY_MODULE = "Engine";

    private final GameData data;
    private final ModuleRegistry modules;
    private final String entryModule;
    private final OutputStream console;
    private final WorkerPool pool = new WorkerPool("calc");
    private final ThreadLocal<LuaFunction> calculateByThread = ThreadLocal.withInitial(this::boot);

    private CalcEngine(GameData data, ModuleRegistry modules, String entryModule, OutputStream console) {
        this.data = data;
        this.modules = modules;
        this.entryModule = entryModule;
        this.console = console;
    }

    /** The engine compiled from this project's {@code lua/} modules, over the given data. */
    public static CalcEngine create(GameData data) {
        return create(data, dev.lua2java.engine.lua.LuaModules.registry(), ENTRY_MODULE, System.err);
    }

    /** An engine over any compiled Lua tree whose entry module returns a table with {@code calculate(build, data)}. */
    public static CalcEngine create(GameData data, ModuleRegistry modules, String entryModule, OutputStream console) {
        return new CalcEngine(data, modules, entryModule, console);
    }

    public GameData data() {
        return data;
    }

    /** Boots a Lua state for the calling thread and returns its {@code calcs.calculate}. */
    private LuaFunction boot() {
        LuaTable g = LuaGlobals.create(console);
        // The calc modules are written to Path of Building's host interface (LoadModule, ConPrintf).
        PobHost.install(g, modules, Path.of(""), new PrintStream(console, true, StandardCharsets.UTF_8));
        LuaChunk entry = modules.find(entryModule);
        if (entry == null) {
            throw new IllegalStateException("no compiled Lua module '" + entryModule + "'");
        }
        Object calcs = Lua.first(entry.load(g).invoke(Lua.NONE));
        Object calculate = calcs instanceof LuaTable t ? t.get("calculate") : null;
        if (!(calculate instanceof LuaFunction f)) {
            throw new IllegalStateException("module '" + entryModule + "' does not return a table with calculate(build, data)");
        }
        return f;
    }

    /** Calculates one build on the calling thread. */
    @Override
    public Stats calculate(Build build) throws BuildException {
        LuaTable dataTable = data.tableFor(build);
        if (!build.validatedAgainst(dataTable)) {
            validate(build, dataTable);
            build.markValidated(dataTable);
        }
        Object output;
        try {
            output = calculateByThread.get().call(build.toLua(), dataTable);
        } catch (LuaError e) {
            throw new BuildException(build.name(), LuaGlobals.text(String.valueOf(e.getMessage())), e);
        } catch (StackOverflowError e) {
            throw new BuildException(build.name(), "stack overflow in the calculation");
        }
        if (!(output instanceof LuaTable t)) {
            throw new BuildException(build.name(), "the calc modules returned " + Lua.type(output) + ", not a table");
        }
        return Stats.of(toMap(t));
    }

    /** Checks what Java can check before Lua runs: known class, known passive nodes. */
    private void validate(Build build, LuaTable dataTable) throws BuildException {
        if (!GameData.hasClass(dataTable, build.className())) {
            throw new BuildException(build.name(), "unknown class '" + build.className() + "' in " + data);
        }
        for (int id : build.passives()) {
            if (!GameData.hasNode(dataTable, id)) {
                throw new BuildException(build.name(), "unknown passive node " + id + " in " + data);
            }
        }
    }

    /** Calculates every build using all cores; a failing build yields an error result, the others go on. */
    @Override
    public List<CalcResult> calculateAll(List<Build> builds) {
        return calculateAll(builds, pool.get());
    }

    static Map<String, Object> toMap(LuaTable t) {
        Map<String, Object> map = new LinkedHashMap<>();
        Object[] entry = new Object[2];
        Object key = null;
        while (t.next(key, entry)) {
            key = entry[0];
            Object v = entry[1];
            map.put(key instanceof String s ? LuaGlobals.text(s) : Lua.tostring(key), v instanceof String s ? LuaGlobals.text(s) : v);
        }
        return map;
    }
}
