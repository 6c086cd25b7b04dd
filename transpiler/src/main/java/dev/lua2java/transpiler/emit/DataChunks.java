package dev.lua2java.transpiler.emit;

import static dev.lua2java.transpiler.emit.RuntimeNames.*;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.*;
import javax.lang.model.element.Modifier;

/**
 * Data chunks (DESIGN §10): a chunk that only returns a constant table ({@code return { ... }}, as Path of
 * Building's data files do) is not compiled to code - its constructor of up to ~100,000 entries would
 * be far too big for JVM methods and constant pools. The class keeps the chunk's text in string pieces
 * and reads it with the runtime's constant-table reader each time the chunk runs (a new table per run,
 * as in Lua).
 */
public final class DataChunks {
    /** Characters per string constant: at most two bytes each in a class file's modified UTF-8. */
    private static final int PIECE = 16000;

    private DataChunks() {
    }

    /** True when the chunk is exactly {@code return <constant table>}. */
    public static boolean isDataChunk(Ast.Chunk chunk) {
        var stats = chunk.main().body().stats();
        return stats.size() == 1 && stats.get(0) instanceof Return r && r.values().size() == 1
                && r.values().get(0) instanceof Table t && isConstant(t);
    }

    private static boolean isConstant(Expr e) {
        if (e instanceof Nil || e instanceof True || e instanceof False || e instanceof Num || e instanceof Str) {
            return true;
        }
        if (e instanceof Unary u && u.op() == UnaryOp.NEG) {
            return u.operand() instanceof Num;
        }
        if (e instanceof Table t) {
            for (Field f : t.fields()) {
                if (f.key() != null && !(f.key() instanceof Str || f.key() instanceof Num || f.key() instanceof True
                        || f.key() instanceof False || f.key() instanceof Unary u && u.operand() instanceof Num)) {
                    return false;
                }
                if (!isConstant(f.value())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The class of a data chunk: its source text in pieces and a main function that reads it. */
    public static JavaFile emit(String chunkName, String luaText, EmitOptions options) {
        ClassName chunkClass = ClassName.get(options.packageName(), options.className());
        CodeBlock.Builder text = CodeBlock.builder().add("$T.join(\"\"", String.class);
        for (int i = 0; i < luaText.length(); i += PIECE) {
            text.add(",\n$S", luaText.substring(i, Math.min(luaText.length(), i + PIECE)));
        }
        text.add(")");
        ClassName reader = ClassName.get("dev.lua2java.runtime.lib", "ConstantTableReader");
        TypeSpec main = TypeSpec.classBuilder("F0_main_chunk")
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(FUNCTION)
                .addMethod(MethodSpec.methodBuilder("invoke").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .addParameter(Object[].class, "args").returns(Object[].class)
                        .addStatement("return new Object[] {$T.read(TEXT)}", reader).build())
                .build();
        TypeSpec type = TypeSpec.classBuilder(chunkClass)
                .addJavadoc("Generated from $L by lua2java - do not edit: a data chunk, read by ConstantTableReader.\n", chunkName)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(CHUNK)
                .addField(com.palantir.javapoet.FieldSpec.builder(String.class, "TEXT", Modifier.STATIC, Modifier.FINAL)
                        .initializer(text.build()).build())
                .addMethod(MethodSpec.methodBuilder("chunkName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(String.class).addStatement("return $S", chunkName).build())
                .addMethod(MethodSpec.methodBuilder("load").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(FUNCTION).addParameter(TABLE, "env").addStatement("return new F0_main_chunk()").build())
                .addType(main)
                .build();
        return JavaFile.builder(options.packageName(), type).addFileComment("Generated from $L by lua2java - do not edit.", chunkName)
                .indent("    ").build();
    }
}
