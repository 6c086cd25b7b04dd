package dev.lua2java.transpiler.cli;

import dev.lua2java.transpiler.Transpiler;
import dev.lua2java.transpiler.analysis.FunctionInfo;
import dev.lua2java.transpiler.analysis.LocalVar;
import dev.lua2java.transpiler.analysis.ScopeResolver;
import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import dev.lua2java.transpiler.parse.LuaSourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --dump} views of one file: the AST, the resolved scopes, or the generated Java. */
final class Dumps {
    private Dumps() {
    }

    static String dump(String what, Path file, String packageName, int splitBudget, Optimisations optimisations) throws IOException {
        byte[] source = Files.readAllBytes(file);
        String name = file.toString();
        return switch (what) {
            case "ast" -> LuaSourceParser.parse(name, source).main().body().stats().stream()
                    .map(Object::toString).reduce("", (a, b) -> a + b + "\n");
            case "scopes" -> scopes(LuaSourceParser.parse(name, source));
            default -> Transpiler.transpile(name, source,
                    new EmitOptions(packageName, Transpiler.classNameFor(file.getFileName().toString()), splitBudget, optimisations)).source();
        };
    }

    private static String scopes(Ast.Chunk chunk) {
        Scopes scopes = ScopeResolver.resolve(chunk);
        StringBuilder b = new StringBuilder();
        for (FunctionInfo f : scopes.functions()) {
            b.append("function ").append(f.function.name()).append(" (line ").append(f.function.pos().line()).append(")\n");
            b.append("  params:");
            for (LocalVar p : f.params) {
                b.append(' ').append(p);
            }
            b.append("\n  upvalues:");
            for (LocalVar u : f.upvalues) {
                b.append(' ').append(u);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
