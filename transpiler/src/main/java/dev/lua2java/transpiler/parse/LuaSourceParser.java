package dev.lua2java.transpiler.parse;

import dev.lua2java.transpiler.LuaCompileError;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.grammar.LuaLexer;
import dev.lua2java.transpiler.grammar.LuaParser;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Lua source bytes into an {@link Ast.Chunk}.
 *
 * <p>Takes the raw bytes of a file (each byte becomes one char, so string literals keep their exact
 * bytes) and produces the AST, or throws {@link LuaCompileError} naming file, line, column and the
 * offending token. Parsing tries ANTLR's fast SLL mode first and falls back to full LL only when SLL
 * fails, which keeps large files quick.
 */
public final class LuaSourceParser {
    private LuaSourceParser() {
    }

    public static Ast.Chunk parse(String fileName, byte[] source) {
        return parse(fileName, new String(source, StandardCharsets.ISO_8859_1));
    }

    /** Parses source whose chars are bytes (0..255). */
    public static Ast.Chunk parse(String fileName, String source) {
        LuaParser.ChunkContext tree;
        try {
            tree = parseTree(fileName, source, PredictionMode.SLL, false);
        } catch (ParseCancellationException sllFailed) {
            tree = parseTree(fileName, source, PredictionMode.LL, true);
        }
        return new AstBuilder(fileName).chunk(tree);
    }

    private static LuaParser.ChunkContext parseTree(String fileName, String source, PredictionMode mode,
            boolean reportErrors) {
        LuaLexer lexer = new LuaLexer(CharStreams.fromString(source, fileName));
        ErrorReporter reporter = new ErrorReporter(fileName, reportErrors);
        lexer.removeErrorListeners();
        lexer.addErrorListener(new ErrorReporter(fileName, true));
        LuaParser parser = new LuaParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(reporter);
        parser.getInterpreter().setPredictionMode(mode);
        return parser.chunk();
    }

    /** Turns the first lexer or parser error into a positioned {@link LuaCompileError}. */
    private static final class ErrorReporter extends BaseErrorListener {
        private final String fileName;
        private final boolean report;

        ErrorReporter(String fileName, boolean report) {
            this.fileName = fileName;
            this.report = report;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                String msg, RecognitionException e) {
            if (!report) {
                throw new ParseCancellationException(msg);
            }
            throw new LuaCompileError(fileName, line, column + 1, describe(offendingSymbol, msg));
        }

        private static String describe(Object offendingSymbol, String msg) {
            if (!(offendingSymbol instanceof Token token)) {
                // Lexer errors: "token recognition error at: 'x'"
                int at = msg.indexOf("at: ");
                String text = at >= 0 ? msg.substring(at + 4) : msg;
                return "unexpected character " + text;
            }
            String text = token.getType() == Token.EOF ? "<eof>" : "'" + shorten(token.getText()) + "'";
            if (token.getType() == LuaLexer.LUA53_OPERATOR) {
                return "Lua 5.3 operator " + text + " is not supported (LuaJIT 2.1 dialect)";
            }
            if (token.getType() == LuaLexer.UNFINISHED_STRING) {
                return "unfinished string near " + text;
            }
            int expecting = msg.indexOf("expecting ");
            String expected = expecting >= 0 ? msg.substring(expecting + 10) : "";
            if (!expected.isEmpty() && expected.length() <= 40) {
                return "syntax error near " + text + " (expected " + expected + ")";
            }
            return "syntax error near " + text;
        }

        private static String shorten(String s) {
            return s.length() > 30 ? s.substring(0, 27) + "..." : s;
        }
    }
}
