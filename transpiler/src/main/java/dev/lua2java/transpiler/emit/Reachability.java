package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.ast.Ast.*;

/**
 * Mirrors javac's reachability rules on the Lua AST, so the emitter never writes a statement javac would
 * call unreachable and knows when a method needs a final return. Loops always complete normally because
 * generated loop conditions are never compile-time constants.
 */
final class Reachability {
    private final Scopes scopes;

    Reachability(Scopes scopes) {
        this.scopes = scopes;
    }

    /**
     * True when control can reach the end of the block. A label that a goto targets ends a Java labelled
     * block, so control reaches it again after a goto or return before it.
     */
    boolean completesNormally(Block b) {
        boolean reachable = true;
        for (Stat s : b.stats()) {
            if (s instanceof Label l && scopes.isGotoTarget(l)) {
                reachable = true;
            } else if (reachable && !completesNormally(s)) {
                reachable = false;
            }
        }
        return reachable;
    }

    boolean completesNormally(Stat s) {
        if (s instanceof Return || s instanceof Break || s instanceof Goto) {
            return false;
        }
        if (s instanceof Do d) {
            return completesNormally(d.body());
        }
        if (s instanceof If i) {
            if (i.orElse() == null) {
                return true;
            }
            for (Block b : i.blocks()) {
                if (completesNormally(b)) {
                    return true;
                }
            }
            return completesNormally(i.orElse());
        }
        return true;
    }
}
