package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.ast.Ast;

/**
 * Optimisation "loop setup" ({@link Optimisations#loopSetup}). Takes a generic {@code for} whose
 * expression list is one call with one argument, as in {@code for k, v in pairs(t)}, and gives the call
 * to the emitter, which writes {@code LuaCalls.forPrep(f, culprit, arg, results)}: the iterator, state
 * and control land in the loop's results buffer, and {@code pairs}/{@code ipairs} of a table are
 * recognised at run time and not called at all (no argument or result array per loop). When the
 * argument is itself a call or {@code ...} ({@code ipairs(s:split(","))}), its values come as an array
 * to {@code LuaCalls.forPrepAll}, which does the same with a table first and otherwise makes the call
 * (the count of values matters: {@code ipairs()} of nothing says "value expected"). Off, or for any
 * other expression list, the call's results come back as an array.
 */
final class LoopSetup {
    private LoopSetup() {
    }

    /** The call to set the loop up with, or null when the optimisation does not apply. */
    static Ast.Call call(Optimisations optimisations, Ast.GenericFor f) {
        if (!optimisations.loopSetup() || f.values().size() != 1) {
            return null;
        }
        return f.values().get(0) instanceof Ast.Call c && c.args().size() == 1 ? c : null;
    }
}
