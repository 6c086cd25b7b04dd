package dev.lua2java.runtime.pob;

import static dev.lua2java.runtime.lib.LibArgs.checkString;
import static dev.lua2java.runtime.lib.LibArgs.define;
import static dev.lua2java.runtime.lib.LibArgs.results;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.lib.PackageLib;
import dev.lua2java.runtime.lib.StringFormat;
import dev.lua2java.runtime.lib.Zlib;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.DataFormatException;

/**
 * The host Path of Building's headless mode runs in, provided natively: takes a global table with the
 * standard libraries, the registry of compiled PoB chunks and the directory of the PoB {@code src/}
 * tree; installs the host globals PoB calls.
 *
 * <ul>
 *   <li>modules: {@code LoadModule}, {@code PLoadModule}, {@code PCall} over the compiled-module
 *       registry; {@code require} of {@code lua-utf8} (native), {@code jit} and {@code lcurl.safe} (absent,
 *       as in the headless wrapper);
 *   <li>callbacks: {@code SetMainObject}, {@code SetCallback}, {@code GetCallback}, {@code runCallback};
 *   <li>{@code arg}, an empty command line;
 *   <li>{@code ConPrintf} (to a console stream, or nowhere), {@code GetTime} (milliseconds since boot),
 *       {@code Inflate}/{@code Deflate} with real zlib (build codes), {@code GetScriptPath};
 *   <li>{@code jit.opt.start}, {@code jit.off}, {@code jit.on} accepted and ignored;
 *   <li>relative {@code io.open}/{@code io.lines} paths resolved against the script directory, as PoB's
 *       own host runs with the script directory as working directory;
 *   <li>drawing, window, input and process functions as no-ops with the values a headless run expects
 *       ({@link PobUiStubs}).
 * </ul>
 */
public final class PobHost {
    private final LuaTable globals;
    private final ModuleRegistry registry;
    private final Path scriptDirectory;
    private final PrintStream console;
    private final long bootNanos = System.nanoTime();
    private final LuaTable callbacks = new LuaTable();
    private Object mainObject;

    private PobHost(LuaTable globals, ModuleRegistry registry, Path scriptDirectory, PrintStream console) {
        this.globals = globals;
        this.registry = registry;
        this.scriptDirectory = scriptDirectory.toAbsolutePath().normalize();
        this.console = console;
    }

    /**
     * Installs the host into {@code globals}. {@code console} receives {@code ConPrintf} lines; null
     * discards them.
     */
    public static PobHost install(LuaTable globals, ModuleRegistry registry, Path scriptDirectory, PrintStream console) {
        PobHost host = new PobHost(globals, registry, scriptDirectory, console);
        PackageLib.install(globals, registry);
        host.installModules();
        host.installCallbacks();
        host.installConsoleAndSystem();
        host.installJit();
        host.installScriptRelativeFiles();
        PobUiStubs.install(globals);
        return host;
    }

    /** The object {@code SetMainObject} registered ({@code launch} once Launch.lua ran), or null. */
    public Object mainObject() {
        return mainObject;
    }

    /** Calls the named callback the way PoB's host does: a registered callback, else the main object's method. */
    public Object[] runCallback(String name, Object... args) {
        Object registered = callbacks.get(name);
        if (registered != null) {
            return Lua.invoke(registered, args);
        }
        if (mainObject != null) {
            Object method = Lua.index(mainObject, name);
            if (method != null) {
                Object[] withSelf = new Object[args.length + 1];
                withSelf[0] = mainObject;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                return Lua.invoke(method, withSelf);
            }
        }
        return Lua.NONE;
    }

    /** Runs a compiled chunk of the tree ({@code Launch.lua}) with the given arguments. */
    public Object[] runChunk(String path, Object... args) {
        return loadChunk(path, "dofile").load(globals).invoke(args);
    }

    private LuaChunk loadChunk(String name, String caller) {
        String file = name.contains(".lua") ? name : name + ".lua";
        LuaChunk chunk = registry.find(file);
        if (chunk == null) {
            throw LuaError.runtime(caller + "() error loading '" + file + "': no compiled chunk for " + file);
        }
        return chunk;
    }

