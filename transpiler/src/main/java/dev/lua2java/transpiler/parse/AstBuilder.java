package dev.lua2java.transpiler.parse;

import dev.lua2java.transpiler.LuaCompileError;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.*;
import dev.lua2java.transpiler.grammar.LuaParser;
import dev.lua2java.transpiler.grammar.LuaParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Leaves the ANTLR parse tree for the immutable {@link Ast}: decodes literals, builds call and index
 * chains from suffixes, and applies the checks Lua's own parser makes (a statement must be a call,
 * assignment targets must be variables, "ambiguous syntax" for a call whose '(' starts a new line).
 */
final class AstBuilder {
    private final String file;

    AstBuilder(String file) {
        this.file = file;
    }

    private static Pos pos(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine() + 1);
    }

    private static Pos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    private LuaCompileError error(Token at, String message) {
        return new LuaCompileError(file, at.getLine(), at.getCharPositionInLine() + 1, message);
    }

    Chunk chunk(ChunkContext ctx) {
        Block body = block(ctx.block(), ctx.EOF().getSymbol());
        int lastLine = ctx.EOF().getSymbol().getLine();
        return new Chunk(file, new Function(new Pos(0, 0), "main chunk", List.of(), true, body, lastLine));
    }

    private Block block(BlockContext ctx, Token end) {
        List<Stat> stats = new ArrayList<>();
        for (StatContext s : ctx.stat()) {
            Stat st = stat(s);
            if (st != null) {
                stats.add(st);
            }
        }
        if (ctx.retstat() != null) {
            RetstatContext r = ctx.retstat();
            stats.add(new Return(pos(r), r.explist() == null ? List.of() : exprs(r.explist())));
        }
        return new Block(List.copyOf(stats), pos(end));
    }

    // ---------------------------------------------------------------- statements

    private Stat stat(StatContext ctx) {
        if (ctx instanceof EmptyStatContext) {
            return null;
        }
        if (ctx instanceof AssignStatContext a) {
            List<Expr> targets = new ArrayList<>();
            for (SuffixedexpContext t : a.suffixedexp()) {
                Expr e = suffixed(t);
                if (!(e instanceof Name) && !(e instanceof Index)) {
                    throw error(t.getStart(), "syntax error: cannot assign to this expression");
                }
                targets.add(e);
            }
            return new Assign(pos(a), List.copyOf(targets), exprs(a.explist()));
        }
        if (ctx instanceof CallStatContext c) {
            Expr e = suffixed(c.suffixedexp());
            if (!(e instanceof Call) && !(e instanceof MethodCall)) {
                Token after = c.getStop();
                throw error(after, "syntax error near '" + after.getText() + "' (a statement must be a call or an assignment)");
            }
            return new CallStat(pos(c), e);
        }
        if (ctx instanceof LabelStatContext l) {
            return new Label(pos(l), l.NAME().getText());
        }
        if (ctx instanceof BreakStatContext b) {
            return new Break(pos(b));
        }
        if (ctx instanceof GotoStatContext g) {
            return new Goto(pos(g), g.NAME().getText());
        }
        if (ctx instanceof DoStatContext d) {
            return new Do(pos(d), block(d.block(), d.END().getSymbol()));
        }
        if (ctx instanceof WhileStatContext w) {
            return new While(pos(w), expr(w.exp()), block(w.block(), w.END().getSymbol()));
        }
        if (ctx instanceof RepeatStatContext r) {
            return new Repeat(pos(r), block(r.block(), r.UNTIL().getSymbol()), expr(r.exp()));
        }
        if (ctx instanceof IfStatContext i) {
            List<Expr> conditions = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            int n = i.exp().size();
            for (int k = 0; k < n; k++) {
                conditions.add(expr(i.exp(k)));
                Token blockEnd = k + 1 < n ? i.ELSEIF(k).getSymbol() : (i.ELSE() != null ? i.ELSE().getSymbol() : i.END().getSymbol());
                blocks.add(block(i.block(k), blockEnd));
            }
            Block orElse = i.ELSE() != null ? block(i.block(n), i.END().getSymbol()) : null;
            return new If(pos(i), List.copyOf(conditions), List.copyOf(blocks), orElse);
        }
        if (ctx instanceof NumericForStatContext f) {
            Expr step = f.exp().size() > 2 ? expr(f.exp(2)) : null;
            return new NumericFor(pos(f), f.NAME().getText(), expr(f.exp(0)), expr(f.exp(1)), step,
                    block(f.block(), f.END().getSymbol()));
        }
        if (ctx instanceof GenericForStatContext f) {
            return new GenericFor(pos(f), names(f.namelist()), exprs(f.explist()), block(f.block(), f.END().getSymbol()));
        }
        if (ctx instanceof FunctionStatContext f) {
            FuncnameContext fn = f.funcname();
            List<TerminalNode> parts = fn.NAME();
            Expr target = new Name(pos(parts.get(0).getSymbol()), parts.get(0).getText());
            StringBuilder fullName = new StringBuilder(parts.get(0).getText());
            boolean method = fn.COLON() != null;
            int last = parts.size() - 1;
            for (int k = 1; k <= last; k++) {
                Token t = parts.get(k).getSymbol();
                target = new Index(pos(t), target, new Str(pos(t), t.getText()));
                fullName.append(method && k == last ? ":" : ".").append(t.getText());
            }
            Function function = function(f.funcbody(), fullName.toString(), method, pos(f));
            return new FunctionStat(pos(f), target, function);
        }
        if (ctx instanceof LocalFunctionStatContext f) {
            String name = f.NAME().getText();
            return new LocalFunction(pos(f), name, function(f.funcbody(), name, false, pos(f)));
        }
        if (ctx instanceof LocalStatContext l) {
            return new Local(pos(l), names(l.namelist()), l.explist() == null ? List.of() : exprs(l.explist()));
        }
        throw error(ctx.getStart(), "unsupported statement");
    }

    private static List<String> names(NamelistContext ctx) {
        List<String> names = new ArrayList<>();
        for (TerminalNode n : ctx.NAME()) {
            names.add(n.getText());
        }
        return List.copyOf(names);
    }

    private Function function(FuncbodyContext ctx, String name, boolean method, Pos pos) {
        List<String> params = new ArrayList<>();
        if (method) {
            params.add("self");
        }
        boolean vararg = false;
        if (ctx.parlist() != null) {
            if (ctx.parlist().namelist() != null) {
                params.addAll(names(ctx.parlist().namelist()));
            }
            vararg = ctx.parlist().ELLIPSIS() != null;
        }
        Block body = block(ctx.block(), ctx.END().getSymbol());
        return new Function(pos, name, List.copyOf(params), vararg, body, ctx.END().getSymbol().getLine());
    }

    // ---------------------------------------------------------------- expressions

    private List<Expr> exprs(ExplistContext ctx) {
        List<Expr> list = new ArrayList<>();
        for (ExpContext e : ctx.exp()) {
            list.add(expr(e));
        }
        return List.copyOf(list);
    }

    private Expr expr(ExpContext ctx) {
        if (ctx instanceof NilExpContext) {
            return new Nil(pos(ctx));
        }
        if (ctx instanceof FalseExpContext) {
            return new False(pos(ctx));
        }
        if (ctx instanceof TrueExpContext) {
            return new True(pos(ctx));
        }
        if (ctx instanceof NumberExpContext n) {
            return new Num(pos(ctx), LiteralDecoder.number(n.NUMBER().getText()));
        }
        if (ctx instanceof StringExpContext s) {
            return string(s.string());
        }
        if (ctx instanceof VarargExpContext) {
            return new Vararg(pos(ctx));
        }
        if (ctx instanceof FunctionExpContext f) {
            return function(f.funcbody(), "anonymous", false, pos(ctx));
        }
        if (ctx instanceof PrefixExpContext p) {
            return suffixed(p.suffixedexp());
        }
        if (ctx instanceof TableExpContext t) {
            return table(t.tableconstructor());
        }
        if (ctx instanceof PowerExpContext p) {
            return new Binary(pos(p.CARET().getSymbol()), BinaryOp.POW, expr(p.exp(0)), expr(p.exp(1)));
        }
        if (ctx instanceof UnaryExpContext u) {
            UnaryOp op = switch (u.getStart().getType()) {
                case LuaParser.NOT -> UnaryOp.NOT;
                case LuaParser.HASH -> UnaryOp.LEN;
                default -> UnaryOp.NEG;
            };
            return new Unary(pos(ctx), op, expr(u.exp()));
        }
        if (ctx instanceof MulExpContext || ctx instanceof AddExpContext || ctx instanceof ConcatExpContext
                || ctx instanceof CompareExpContext) {
            Token op = ((TerminalNode) ctx.getChild(1)).getSymbol();
            Expr left = expr((ExpContext) ctx.getChild(0));
            Expr right = expr((ExpContext) ctx.getChild(2));
            return new Binary(pos(op), binaryOp(op), left, right);
        }
        if (ctx instanceof AndExpContext a) {
            return new And(pos(a.AND().getSymbol()), expr(a.exp(0)), expr(a.exp(1)));
        }
        if (ctx instanceof OrExpContext o) {
            return new Or(pos(o.OR().getSymbol()), expr(o.exp(0)), expr(o.exp(1)));
        }
        if (ctx instanceof Lua53BinaryExpContext b) {
            Token op = b.LUA53_OPERATOR().getSymbol();
            throw error(op, "Lua 5.3 operator '" + op.getText() + "' is not supported (LuaJIT 2.1 dialect)");
        }
        if (ctx instanceof Lua53UnaryExpContext u) {
            Token op = u.LUA53_OPERATOR().getSymbol();
            throw error(op, "Lua 5.3 operator '" + op.getText() + "' is not supported (LuaJIT 2.1 dialect)");
        }
        throw error(ctx.getStart(), "unsupported expression");
    }

    private static BinaryOp binaryOp(Token op) {
        return switch (op.getType()) {
            case LuaParser.STAR -> BinaryOp.MUL;
            case LuaParser.SLASH -> BinaryOp.DIV;
            case LuaParser.PERCENT -> BinaryOp.MOD;
            case LuaParser.PLUS -> BinaryOp.ADD;
            case LuaParser.MINUS -> BinaryOp.SUB;
            case LuaParser.CONCAT -> BinaryOp.CONCAT;
            case LuaParser.LT -> BinaryOp.LT;
            case LuaParser.GT -> BinaryOp.GT;
            case LuaParser.LE -> BinaryOp.LE;
            case LuaParser.GE -> BinaryOp.GE;
            case LuaParser.NE -> BinaryOp.NE;
            default -> BinaryOp.EQ;
        };
    }

    private Str string(StringContext ctx) {
        Token t = ctx.getStart();
        try {
            return new Str(pos(t), LiteralDecoder.string(t.getText()));
        } catch (IllegalArgumentException e) {
            throw error(t, e.getMessage());
        }
    }

    private Expr suffixed(SuffixedexpContext ctx) {
        Expr e;
        PrimaryexpContext primary = ctx.primaryexp();
        if (primary instanceof NamePrimaryContext n) {
            e = new Name(pos(n), n.NAME().getText());
        } else {
            Expr inner = expr(((ParenPrimaryContext) primary).exp());
            e = Ast.isMultiValued(inner) ? new Paren(pos(primary), inner) : inner;
        }
        Token previousEnd = primary.getStop();
        for (SuffixContext s : ctx.suffix()) {
            if (s instanceof FieldSuffixContext f) {
                e = new Index(pos(f), e, new Str(pos(f.NAME().getSymbol()), f.NAME().getText()));
            } else if (s instanceof IndexSuffixContext i) {
                e = new Index(pos(i), e, expr(i.exp()));
            } else if (s instanceof MethodCallSuffixContext m) {
                checkSameLine(m.NAME().getSymbol(), m.args());
                e = new MethodCall(pos(m), e, m.NAME().getText(), args(m.args()));
            } else {
                CallSuffixContext c = (CallSuffixContext) s;
                checkSameLine(previousEnd, c.args());
                e = new Call(pos(c), e, args(c.args()));
            }
            previousEnd = s.getStop();
        }
        return e;
    }

    /** LuaJIT rejects {@code f} NEWLINE {@code (args)}: it could be a call or two statements. */
    private void checkSameLine(Token previousEnd, ArgsContext args) {
        if (args instanceof ParenArgsContext p && p.LPAREN().getSymbol().getLine() != endLine(previousEnd)) {
            throw error(p.LPAREN().getSymbol(), "ambiguous syntax (function call x new statement) near '('");
        }
    }

    /** The line a token ends on: a long string spans lines, and LuaJIT compares with where it ended. */
    private static int endLine(Token t) {
        String text = t.getText();
        int line = t.getLine();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private List<Expr> args(ArgsContext ctx) {
        if (ctx instanceof ParenArgsContext p) {
            return p.explist() == null ? List.of() : exprs(p.explist());
        }
        if (ctx instanceof TableArgsContext t) {
            return List.of(table(t.tableconstructor()));
        }
        return List.of(string(((StringArgsContext) ctx).string()));
    }

    private Table table(TableconstructorContext ctx) {
        List<Field> fields = new ArrayList<>();
        if (ctx.fieldlist() != null) {
            for (FieldContext f : ctx.fieldlist().field()) {
                if (f instanceof KeyedFieldContext k) {
                    fields.add(new Field(expr(k.exp(0)), expr(k.exp(1))));
                } else if (f instanceof NamedFieldContext n) {
                    fields.add(new Field(new Str(pos(n), n.NAME().getText()), expr(n.exp())));
                } else {
                    fields.add(new Field(null, expr(((PositionalFieldContext) f).exp())));
                }
            }
        }
        return new Table(pos(ctx), List.copyOf(fields));
    }
}
