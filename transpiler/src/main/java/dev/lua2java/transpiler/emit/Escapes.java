package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.ast.Ast.*;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a statement jumps out of itself (a {@code break} of an enclosing loop, a {@code goto}
 * to a label outside it). Such a statement cannot be moved into a separate method when a large function
 * is split, because Java cannot break out of a method.
 */
final class Escapes {
    private final Scopes scopes;
    private final Map<Stat, Boolean> cache = new IdentityHashMap<>();

    Escapes(Scopes scopes) {
        this.scopes = scopes;
    }

    boolean escapes(Stat s) {
        Boolean cached = cache.get(s);
        if (cached != null) {
            return cached;
        }
        Set<Label> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        collectLabels(s, inside);
        boolean result = jumpsOut(s, inside, false);
        cache.put(s, result);
        return result;
    }

    private static void collectLabels(Stat s, Set<Label> into) {
        if (s instanceof Label l) {
            into.add(l);
        }
        for (Block b : Blocks.children(s)) {
            for (Stat inner : b.stats()) {
                collectLabels(inner, into);
            }
        }
    }

    private boolean jumpsOut(Stat s, Set<Label> inside, boolean inLoop) {
        if (s instanceof Break) {
            return !inLoop;
        }
        if (s instanceof Goto g) {
            return !inside.contains(scopes.target(g));
        }
        boolean loop = inLoop || Blocks.isLoop(s);
        for (Block b : Blocks.children(s)) {
            for (Stat inner : b.stats()) {
                if (jumpsOut(inner, inside, loop)) {
                    return true;
                }
            }
        }
        return false;
    }
}
