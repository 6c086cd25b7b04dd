package dev.lua2java.transpiler.emit;

import static dev.lua2java.transpiler.emit.RuntimeNames.*;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.lua2java.transpiler.analysis.FunctionInfo;
import dev.lua2java.transpiler.analysis.LocalVar;
import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.ast.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits one Java class for one Lua chunk.
 *
 * <p>Takes the chunk's AST and its {@link Scopes}; produces a {@link JavaFile} (no I/O): a public class
 * implementing {@code LuaChunk} with one nested class per Lua function, numeric constants as static
 * fields, and very long strings assembled at class initialisation (a class-file string constant holds at
 * most 65,535 bytes). Each Lua statement is preceded by a {@code // line N} comment; {@link
 * dev.lua2java.transpiler.Transpiler} turns those into the line table for error positions.
 */
public final class ChunkEmitter {
    /** Longest string literal written inline; longer ones are joined from pieces at class init. */
    private static final int MAX_INLINE_STRING = 16000;

    private final Ast.Chunk chunk;
    private final Scopes scopes;
    private final EmitOptions options;
    private final ClassName chunkClass;
    private final Map<Ast.Function, String> functionClassNames = new IdentityHashMap<>();
    private final Map<Long, String> numberConstants = new LinkedHashMap<>();
    private final Map<String, String> longStrings = new HashMap<>();
    private final List<FieldSpec> constantFields = new ArrayList<>();
    private final List<TypeSpec> functionClasses = new ArrayList<>();
    private final FieldHints fieldHints;
    private final DirectCalls directCalls;
    private final TableLayouts tableLayouts;
    private int splitMethods;

    public ChunkEmitter(Ast.Chunk chunk, Scopes scopes, EmitOptions options) {
        this.chunk = chunk;
        this.scopes = scopes;
        this.options = options;
        this.chunkClass = ClassName.get(options.packageName(), options.className());
        this.fieldHints = new FieldHints(options.optimisations().fieldHints());
        this.directCalls = new DirectCalls(options.optimisations().directCalls(), scopes);
        this.tableLayouts = new TableLayouts(options.optimisations().tableLayouts());
    }

    /** Functions in the chunk (the main chunk included), for build summaries. */
    public int functionCount() {
        return scopes.functions().size();
    }

    /** Helper methods {@code part$N} written by {@link #emit()} because a function was too big. */
    public int splitMethodCount() {
        return splitMethods;
    }

    void countSplitMethod() {
        splitMethods++;
    }

    public JavaFile emit() {
        for (FunctionInfo f : scopes.functions()) {
            // Numbered names never clash with the chunk class itself (a file may be called main.lua).
            String base = "F" + f.number + "_" + javaIdentifier(f.function.name());
            functionClassNames.put(f.function, base);
        }
        for (FunctionInfo f : scopes.functions()) {
            functionClasses.add(new FunctionEmitter(this, f).emit());
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(chunkClass)
                .addJavadoc("Generated from $L by lua2java - do not edit.\n", chunk.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(CHUNK)
                .addMethod(MethodSpec.methodBuilder("chunkName")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $S", chunk.name())
                        .build())
                .addMethod(MethodSpec.methodBuilder("load")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(FUNCTION)
                        .addParameter(TABLE, "env")
                        .addStatement("return new $L(env)", functionClassNames.get(chunk.main()))
                        .build());
        if (!numberConstants.isEmpty()) {
            type.addField(numberConstantsField());
        }
        type.addFields(constantFields);
        FieldSpec hints = fieldHints.field();
        if (hints != null) {
            type.addField(hints);
        }
        type.addFields(tableLayouts.fields());
        type.addTypes(functionClasses);
        return JavaFile.builder(options.packageName(), type.build())
                .addFileComment("Generated from $L by lua2java - do not edit.", chunk.name())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    // ---------------------------------------------------------------- services for FunctionEmitter

    Scopes scopes() {
        return scopes;
    }

    EmitOptions options() {
        return options;
    }

    FieldHints fieldHints() {
        return fieldHints;
    }

    DirectCalls directCalls() {
        return directCalls;
    }

    TableLayouts tableLayouts() {
        return tableLayouts;
    }

    String classNameOf(Ast.Function f) {
        return functionClassNames.get(f);
    }

    /** The local that names a {@code local function} inside its own body, if it refers to itself. */
    LocalVar selfName(Ast.Function f) {
        LocalVar v = scopes.localFunctionName(f);
        return v != null && v.selfReferencingFunction() ? v : null;
    }

    /** A Lua number as a shared boxed constant (boxing a double allocates; constants are boxed once). */
    CodeBlock number(double value) {
        long bits = Double.doubleToRawLongBits(value);
        String index = numberConstants.computeIfAbsent(bits, b -> String.valueOf(numberConstants.size()));
        return CodeBlock.of("K[$L]", index);
    }

    /**
     * The chunk's numbers, boxed once at class initialisation from one string of their bit patterns: a
     * field per constant would make the static initialiser grow past the method-size limit and fill the
     * constant pool in big chunks (thousands of numbers).
     */
    private FieldSpec numberConstantsField() {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (long bits : numberConstants.keySet()) {
            if (piece.length() > 16000) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(Long.toHexString(bits)).append(',');
        }
        pieces.add(piece.toString());
        CodeBlock.Builder init = CodeBlock.builder().add("$T.numberConstants($T.join(\"\"", LUA, String.class);
        for (String p : pieces) {
            init.add(",\n$S", p);
        }
        init.add("))");
        return FieldSpec.builder(Double[].class, "K", Modifier.STATIC, Modifier.FINAL).initializer(init.build()).build();
    }

    /** A Lua string as a Java expression: a literal, or a constant joined from pieces when very long. */
    CodeBlock string(String value) {
        if (value.length() <= MAX_INLINE_STRING) {
            return CodeBlock.of("$S", value);
        }
        String name = longStrings.get(value);
        if (name == null) {
            name = "S" + longStrings.size();
            longStrings.put(value, name);
            CodeBlock.Builder init = CodeBlock.builder().add("$T.join(\"\"", String.class);
            for (int i = 0; i < value.length(); i += MAX_INLINE_STRING) {
                init.add(",\n$S", value.substring(i, Math.min(value.length(), i + MAX_INLINE_STRING)));
            }
            init.add(")");
            constantFields.add(FieldSpec.builder(String.class, name, Modifier.STATIC, Modifier.FINAL)
                    .initializer(init.build()).build());
        }
        return CodeBlock.of("$L", name);
    }

    static String javaIdentifier(String luaName) {
        StringBuilder b = new StringBuilder();
        for (char c : luaName.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return b.length() > 40 ? b.substring(0, 40) : b.toString();
    }
}
