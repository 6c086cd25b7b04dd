package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.ast.Ast;

/**
 * Optimisation "vararg select" ({@link Optimisations#varargSelect}). Takes a call {@code f(n, ...)} whose
 * first value is used, the way vararg functions walk their arguments ({@code for i = 1, select("#", ...)}
 * and {@code select(i, ...)}). Produces {@code LuaCalls.selectFirst(f, culprit, n, va)}: when {@code f} is
 * the library's {@code select} at run time and {@code n} a plain index or {@code "#"}, the value is read
 * from the varargs array, instead of copying the varargs into an argument list and the rest into a
 * result list on every step. Any other callee or index takes the ordinary call.
 */
final class VarargSelect {
    private VarargSelect() {
    }

    static boolean applies(Optimisations optimisations, Ast.Call c) {
        return optimisations.varargSelect() && c.args().size() == 2 && c.args().get(1) instanceof Ast.Vararg
                && !Ast.isMultiValued(c.args().get(0));
    }
}
