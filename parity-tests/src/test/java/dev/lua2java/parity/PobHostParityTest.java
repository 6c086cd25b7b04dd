package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.engine.BuildException;
import dev.lua2java.engine.PobEngine;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.transpiler.emit.Optimisations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PoB host and boot path in CI, without PoB: the mini-pob tree ({@code src/test/lua/mini-pob}, our
 * own Lua with PoB's host interface) runs in LuaJIT on {@code pob-reference-host.lua} and as generated
 * Java on {@code PobHost} through {@link PobEngine}; every build gives the same flattened output, and
 * builds the Lua rejects fail on both sides.
 */
class PobHostParityTest {
    static final Path MINI_POB = Path.of("src/test/lua/mini-pob");

    @TempDir
    Path generated;

    static final Map<String, String> BUILDS = Map.of(
            "two_nodes", "<PathOfBuilding><Build level=\"12\" className=\"Warrior\"/><Tree><Spec nodes=\"1,3\"/></Tree></PathOfBuilding>",
            "no_nodes", "<PathOfBuilding><Build level=\"1\" className=\"Witch\"></Build></PathOfBuilding>",
            "level_90", "<PathOfBuilding><Build level=\"90\" className=\"Ranger\"/><Tree><Spec nodes=\"1,2,3\"/></Tree></PathOfBuilding>");

    static final Map<String, String> BAD_BUILDS = Map.of(
            "no_build_element", "<PathOfBuilding><Tree/></PathOfBuilding>",
            "unknown_node", "<PathOfBuilding><Build level=\"3\"/><Tree><Spec nodes=\"1,99\"/></Tree></PathOfBuilding>");

    @Test
    void miniPobGivesTheSameOutputsInLuaJitAndJava() throws Exception {
        PobEngine engine = PobEngine.create(MINI_POB.resolve("src"), compiledMiniPob(), null);
        try (PobLuaJitEngine luajit = new PobLuaJitEngine(MINI_POB.resolve("src"), MINI_POB.resolve("libs"))) {
            for (Map.Entry<String, String> b : new java.util.TreeMap<>(BUILDS).entrySet()) {
                Map<String, Object> reference = luajit.calculate(b.getKey(), b.getValue());
                Map<String, Object> java = engine.calculateXml(b.getKey(), b.getValue());
                assertEquals(new java.util.TreeMap<>(reference), java, b.getKey());
                assertTrue(java.containsKey("Minion.Stats.Speed") && !java.containsKey("Self.Life"), java.keySet().toString());
            }
            for (Map.Entry<String, String> b : new java.util.TreeMap<>(BAD_BUILDS).entrySet()) {
                RuntimeException luajitError = assertThrows(RuntimeException.class, () -> luajit.calculate(b.getKey(), b.getValue()));
                BuildException javaError = assertThrows(BuildException.class, () -> engine.calculateXml(b.getKey(), b.getValue()));
                String expected = b.getKey().equals("unknown_node") ? "unknown passive node 99" : "malformed build XML";
                assertTrue(String.valueOf(luajitError.getMessage()).contains(expected), luajitError.getMessage());
                assertTrue(javaError.getMessage().contains(expected), javaError.getMessage());
            }
            // After an error prompt the engine goes on with the next build.
            assertEquals(new java.util.TreeMap<>(luajit.calculate("again", BUILDS.get("two_nodes"))),
                    engine.calculateXml("again", BUILDS.get("two_nodes")));
        }
    }

    @Test
    void withoutGeneratedPobTheEngineSaysHowToBuildIt() {
        boolean pobCompiledIn;
        try {
            Class.forName(PobEngine.REGISTRY_CLASS);
            pobCompiledIn = true;
        } catch (ClassNotFoundException e) {
            pobCompiledIn = false;
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(pobCompiledIn, "this build includes a generated PoB");
        IllegalStateException e = assertThrows(IllegalStateException.class, PobEngine::generatedRegistry);
        assertTrue(e.getMessage().contains("-Dpob.src="), e.getMessage());
        IllegalArgumentException notPob = assertThrows(IllegalArgumentException.class,
                () -> PobEngine.create(MINI_POB, new ModuleRegistry(), null));
        assertTrue(notPob.getMessage().contains("no Launch.lua"), notPob.getMessage());
    }

    /** Transpiles src/ and libs/ into one registry, as the pob build profile does, and compiles it in memory. */
    private ModuleRegistry compiledMiniPob() throws Exception {
        return InMemoryLuaTree.compile(List.of(MINI_POB.resolve("src"), MINI_POB.resolve("libs")), "minipob",
                Optimisations.ALL, generated);
    }
}
