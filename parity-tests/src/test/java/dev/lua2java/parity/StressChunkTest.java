package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.transpiler.Transpiler;
import dev.lua2java.transpiler.compile.InMemoryJavaCompiler;
import dev.lua2java.transpiler.emit.EmitOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Synthetic chunks the size of Path of Building's largest functions (generated here, so no PoB code is
 * needed): each must transpile, compile with every method under 8,000 bytes, and print what LuaJIT
 * prints. A 100,000-entry constant table is a data chunk ({@link DataChunkTest}).
 */
class StressChunkTest {
    record Stress(String name, String lua) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Stress> chunks() {
        List<Stress> list = new ArrayList<>();
        // One function with 30,000 statements and 800 locals (calcs.offence has 5,500 lines, 773 locals);
        // Lua allows 200 active locals, so they live in 8 blocks of 100, as in PoB.
        StringBuilder big = new StringBuilder("local function big(x)\n  local acc = 0\n");
        for (int block = 0; block < 8; block++) {
            big.append("  do\n");
            for (int i = 0; i < 100; i++) {
                big.append("    local v").append(i).append(" = x + ").append(block * 100 + i).append('\n');
            }
            for (int i = 0; i < 3600; i++) {
                big.append("    acc = acc + v").append(i % 100).append(" * ").append(i % 7).append('\n');
            }
            big.append("  end\n");
        }
        big.append("  return acc\nend\nprint(big(1), big(2.5))\n");
        list.add(new Stress("function with 30,000 statements and 800 locals", big.toString()));

        // A chunk with 2,000 closures (ModParser's main chunk has 1,200).
        StringBuilder closures = new StringBuilder("local fs = {}\n");
        for (int i = 0; i < 2000; i++) {
            closures.append("fs[").append(i + 1).append("] = function(a) return a * ").append(i).append(" + #fs end\n");
        }
        closures.append("local s = 0\nfor i = 1, #fs do s = s + fs[i](2) end\nprint(#fs, s)\n");
        list.add(new Stress("chunk with 2,000 closures", closures.toString()));

        // 10,000 c["..."] = {...} statements (PoB's ModCache has 6,251).
        StringBuilder cache = new StringBuilder("local c = {}\n");
        for (int i = 0; i < 10000; i++) {
            cache.append("c[\"line ").append(i).append("\"] = {nil, \"text ").append(i).append("\", ").append(i).append("}\n");
        }
        cache.append("local n = 0\nfor k, v in pairs(c) do n = n + v[3] end\nprint(n, c[\"line 42\"][2], #c[\"line 7\"])\n");
        list.add(new Stress("10,000 cache statements", cache.toString()));
        return list;
    }

    @ParameterizedTest
    @MethodSource("chunks")
    void compilesUnderTheMethodLimitAndMatchesLuaJit(Stress s) throws Exception {
        byte[] source = s.lua().getBytes(StandardCharsets.ISO_8859_1);
        String expected = LuaJitReference.run("stress.lua", source);
        Transpiler.GeneratedJava java = Transpiler.transpile("stress.lua", source,
                new EmitOptions("stress", "Stress", EmitOptions.DEFAULT_SPLIT_BUDGET));
        InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(Map.of(java.className(), java.source()),
                getClass().getClassLoader());
        List<String> tooBig = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : compiled.classFiles().entrySet()) {
            ClassFileMethodSizes.of(c.getValue()).forEach((m, size) -> {
                if (size >= 8000) {
                    tooBig.add(c.getKey() + "." + m + " = " + size);
                }
            });
        }
        assertEquals(List.of(), tooBig);
        LuaChunk chunk = (LuaChunk) compiled.loader().loadClass(java.className()).getDeclaredConstructor().newInstance();
        String actual = GeneratedJavaRunner.run(chunk);
        assertTrue(!expected.startsWith("luajit rejected"), expected);
        assertEquals(expected, actual);
    }
}
