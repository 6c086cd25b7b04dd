package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.*;

/**
 * How many values a Lua function returns, decided from its return statements, so the generated body
 * method can return nothing ({@code void}), one value ({@code Object}) without allocating, or all values
 * ({@code Object[]}).
 */
enum ReturnShape {
    /** No return statement carries a value. */
    VOID,
    /** Every return carries exactly one single-valued expression and the end of the body is unreachable. */
    SINGLE,
    /** Anything else. */
    MULTI;

    static ReturnShape of(Function f, boolean mainChunk, Reachability reachability) {
        if (mainChunk) {
            return MULTI;
        }
        int[] counts = new int[3]; // no values, one single value, other
        countReturns(f.body(), counts);
        if (counts[1] == 0 && counts[2] == 0) {
            return VOID;
        }
        if (counts[0] == 0 && counts[2] == 0 && !reachability.completesNormally(f.body())) {
            return SINGLE;
        }
        return MULTI;
    }

    private static void countReturns(Block b, int[] counts) {
        for (Stat s : b.stats()) {
            if (s instanceof Return r) {
                if (r.values().isEmpty()) {
                    counts[0]++;
                } else if (r.values().size() == 1 && !Ast.isMultiValued(r.values().get(0))) {
                    counts[1]++;
                } else {
                    counts[2]++;
                }
            }
            for (Block inner : Blocks.children(s)) {
                countReturns(inner, counts);
            }
        }
    }
}
