package it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.lib.PackageLib;
import org.junit.jupiter.api.Test;

class GeneratedChunksTest {
    @Test
    void generatedRegistryRunsTheLua() {
        ModuleRegistry registry = it.lua.LuaModules.registry();
        LuaTable g = LuaGlobals.create(System.out);
        PackageLib.install(g, registry);
        Object[] results = registry.find("main").load(g).invoke(new Object[0]);
        assertArrayEquals(new Object[] {12.0, "1.50"}, results);
    }
}
