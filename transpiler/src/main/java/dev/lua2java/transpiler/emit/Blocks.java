package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.ast.Ast.*;
import java.util.ArrayList;
import java.util.List;

/** The blocks directly inside a statement (not inside nested functions). */
final class Blocks {
    private Blocks() {
    }

    static List<Block> children(Stat s) {
        if (s instanceof Do d) {
            return List.of(d.body());
        }
        if (s instanceof While w) {
            return List.of(w.body());
        }
        if (s instanceof Repeat r) {
            return List.of(r.body());
        }
        if (s instanceof NumericFor f) {
            return List.of(f.body());
        }
        if (s instanceof GenericFor f) {
            return List.of(f.body());
        }
        if (s instanceof If i) {
            List<Block> blocks = new ArrayList<>(i.blocks());
            if (i.orElse() != null) {
                blocks.add(i.orElse());
            }
            return blocks;
        }
        return List.of();
    }

    /** True when {@code s} or a statement nested in it (not in nested functions) satisfies the test. */
    static boolean anyStatement(Stat s, java.util.function.Predicate<Stat> test) {
        if (test.test(s)) {
            return true;
        }
        for (Block b : children(s)) {
            for (Stat inner : b.stats()) {
                if (anyStatement(inner, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isLoop(Stat s) {
        return s instanceof While || s instanceof Repeat || s instanceof NumericFor || s instanceof GenericFor;
    }
}
