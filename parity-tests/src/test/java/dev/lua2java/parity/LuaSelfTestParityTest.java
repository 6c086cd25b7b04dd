package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.lib.PackageLib;
import dev.lua2java.transpiler.Transpiler;
import dev.lua2java.transpiler.compile.InMemoryJavaCompiler;
import dev.lua2java.transpiler.emit.EmitOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lua unit tests of the calc modules ({@code lua/test/selftest.lua}: Common helpers, class system,
 * ModDB/ModList queries and tags, ModParser) run in LuaJIT over the Lua sources and as Java over the
 * compiled engine; both must pass every check and print the same.
 */
class LuaSelfTestParityTest {
    static final Path SELFTEST = Path.of(System.getProperty("parity.selftest", "../lua/test/selftest.lua"));
    /** os.exit would end the JVM that embeds LuaJIT; the check count is in the output anyway. */
    static final String NO_EXIT = "os.exit = function() end\n";

    @Test
    void modStoreAndParserSelfTestPassesInLuaJitAndAsJava() throws Exception {
        byte[] source = Files.readAllBytes(SELFTEST);
        String path = SELFTEST.toAbsolutePath().normalize().toString().replace('\\', '/');
        byte[] luajitSource = ("arg = {[0] = '" + path + "'}\n" + NO_EXIT + new String(source, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        String expected = LuaJitReference.run("selftest.lua", luajitSource);

        Transpiler.GeneratedJava java = Transpiler.transpile("selftest.lua", source,
                new EmitOptions("selftest", "Selftest", EmitOptions.DEFAULT_SPLIT_BUDGET));
        InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(Map.of(java.className(), java.source()),
                getClass().getClassLoader());
        LuaChunk chunk = (LuaChunk) compiled.loader().loadClass(java.className()).getDeclaredConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LuaTable g = LuaGlobals.create(out);
        PackageLib.install(g, dev.lua2java.engine.lua.LuaModules.registry());
        LuaTable arg = new LuaTable();
        arg.set(0, "lua/test/selftest.lua");
        g.set("arg", arg);
        ((LuaTable) g.get("os")).set("exit", new dev.lua2java.runtime.lib.LibFunction("exit", a -> dev.lua2java.runtime.Lua.NONE));
        chunk.load(g).invoke(new Object[0]);
        String actual = out.toString(StandardCharsets.ISO_8859_1);

        assertTrue(expected.matches("(?s).*\\d+ checks, 0 failed\\n"), "LuaJIT: " + expected);
        assertEquals(expected, actual);
    }
}
