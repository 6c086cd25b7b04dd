package dev.lua2java.transpiler;

import dev.lua2java.transpiler.analysis.ScopeResolver;
import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.emit.ChunkEmitter;
import dev.lua2java.transpiler.emit.DataChunks;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.parse.LuaSourceParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole pipeline for one file: Lua bytes in, Java source text out.
 *
 * <p>parse ({@link LuaSourceParser}) -> resolve scopes ({@link ScopeResolver}) -> emit Java
 * ({@link ChunkEmitter}) -> append the Java-line to Lua-line table, read from the {@code // line N}
 * comments the emitter wrote, so runtime errors report Lua positions.
 */
public final class Transpiler {
    private static final String LINE_MARKER = "// line ";

    private Transpiler() {
    }

    /** Java source of one chunk, with its fully qualified class name and what it took. */
    public record GeneratedJava(String className, String source, Stats stats) {
    }

    /** Counts for build summaries: functions compiled, helper methods split off, data chunk or code. */
    public record Stats(int functions, int splitMethods, boolean dataChunk) {
    }

    public static GeneratedJava transpile(String chunkName, byte[] source, EmitOptions options) {
        Ast.Chunk chunk = LuaSourceParser.parse(chunkName, source);
        String qualified = options.packageName().isEmpty() ? options.className() : options.packageName() + "." + options.className();
        String text = new String(source, java.nio.charset.StandardCharsets.ISO_8859_1);
        // The reader must accept the text exactly; otherwise the chunk is compiled like any other.
        if (DataChunks.isDataChunk(chunk) && dev.lua2java.runtime.lib.ConstantTableReader.read(text) != null) {
            return new GeneratedJava(qualified, DataChunks.emit(chunkName, text, options).toString(), new Stats(0, 0, true));
        }
        Scopes scopes = ScopeResolver.resolve(chunk);
        ChunkEmitter emitter = new ChunkEmitter(chunk, scopes, options);
        String java = emitter.emit().toString();
        return new GeneratedJava(qualified, withLineTable(java, options.className(), chunkName),
                new Stats(emitter.functionCount(), emitter.splitMethodCount(), false));
    }

    /** Inserts the line table before the class's closing brace, so no earlier line moves. */
    static String withLineTable(String java, String className, String chunkName) {
        String[] lines = java.split("\n", -1);
        List<String> pairs = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.startsWith(LINE_MARKER)) {
                int lua = Integer.parseInt(t.substring(LINE_MARKER.length()).trim());
                if (lua != current) {
                    pairs.add((i + 1) + ":" + lua);
                    current = lua;
                }
            }
        }
        StringBuilder table = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        for (String p : pairs) {
            if (piece.length() > 0) {
                piece.append(',');
            }
            piece.append(p);
            if (piece.length() > 12000) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        pieces.add(piece.toString());
        table.append("String.join(\"\"");
        for (int i = 0; i < pieces.size(); i++) {
            String sep = i > 0 ? "," : "";
            table.append(", \"").append(sep).append(pieces.get(i)).append('"');
        }
        table.append(')');
        int close = java.lastIndexOf('}');
        String register = "    static {\n        dev.lua2java.runtime.LineMap.register(" + className + ".class, "
                + quote(chunkName) + ", " + table + ");\n    }\n";
        return java.substring(0, close) + register + java.substring(close);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /** A Java class name for a Lua file name: {@code calc_setup.lua} -> {@code Calc_setup}. */
    public static String classNameFor(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.lua$", "");
        StringBuilder b = new StringBuilder();
        for (char c : base.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        if (b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0))) {
            b.insert(0, 'L');
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }
}
