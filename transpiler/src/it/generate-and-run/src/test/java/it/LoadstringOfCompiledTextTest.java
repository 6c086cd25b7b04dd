package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.lib.PackageLib;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** loadstring of text that was compiled ahead of time runs the compiled chunk; other code is refused. */
class LoadstringOfCompiledTextTest {
    @Test
    void compiledTextLoadsAndUnknownCodeIsRefused() throws Exception {
        ModuleRegistry registry = it.lua.LuaModules.registry();
        LuaTable g = LuaGlobals.create(System.out);
        PackageLib.install(g, registry);
        String text = new String(Files.readAllBytes(Path.of("src/main/lua/Modules/stats.lua")), StandardCharsets.ISO_8859_1);
        LuaFunction loadstring = (LuaFunction) g.get("loadstring");
        Object[] loaded = loadstring.invoke(new Object[] {text});
        LuaTable module = (LuaTable) ((LuaFunction) loaded[0]).invoke(new Object[0])[0];
        assertTrue(module.get("total") instanceof LuaFunction);
        Object[] refused = loadstring.invoke(new Object[] {"return 1 + 1"});
        assertEquals(null, refused[0]);
        assertTrue(((String) refused[1]).startsWith("chunk not compiled ahead of time"), (String) refused[1]);
    }
}
