package dev.lua2java.engine;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.pob.PobHost;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Path of Building's own calculation, compiled from the user's PoB checkout: boots PoB headless from
 * the generated classes (Launch.lua, OnInit, one frame) once per thread, then loads each build from its
 * XML the way PoB's headless wrapper does ({@code main:SetMode("BUILD", false, name, xml)} and a frame)
 * and returns the build's {@code calcsTab.mainOutput}.
 *
 * <p>Same shape as {@link CalcEngine}: {@link #calculate(Build)} returns {@link Stats}, so an optimizer
 * switches engines by changing the line that creates the engine. The generated PoB classes are found by
 * name ({@value #REGISTRY_CLASS}); they exist only in a build made with {@code -Dpob.src=...}.
 *
 * <p>PoB reads some files at run time (the passive tree's text, stat description scopes), so the
 * engine needs the checkout's {@code src/} directory too; relative paths resolve against it.
 */
public final class PobEngine implements StatsEngine {
    /** The registry class the {@code pob} build profile generates. */
    public static final String REGISTRY_CLASS = "dev.lua2java.engine.pob.LuaModules";

    private final Path scriptDirectory;
    private final ModuleRegistry modules;
    private final PrintStream console;
    private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(this::boot);
    private final WorkerPool pool = new WorkerPool("pob");

    private PobEngine(Path scriptDirectory, ModuleRegistry modules, PrintStream console) {
        this.scriptDirectory = scriptDirectory;
        this.modules = modules;
        this.console = console;
    }

    /** An engine over the PoB classes generated into this build, reading run-time files from {@code pobSrc}. */
    public static PobEngine create(Path pobSrc) {
        return create(pobSrc, generatedRegistry(), null);
    }

    /** An engine over any registry of compiled PoB chunks; {@code console} gets PoB's ConPrintf lines (null: dropped). */
    public static PobEngine create(Path pobSrc, ModuleRegistry modules, PrintStream console) {
        if (!Files.isRegularFile(pobSrc.resolve("Launch.lua"))) {
            throw new IllegalArgumentException(pobSrc + " is not a Path of Building src/ directory: no Launch.lua");
        }
        return new PobEngine(pobSrc, modules, console);
    }

    /** The registry of the generated PoB classes, or a clear error when this build did not generate them. */
    public static ModuleRegistry generatedRegistry() {
        try {
            return (ModuleRegistry) Class.forName(REGISTRY_CLASS).getMethod("registry").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Path of Building was not compiled into this build: build with"
                    + " -Dpob.src=<your PoB checkout>/src (see README, 'Your own Path of Building')");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + REGISTRY_CLASS + ": " + e, e);
        }
    }

    /** Boots PoB on the calling thread now (otherwise the first calculation does). */
    public void warmUp() {
        sessions.get();
    }

    /** Calculates one build on the calling thread. */
    @Override
    public Stats calculate(Build build) throws BuildException {
        String xml = build.xml().orElseThrow(() -> new BuildException(build.name(),
                "PoB's own Lua loads builds from XML; this what-if variant has none"));
        return Stats.of(calculateXml(build.name(), xml));
    }

    /**
     * Calculates every build using all cores (PoB boots once on each worker, a few seconds and its data
     * per core); a failing build yields an error result, the others go on.
     */
    @Override
    public List<CalcResult> calculateAll(List<Build> builds) {
        return calculateAll(builds, pool.get());
    }

    /**
     * Loads a build XML and returns every output value: {@code mainOutput}'s numbers, strings and
     * booleans, nested tables flattened to {@code Outer.inner} keys ({@link PobOutput}), sorted by key.
     */
    public Map<String, Object> calculateXml(String name, String xml) throws BuildException {
        Session s = sessions.get();
        try {
            Object main = Lua.index(s.launch, "main");
            Object setMode = Lua.index(main, "SetMode");
            Lua.invoke(setMode, new Object[] {main, "BUILD", Boolean.FALSE, LuaGlobals.bytes(name), LuaGlobals.bytes(xml)});
            s.host.runCallback("OnFrame");
            s.failIfPrompted(name);
            Object build = Lua.index(Lua.index(main, "modes"), "BUILD");
            Object output = Lua.index(Lua.index(build, "calcsTab"), "mainOutput");
            if (!(output instanceof LuaTable t)) {
                throw new BuildException(name, "PoB produced no output table (calcsTab.mainOutput is " + Lua.type(output) + ")");
            }
            return new TreeMap<>(PobOutput.flatten(t));
        } catch (LuaError e) {
            throw new BuildException(name, LuaGlobals.text(String.valueOf(e.getMessage())), e);
        } catch (StackOverflowError e) {
            throw new BuildException(name, "stack overflow in PoB's Lua");
        }
    }

    private Session boot() {
        LuaTable g = LuaGlobals.create(console == null ? OutputStream.nullOutputStream() : console);
        PobHost host = PobHost.install(g, modules, scriptDirectory, console);
        host.runChunk("Launch.lua");
        if (!(host.mainObject() instanceof LuaTable launch)) {
            throw new IllegalStateException("Launch.lua did not call SetMainObject");
        }
        host.runCallback("OnInit");
        host.runCallback("OnFrame");
        Session s = new Session(host, launch);
        Object prompt = Lua.index(launch, "promptMsg");
        if (prompt != null) {
            throw new IllegalStateException("Path of Building did not start: " + LuaGlobals.text(Lua.tostring(prompt)));
        }
        return s;
    }

    /** One thread's booted PoB. */
    private record Session(PobHost host, LuaTable launch) {
        /** PoB reports Lua errors during a frame as a prompt; turn one into a build error and clear it. */
        void failIfPrompted(String name) throws BuildException {
            Object prompt = Lua.index(launch, "promptMsg");
            if (prompt != null) {
                launch.set("promptMsg", null);
                throw new BuildException(name, LuaGlobals.text(Lua.tostring(prompt)));
            }
        }
    }
}