    private void installModules() {
        define(globals, "LoadModule", args -> {
            String name = checkString(args, 0, "LoadModule");
            return loadChunk(name, "LoadModule").load(globals).invoke(Lua.rest(args, 1));
        });
        define(globals, "PLoadModule", args -> {
            String name = checkString(args, 0, "PLoadModule");
            Object[] callArgs = new Object[args.length];
            callArgs[0] = loadChunk(name, "PLoadModule").load(globals);
            System.arraycopy(args, 1, callArgs, 1, args.length - 1);
            return protectedCall(callArgs);
        });
        define(globals, "PCall", this::protectedCall);
        LuaTable preload = (LuaTable) ((LuaTable) globals.get("package")).get("preload");
        LuaTable utf8 = Utf8Lib.create();
        define(preload, "lua-utf8", args -> results(utf8));
        // The headless wrapper makes require("lcurl.safe") return nothing: no network in a calculation.
        Object require = globals.get("require");
        define(globals, "require", args -> {
            if ("lcurl.safe".equals(args.length > 0 ? args[0] : null)) {
                return results();
            }
            return Lua.invoke(require, args);
        });
    }

    /** PoB's PCall: nil followed by the results on success, the error value on failure. */
    private Object[] protectedCall(Object[] args) {
        Object[] r = Lua.invoke(globals.get("pcall"), args);
        if (Lua.truthy(r.length > 0 ? r[0] : null)) {
            Object[] out = new Object[r.length];
            System.arraycopy(r, 1, out, 1, r.length - 1);
            return out;
        }
        return results(r.length > 1 ? r[1] : null);
    }

    private void installCallbacks() {
        define(globals, "SetMainObject", args -> {
            mainObject = args.length > 0 ? args[0] : null;
            return results();
        });
        define(globals, "SetCallback", args -> {
            callbacks.set(checkString(args, 0, "SetCallback"), args.length > 1 ? args[1] : null);
            return results();
        });
        define(globals, "GetCallback", args -> results(callbacks.get(checkString(args, 0, "GetCallback"))));
        define(globals, "runCallback", args -> runCallback(checkString(args, 0, "runCallback"), Lua.rest(args, 1)));
    }

    private void installConsoleAndSystem() {
        define(globals, "ConPrintf", args -> {
            String line = StringFormat.format(checkString(args, 0, "ConPrintf"), args, 1);
            if (console != null) {
                console.println(LuaGlobals.text(line));
            }
            return results();
        });
        // No command line: PoB's Main reads arg[1] for a build link to import.
        globals.set("arg", new LuaTable());
        define(globals, "GetTime", args -> results((double) ((System.nanoTime() - bootNanos) / 1_000_000L)));
        define(globals, "GetScriptPath", args -> results(scriptDirectory.toString()));
        define(globals, "Inflate", args -> results(inflate(checkString(args, 0, "Inflate"))));
        define(globals, "Deflate", args -> results(deflate(checkString(args, 0, "Deflate"))));
    }

    private void installJit() {
        LuaTable jit = new LuaTable();
        LuaTable opt = new LuaTable();
        define(opt, "start", args -> results());
        jit.set("opt", opt);
        define(jit, "on", args -> results());
        define(jit, "off", args -> results());
        define(jit, "flush", args -> results());
        define(jit, "status", args -> results(Boolean.FALSE));
        jit.set("version", "LuaJIT 2.1.1723675123");
        jit.set("version_num", 20199.0);
        jit.set("os", "Linux");
        jit.set("arch", "x64");
        globals.set("jit", jit);
        ((LuaTable) ((LuaTable) globals.get("package")).get("loaded")).set("jit", jit);
    }

    private void installScriptRelativeFiles() {
        LuaTable io = (LuaTable) globals.get("io");
        for (String name : new String[] {"open", "lines"}) {
            Object original = io.get(name);
            define(io, name, args -> {
                if (args.length > 0 && args[0] instanceof String path) {
                    args = args.clone();
                    args[0] = resolve(path);
                }
                return Lua.invoke(original, args);
            });
        }
    }

    private String resolve(String luaPath) {
        Path p = Path.of(LuaGlobals.text(luaPath));
        return p.isAbsolute() ? luaPath : LuaGlobals.bytes(scriptDirectory.resolve(p).toString());
    }

    /** zlib-wrapped data (what PoB's host {@code Inflate} reads); nil when the data is not zlib. */
    static String inflate(String luaBytes) {
        try {
            return new String(Zlib.inflate(luaBytes.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
        } catch (DataFormatException e) {
            return null;
        }
    }

    static String deflate(String luaBytes) {
        return new String(Zlib.deflate(luaBytes.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }
}
