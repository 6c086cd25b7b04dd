package dev.lua2java.transpiler;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.*;
import dev.lua2java.transpiler.parse.LuaSourceParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Grammar and AST: precedence and associativity per the manual, literals, and positioned errors. */
class ParserTest {
    private static Expr expression(String lua) {
        Ast.Chunk chunk = LuaSourceParser.parse("t.lua", "return " + lua);
        return ((Return) chunk.main().body().stats().get(0)).values().get(0);
    }

    /** Renders an expression fully parenthesised, so a precedence mistake shows as a different string. */
    private static String shape(Expr e) {
        if (e instanceof Binary b) {
            return "(" + shape(b.left()) + " " + b.op().symbol + " " + shape(b.right()) + ")";
        }
        if (e instanceof Unary u) {
            return "(" + switch (u.op()) { case NEG -> "-"; case NOT -> "not "; case LEN -> "#"; } + shape(u.operand()) + ")";
        }
        if (e instanceof And a) {
            return "(" + shape(a.left()) + " and " + shape(a.right()) + ")";
        }
        if (e instanceof Or o) {
            return "(" + shape(o.left()) + " or " + shape(o.right()) + ")";
        }
        if (e instanceof Name n) {
            return n.name();
        }
        if (e instanceof Num n) {
            return n.value() == Math.rint(n.value()) ? String.valueOf((long) n.value()) : String.valueOf(n.value());
        }
        return e.getClass().getSimpleName();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-2^2 | (-(2 ^ 2))",
        "2^3^2 | (2 ^ (3 ^ 2))",
        "2^-3^2 | (2 ^ (-(3 ^ 2)))",
        "a..b..c | (a .. (b .. c))",
        "1+2*3-4/5 | ((1 + (2 * 3)) - (4 / 5))",
        "a or b and c | (a or (b and c))",
        "not a == b | ((not a) == b)",
        "a < b == c | ((a < b) == c)",
        "#s^2 | (#(s ^ 2))",
        "1 .. 2 + 3 | (1 .. (2 + 3))",
        "a + b .. c + d | ((a + b) .. (c + d))",
        "x == y and z ~= w or v | (((x == y) and (z ~= w)) or v)",
        "- - a | (-(-a))",
        "a % b * c | ((a % b) * c)",
    })
    void precedenceAndAssociativityFollowTheManual(String lua, String expected) {
        assertEquals(expected, shape(expression(lua)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0xff | 255",
        "0x100000000 | 4294967296",
        "0x0000000200000000 | 8589934592",
        "1e3 | 1000",
        ".5 | 0.5",
        "5. | 5",
        "0x.8p1 | 1",
        "3E-1 | 0.3",
    })
    void numberLiterals(String lua, String expected) {
        assertEquals(expected, shape(expression(lua)));
    }

    @Test
    void stringEscapesAndLongStrings() {
        assertEquals("a\nb\t\"\\A\u0001z", ((Str) expression("'a\\nb\\t\\\"\\\\\\65\\1\\z   z'")).value());
        assertEquals("\u00ff", ((Str) expression("\"\\xff\"")).value());
        assertEquals("x]]y", ((Str) expression("[==[\nx]]y]==]")).value());
        assertEquals("a\nb", ((Str) expression("\"a\\\nb\"")).value());
    }

    @Test
    void shebangLineIsSkipped() {
        Ast.Chunk chunk = LuaSourceParser.parse("t.lua", "#!/usr/bin/env luajit\nreturn 1");
        assertEquals(1, chunk.main().body().stats().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "local x = 1 + | t.lua:1:14: syntax error near <eof>",
        "x = 5 // 2 | t.lua:1:7: Lua 5.3 operator '//' is not supported (LuaJIT 2.1 dialect)",
        "x = a & b | t.lua:1:7: Lua 5.3 operator '&' is not supported (LuaJIT 2.1 dialect)",
        "x = 'abc | t.lua:1:5: unfinished string near ''abc'",
        "x = '\\q' | t.lua:1:5: invalid escape sequence near '\\q'",
        "f() = 1 | t.lua:1:1: syntax error: cannot assign to this expression",
    })
    void syntaxErrorsNameFileLineColumnAndToken(String lua, String message) {
        LuaCompileError e = assertThrows(LuaCompileError.class, () -> Transpiler.transpile("t.lua", lua.getBytes(), options()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void ambiguousCallOnNewLineIsRejectedLikeLuaJit() {
        LuaCompileError e = assertThrows(LuaCompileError.class, () -> Transpiler.transpile("t.lua", "local f = g\n(h)()".getBytes(), options()));
        assertEquals("t.lua:2:1: ambiguous syntax (function call x new statement) near '('", e.getMessage());
    }

    @Test
    void methodCallOnNewLineIsNotAmbiguous() {
        assertDoesNotThrow(() -> Transpiler.transpile("t.lua", "local s = x:lower()\n:gsub(a, b)\n:rep(2)".getBytes(), options()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "::top:: goto top | t.lua:1:9: backward goto to label 'top' is not supported (only forward jumps such as 'continue' compile to Java)",
        "goto nowhere | t.lua:1:1: no visible label 'nowhere' for goto",
        "goto x local y = 1 ::x:: print(y) | t.lua:1:1: <goto x> at line 1 jumps into the scope of local 'y'",
        "::a:: ::a:: | t.lua:1:7: label 'a' already defined",
        "function f() return ... end | t.lua:1:21: cannot use '...' outside a vararg function near '...'",
    })
    void uncompilableGotosAndVarargsAreRejected(String lua, String message) {
        LuaCompileError e = assertThrows(LuaCompileError.class, () -> Transpiler.transpile("t.lua", lua.getBytes(), options()));
        assertEquals(message, e.getMessage());
    }

    private static dev.lua2java.transpiler.emit.EmitOptions options() {
        return new dev.lua2java.transpiler.emit.EmitOptions("p", "T", 2500);
    }
}
