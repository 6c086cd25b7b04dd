package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.analysis.LocalVar;
import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.analysis.VarRef;
import dev.lua2java.transpiler.ast.Ast.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Optimisation "numeric locals" ({@link Optimisations#numericLocals}). Takes a function that is not
 * split into parts and finds its accumulators: locals declared alone ({@code local r = e}), never
 * captured, assigned only by single assignments, at least one of them {@code r = r op e} or
 * {@code r = e op r} ({@code + - * /}) inside a loop. Produces the set of such locals; the emitter
 * gives each a {@code double} slot beside its {@code Object} one, which holds {@code Lua.IN_DOUBLE}
 * while the value is the number in the slot. An accumulation of two numbers then updates the slot
 * without boxing (a loop-carried box is what escape analysis cannot remove); anything else (a string
 * operand, a metamethod, a non-number result) takes the generic operation and stores what it returns,
 * so Lua semantics never depend on the guess.
 */
final class NumericLocals {
    /** {@code v = v op other} ({@code varOnLeft}) or {@code v = other op v}. */
    record Accumulation(BinaryOp op, boolean varOnLeft, Expr other) {
        /** Lua's and Java's symbols agree for these four operators (and so do their IEEE results). */
        String javaOperator() {
            return op.symbol;
        }
    }

    private NumericLocals() {
    }

    static Set<LocalVar> of(Function f, Scopes scopes) {
        Set<LocalVar> declaredAlone = new HashSet<>();
        Set<LocalVar> disqualified = new HashSet<>();
        Set<LocalVar> accumulatesInLoop = new HashSet<>();
        walk(f.body().stats(), 0, scopes, declaredAlone, disqualified, accumulatesInLoop);
        Set<LocalVar> result = new HashSet<>();
        for (LocalVar v : declaredAlone) {
            if (!v.captured() && !disqualified.contains(v) && accumulatesInLoop.contains(v)) {
                result.add(v);
            }
        }
        return result;
    }

    /** The accumulation an assignment makes to {@code v}, or null. */
    static Accumulation accumulation(Assign a, LocalVar v, Scopes scopes) {
        if (a.targets().size() != 1 || a.values().size() != 1 || !(a.values().get(0) instanceof Binary b)) {
            return null;
        }
        if (b.op() != BinaryOp.ADD && b.op() != BinaryOp.SUB && b.op() != BinaryOp.MUL && b.op() != BinaryOp.DIV) {
            return null;
        }
        if (isVar(b.left(), v, scopes)) {
            return new Accumulation(b.op(), true, b.right());
        }
        if (isVar(b.right(), v, scopes)) {
            return new Accumulation(b.op(), false, b.left());
        }
        return null;
    }

    private static boolean isVar(Expr e, LocalVar v, Scopes scopes) {
        return e instanceof Name n && scopes.ref(n) instanceof VarRef.Local l && l.var() == v;
    }

    private static void walk(List<Stat> stats, int loops, Scopes scopes, Set<LocalVar> declaredAlone,
            Set<LocalVar> disqualified, Set<LocalVar> accumulatesInLoop) {
        for (Stat s : stats) {
            if (s instanceof Local l && l.names().size() == 1 && l.values().size() == 1
                    && !dev.lua2java.transpiler.ast.Ast.isMultiValued(l.values().get(0))) {
                declaredAlone.add(scopes.declared(l).get(0));
            }
            if (s instanceof Assign a) {
                for (Expr t : a.targets()) {
                    if (t instanceof Name n && scopes.ref(n) instanceof VarRef.Local l) {
                        LocalVar v = l.var();
                        boolean single = a.targets().size() == 1 && a.values().size() == 1
                                && !dev.lua2java.transpiler.ast.Ast.isMultiValued(a.values().get(0));
                        if (!single) {
                            disqualified.add(v);
                        } else if (loops > 0 && accumulation(a, v, scopes) != null) {
                            accumulatesInLoop.add(v);
                        }
                    }
                }
            }
            int inner = Blocks.isLoop(s) ? loops + 1 : loops;
            for (Block b : Blocks.children(s)) {
                walk(b.stats(), inner, scopes, declaredAlone, disqualified, accumulatesInLoop);
            }
        }
    }
}
