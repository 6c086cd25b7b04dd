package dev.lua2java.transpiler.ast;

import java.util.List;

/**
 * The Lua abstract syntax tree: immutable records, each carrying its source position.
 *
 * <p>The tree keeps only what the language means (no parentheses except where they truncate multiple
 * values, no separators). Analyses key their results on nodes by identity, never by value.
 */
public final class Ast {
    private Ast() {
    }

    /** A source position: 1-based line and column. */
    public record Pos(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    // ---------------------------------------------------------------- chunk, blocks, functions

    public record Chunk(String name, Function main) {
    }

    public record Block(List<Stat> stats, Pos end) {
    }

    /** A function body. The main chunk is a vararg function with no parameters named "main chunk". */
    public record Function(Pos pos, String name, List<String> params, boolean vararg, Block body, int endLine)
            implements Expr {
    }

    // ---------------------------------------------------------------- statements

    public sealed interface Stat {
        Pos pos();
    }

    public record Local(Pos pos, List<String> names, List<Expr> values) implements Stat {
    }

    public record Assign(Pos pos, List<Expr> targets, List<Expr> values) implements Stat {
    }

    public record CallStat(Pos pos, Expr call) implements Stat {
    }

    public record Do(Pos pos, Block body) implements Stat {
    }

    public record While(Pos pos, Expr condition, Block body) implements Stat {
    }

    public record Repeat(Pos pos, Block body, Expr condition) implements Stat {
    }

    /** {@code if c1 then b1 elseif c2 then b2 ... else e end}; {@code orElse} is null without else. */
    public record If(Pos pos, List<Expr> conditions, List<Block> blocks, Block orElse) implements Stat {
    }

    public record NumericFor(Pos pos, String var, Expr start, Expr limit, Expr step, Block body) implements Stat {
    }

    public record GenericFor(Pos pos, List<String> names, List<Expr> values, Block body) implements Stat {
    }

    /** {@code function a.b.c:m() end}: the target is an assignment target built from the name path. */
    public record FunctionStat(Pos pos, Expr target, Function function) implements Stat {
    }

    public record LocalFunction(Pos pos, String name, Function function) implements Stat {
    }

    public record Return(Pos pos, List<Expr> values) implements Stat {
    }

    public record Break(Pos pos) implements Stat {
    }

    public record Goto(Pos pos, String label) implements Stat {
    }

    public record Label(Pos pos, String name) implements Stat {
    }

    // ---------------------------------------------------------------- expressions

    public sealed interface Expr permits Nil, True, False, Num, Str, Vararg, Function, Name, Index, Call,
            MethodCall, Binary, Unary, And, Or, Paren, Table {
        Pos pos();
    }

    public record Nil(Pos pos) implements Expr {
    }

    public record True(Pos pos) implements Expr {
    }

    public record False(Pos pos) implements Expr {
    }

    public record Num(Pos pos, double value) implements Expr {
    }

    /** A string literal; its chars are the bytes of the Lua string. */
    public record Str(Pos pos, String value) implements Expr {
    }

    public record Vararg(Pos pos) implements Expr {
    }

    /** A variable name: local, upvalue or global, as the scope resolver decides. */
    public record Name(Pos pos, String name) implements Expr {
    }

    public record Index(Pos pos, Expr object, Expr key) implements Expr {
    }

    public record Call(Pos pos, Expr function, List<Expr> args) implements Expr {
    }

    public record MethodCall(Pos pos, Expr object, String method, List<Expr> args) implements Expr {
    }

    public enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("^"), CONCAT(".."),
        EQ("=="), NE("~="), LT("<"), LE("<="), GT(">"), GE(">=");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    public record Binary(Pos pos, BinaryOp op, Expr left, Expr right) implements Expr {
    }

    public enum UnaryOp {
        NEG, NOT, LEN
    }

    public record Unary(Pos pos, UnaryOp op, Expr operand) implements Expr {
    }

    public record And(Pos pos, Expr left, Expr right) implements Expr {
    }

    public record Or(Pos pos, Expr left, Expr right) implements Expr {
    }

    /** Parentheses around a call or vararg: truncates to one value. */
    public record Paren(Pos pos, Expr inner) implements Expr {
    }

    /** A table constructor; positional items are in order, keyed items keep their source order too. */
    public record Table(Pos pos, List<Field> fields) implements Expr {
    }

    /** One field of a table constructor; {@code key} is null for a positional item. */
    public record Field(Expr key, Expr value) {
    }

    /** True when an expression can produce several values (a call or {@code ...} not in parentheses). */
    public static boolean isMultiValued(Expr e) {
        return e instanceof Call || e instanceof MethodCall || e instanceof Vararg;
    }
}
