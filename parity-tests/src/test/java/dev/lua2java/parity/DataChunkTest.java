package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * A data chunk of 100,000 entries (the size of PoB's tree data) becomes a data class instead of code;
 * a probe program loads it with dofile and must print the same summary in LuaJIT and as Java.
 */
class DataChunkTest {
    @TempDir
    Path dir;

    @Test
    void hundredThousandEntryTableLoadsLikeLuaJit() throws Exception {
        StringBuilder data = new StringBuilder("-- generated stress data\nreturn {\n");
        for (int i = 0; i < 100000; i++) {
            data.append(switch (i % 4) {
                case 0 -> "  " + i + ",\n";
                case 1 -> "  k" + i + " = \"v\\t" + i + "\",\n";
                case 2 -> "  [" + i + ".5] = { -" + i + ", true, nil, 'x' },\n";
                default -> "  [\"s" + i + "\"] = [[long " + i + "]],\n";
            });
        }
        data.append("}\n");
        Path file = dir.resolve("data.lua");
        Files.writeString(file, data, StandardCharsets.ISO_8859_1);
        String path = file.toString().replace('\\', '/');
        String probe = "local t = dofile('" + path + "')\n"
                + "local n, sum = 0, 0\n"
                + "for k, v in pairs(t) do n = n + 1 if type(v) == 'number' then sum = sum + v end end\n"
                + "print(n, #t, sum, t[1], t.k100001 or t.k1, t[2.5][1], #t[2.5], t.s3, t.k5)\n"
                + "print(dofile('" + path + "') ~= t)\n";

        byte[] probeBytes = probe.getBytes(StandardCharsets.ISO_8859_1);
        String expected = LuaJitReference.run("probe.lua", probeBytes);

        Transpiler.GeneratedJava dataJava = Transpiler.transpile("data.lua", Files.readAllBytes(file),
                new EmitOptions("stressdata", "Data", EmitOptions.DEFAULT_SPLIT_BUDGET));
        assertTrue(dataJava.source().contains("ConstantTableReader"), "not emitted as a data chunk");
        Transpiler.GeneratedJava probeJava = Transpiler.transpile("probe.lua", probeBytes,
                new EmitOptions("stressdata", "Probe", EmitOptions.DEFAULT_SPLIT_BUDGET));
        InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(
                Map.of(dataJava.className(), dataJava.source(), probeJava.className(), probeJava.source()),
                getClass().getClassLoader());
        ModuleRegistry registry = new ModuleRegistry()
                .add("data.lua", (LuaChunk) compiled.loader().loadClass(dataJava.className()).getDeclaredConstructor().newInstance(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LuaTable g = LuaGlobals.create(out);
        PackageLib.install(g, registry);
        LuaChunk probeChunk = (LuaChunk) compiled.loader().loadClass(probeJava.className()).getDeclaredConstructor().newInstance();
        probeChunk.load(g).invoke(new Object[0]);
        assertEquals(expected, out.toString(StandardCharsets.ISO_8859_1));
    }
}
