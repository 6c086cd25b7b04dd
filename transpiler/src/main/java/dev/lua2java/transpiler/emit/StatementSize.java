package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.ast.Ast.*;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Estimates the bytecode size of the Java a statement compiles to, from its AST node count. The
 * estimate only steers method splitting; a test checks the real sizes in the class files.
 */
final class StatementSize {
    /** Bytes per expression node and per statement, measured roughly on generated code. */
    private static final int PER_EXPR = 9;
    private static final int PER_STAT = 12;

    private final Map<Object, Integer> cache = new IdentityHashMap<>();

    int of(Block b) {
        Integer cached = cache.get(b);
        if (cached != null) {
            return cached;
        }
        int size = 0;
        for (Stat s : b.stats()) {
            size += of(s);
        }
        cache.put(b, size);
        return size;
    }

    int of(Stat s) {
        Integer cached = cache.get(s);
        if (cached != null) {
            return cached;
        }
        int size = PER_STAT;
        if (s instanceof Local l) {
            size += exprs(l.values()) + 4 * l.names().size();
        } else if (s instanceof Assign a) {
            size += exprs(a.targets()) + exprs(a.values());
        } else if (s instanceof CallStat c) {
            size += expr(c.call());
        } else if (s instanceof While w) {
            size += expr(w.condition());
        } else if (s instanceof Repeat r) {
            size += expr(r.condition());
        } else if (s instanceof If i) {
            size += exprs(i.conditions());
        } else if (s instanceof NumericFor f) {
            size += 40 + expr(f.start()) + expr(f.limit()) + (f.step() == null ? 0 : expr(f.step()));
        } else if (s instanceof GenericFor f) {
            size += 40 + exprs(f.values());
        } else if (s instanceof FunctionStat f) {
            size += expr(f.target()) + 20;
        } else if (s instanceof LocalFunction) {
            size += 20;
        } else if (s instanceof Return r) {
            size += exprs(r.values());
        }
        for (Block b : Blocks.children(s)) {
            size += of(b);
        }
        cache.put(s, size);
        return size;
    }

    private int exprs(java.util.List<Expr> list) {
        int n = 0;
        for (Expr e : list) {
            n += expr(e);
        }
        return n;
    }

    int expr(Expr e) {
        if (e instanceof Index i) {
            return PER_EXPR + expr(i.object()) + expr(i.key());
        }
        if (e instanceof Call c) {
            return PER_EXPR + expr(c.function()) + exprs(c.args());
        }
        if (e instanceof MethodCall m) {
            return PER_EXPR + expr(m.object()) + exprs(m.args());
        }
        if (e instanceof Binary b) {
            return PER_EXPR + expr(b.left()) + expr(b.right());
        }
        if (e instanceof Unary u) {
            return PER_EXPR + expr(u.operand());
        }
        if (e instanceof And a) {
            return 2 * PER_EXPR + expr(a.left()) + expr(a.right());
        }
        if (e instanceof Or o) {
            return 2 * PER_EXPR + expr(o.left()) + expr(o.right());
        }
        if (e instanceof Paren p) {
            return expr(p.inner());
        }
        if (e instanceof Table t) {
            int n = PER_EXPR;
            for (Field f : t.fields()) {
                n += 6 + (f.key() == null ? 0 : expr(f.key())) + expr(f.value());
            }
            return n;
        }
        if (e instanceof Function f) {
            return PER_EXPR * 2;
        }
        return PER_EXPR / 2;
    }
}
