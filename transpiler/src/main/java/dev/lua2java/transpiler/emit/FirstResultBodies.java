package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.Block;
import dev.lua2java.transpiler.ast.Ast.Call;
import dev.lua2java.transpiler.ast.Ast.MethodCall;
import dev.lua2java.transpiler.ast.Ast.Return;
import dev.lua2java.transpiler.ast.Ast.Stat;

/**
 * Optimisation "first-result bodies" ({@link Optimisations#firstResultBodies}). Takes a function whose body
 * returns all values ({@link ReturnShape#MULTI}) only because of tail calls: every {@code return} is
 * empty, one single-valued expression, or one call ({@code return self:SumInternal(...)},
 * {@code return context:EvalMod(mod, cfg)}). Such a function gets a second body, {@code run1}, in which
 * those calls take their callee's first result ({@code LuaCalls.tailValue}/{@code tailMethodValue}, with
 * the same tail-call error positions); the single-value bridges ({@code call}, {@code callv}) enter it,
 * so a caller that wants one value gets no result array. Not for split functions (the body would be
 * written twice) or main chunks. Off, single-value callers take {@code Lua.first} of {@code run}.
 */
final class FirstResultBodies {
    private FirstResultBodies() {
    }

    static boolean applies(Optimisations optimisations, Ast.Function f, ReturnShape shape, boolean splitFunction,
            boolean mainChunk) {
        if (!optimisations.firstResultBodies() || shape != ReturnShape.MULTI || splitFunction || mainChunk) {
            return false;
        }
        boolean[] ok = {true};
        checkReturns(f.body(), ok);
        return ok[0];
    }

    private static void checkReturns(Block b, boolean[] ok) {
        for (Stat s : b.stats()) {
            if (s instanceof Return r && !singleOrTailCall(r)) {
                ok[0] = false;
            }
            for (Block inner : Blocks.children(s)) {
                checkReturns(inner, ok);
            }
        }
    }

    private static boolean singleOrTailCall(Return r) {
        if (r.values().size() > 1) {
            return false;
        }
        if (r.values().isEmpty()) {
            return true;
        }
        Ast.Expr e = r.values().get(0);
        return !Ast.isMultiValued(e) || e instanceof Call || e instanceof MethodCall;
    }
}
