package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.ModuleRegistry;
import dev.lua2java.transpiler.SourceTreeTranspiler;
import dev.lua2java.transpiler.compile.InMemoryJavaCompiler;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lua trees transpiled the way the Maven plugin does it (several directories into one registry) and
 * compiled in memory, for tests that need a generated registry other than the one the build made: the
 * mini-PoB tree, or the engine's Lua with other optimisations.
 */
final class InMemoryLuaTree {
    private InMemoryLuaTree() {
    }

    /** The {@code LuaModules} registry of the trees, generated into {@code packageName} under {@code work}. */
    static ModuleRegistry compile(List<Path> roots, String packageName, Optimisations optimisations, Path work)
            throws Exception {
        List<SourceTreeTranspiler.SourceFile> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                files.addAll(SourceTreeTranspiler.SourceFile.under(root, walk.filter(p -> p.toString().endsWith(".lua")).sorted().toList()));
            }
        }
        SourceTreeTranspiler.Summary summary = SourceTreeTranspiler.transpile(files, roots.get(0).getFileName().toString(),
                packageName, "LuaModules", EmitOptions.DEFAULT_SPLIT_BUDGET, optimisations, work, f -> true,
                SourceTreeTranspiler.Progress.NONE);
        assertTrue(summary.ok(), summary.failures().toString());
        Map<String, String> sources = new HashMap<>();
        for (Path java : summary.written()) {
            String name = java.getFileName().toString().replace(".java", "");
            sources.put(packageName + "." + name, Files.readString(java, StandardCharsets.UTF_8));
        }
        InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(sources, InMemoryLuaTree.class.getClassLoader());
        return (ModuleRegistry) compiled.loader().loadClass(packageName + ".LuaModules").getMethod("registry").invoke(null);
    }
}
