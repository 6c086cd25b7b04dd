package dev.lua2java.runtime.pob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.runtime.lib.LibFunction;
import dev.lua2java.runtime.lib.LuaGlobals;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PobHostTest {
    @TempDir
    Path dir;

    /** A chunk whose main function returns its arguments after a marker, or raises when asked to. */
    private static LuaChunk echoChunk(String name) {
        return new LuaChunk() {
            @Override
            public String chunkName() {
                return name;
            }

            @Override
            public LuaFunction load(LuaTable env) {
                return new LibFunction(name, args -> {
                    if (args.length > 0 && "fail".equals(args[0])) {
                        throw LuaError.runtime("failed in " + name);
                    }
                    Object[] out = new Object[args.length + 1];
                    out[0] = name;
                    System.arraycopy(args, 0, out, 1, args.length);
                    return out;
                });
            }
        };
    }

    private LuaTable globals(ByteArrayOutputStream console) {
        ModuleRegistry registry = new ModuleRegistry().add("Modules/Echo.lua", echoChunk("Modules/Echo.lua"), null);
        LuaTable g = LuaGlobals.create(OutputStream.nullOutputStream());
        PobHost.install(g, registry, dir, console == null ? null : new PrintStream(console, true, StandardCharsets.UTF_8));
        return g;
    }

    private static Object[] call(LuaTable g, String function, Object... args) {
        return Lua.invoke(g.get(function), args);
    }

    @Test
    void loadModuleRunsTheCompiledChunkWithArgumentsWithOrWithoutExtension() {
        LuaTable g = globals(null);
        assertArrayEquals(new Object[] {"Modules/Echo.lua", 1.0, "x"}, call(g, "LoadModule", "Modules/Echo", 1.0, "x"));
        assertArrayEquals(new Object[] {"Modules/Echo.lua"}, call(g, "LoadModule", "Modules/Echo.lua"));
        LuaError e = assertThrows(LuaError.class, () -> call(g, "LoadModule", "Modules/Missing"));
        assertTrue(String.valueOf(e.getMessage()).contains("LoadModule() error loading 'Modules/Missing.lua'"), e.getMessage());
    }

    @Test
    void pLoadModuleAndPCallReturnNilThenResultsOrTheError() {
        LuaTable g = globals(null);
        assertArrayEquals(new Object[] {null, "Modules/Echo.lua", 2.0}, call(g, "PLoadModule", "Modules/Echo", 2.0));
        Object[] failed = call(g, "PLoadModule", "Modules/Echo", "fail");
        assertEquals(1, failed.length);
        assertTrue(String.valueOf(failed[0]).contains("failed in Modules/Echo.lua"), String.valueOf(failed[0]));
        LuaFunction id = new LibFunction("id", args -> args);
        assertArrayEquals(new Object[] {null, 1.0, 2.0}, call(g, "PCall", id, 1.0, 2.0));
    }

    @Test
    void callbacksGoToTheRegisteredFunctionElseToTheMainObjectsMethod() {
        LuaTable g = globals(null);
        LuaTable main = new LuaTable();
        main.set("OnInit", new LibFunction("OnInit", args -> new Object[] {args[0] == main ? "self" : "other", args.length}));
        call(g, "SetMainObject", main);
        assertArrayEquals(new Object[] {"self", 2}, call(g, "runCallback", "OnInit", "arg"));
        LuaFunction callback = new LibFunction("cb", args -> new Object[] {"callback"});
        call(g, "SetCallback", "OnInit", callback);
        assertArrayEquals(new Object[] {"callback"}, call(g, "runCallback", "OnInit"));
        assertSame(callback, call(g, "GetCallback", "OnInit")[0]);
        assertEquals(0, call(g, "runCallback", "OnNothing").length);
    }

    @Test
    void conPrintfFormatsLikeStringFormat() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LuaTable g = globals(console);
        call(g, "ConPrintf", "%d nodes, %.1f%%", 12.0, 99.95);
        assertEquals("12 nodes, 100.0%" + System.lineSeparator(), console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inflateReadsZlibAndDeflateRoundTrips() throws Exception {
        LuaTable g = globals(null);
        String xml = "<PathOfBuilding><Build level=\"90\"/></PathOfBuilding>";
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(xml.getBytes(StandardCharsets.ISO_8859_1));
        d.finish();
        byte[] buf = new byte[1024];
        int n = d.deflate(buf);
        String compressed = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        assertEquals(xml, call(g, "Inflate", compressed)[0]);
        Object deflated = call(g, "Deflate", xml)[0];
        assertEquals(xml, call(g, "Inflate", deflated)[0]);
        assertNull(call(g, "Inflate", "not zlib at all")[0]);
    }

    @Test
    void relativeFilesResolveAgainstTheScriptDirectory() throws Exception {
        Files.createDirectories(dir.resolve("TreeData/0_5"));
        Files.writeString(dir.resolve("TreeData/0_5/tree.lua"), "return { }");
        LuaTable g = globals(null);
        LuaTable io = (LuaTable) g.get("io");
        Object file = Lua.invoke(io.get("open"), new Object[] {"TreeData/0_5/tree.lua", "r"})[0];
        Object text = Lua.invoke(Lua.index(file, "read"), new Object[] {file, "*a"})[0];
        assertEquals("return { }", text);
        assertNull(Lua.invoke(io.get("open"), new Object[] {"first.run", "r"})[0]);
        assertEquals(dir.toAbsolutePath().normalize().toString(), call(g, "GetScriptPath")[0]);
    }

    @Test
    void headlessStubsAnswerLikeAScreenlessHost() {
        LuaTable g = globals(null);
        assertArrayEquals(new Object[] {1920.0, 1080.0}, call(g, "GetScreenSize"));
        assertArrayEquals(new Object[] {0.0, 0.0}, call(g, "GetViewportOffset"));
        assertEquals(4, call(g, "GetDrawColor").length);
        assertEquals(0, call(g, "ResetViewport").length);
        assertEquals(Boolean.FALSE, call(g, "IsKeyDown", "ALT")[0]);
        Object image = call(g, "NewImageHandle")[0];
        Lua.invoke(Lua.index(image, "Load"), new Object[] {image, "x.png"});
        assertEquals(Boolean.TRUE, Lua.invoke(Lua.index(image, "IsValid"), new Object[] {image})[0]);
        assertTrue(((LuaTable) g.get("arg")).length() == 0);
    }

    @Test
    void stripEscapesRemovesDigitColoursThenHexColours() {
        LuaTable g = globals(null);
        assertArrayEquals(new Object[] {"Life: 100 (max)"}, call(g, "StripEscapes", "^7Life: ^x33FF77100^8 (max)"));
        assertEquals("", PobUiStubs.stripEscapes("^x^1FFFFFF"));
        assertEquals("^xFFF", PobUiStubs.stripEscapes("^xFFF"));
    }

    @Test
    void jitControlIsAcceptedAndRequireFindsTheNativeModules() {
        LuaTable g = globals(null);
        LuaTable jit = (LuaTable) g.get("jit");
        Lua.invoke(((LuaTable) jit.get("opt")).get("start"), new Object[] {"maxtrace=4000"});
        Lua.invoke(jit.get("off"), new Object[0]);
        assertSame(jit, call(g, "require", "jit")[0]);
        assertTrue(call(g, "require", "lua-utf8")[0] instanceof LuaTable);
        assertEquals(0, call(g, "require", "lcurl.safe").length);
    }
}
