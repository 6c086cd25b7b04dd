package dev.lua2java.transpiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import javax.lang.model.element.Modifier;

/**
 * Optimisation "field hints" ({@link Optimisations#fieldHints}). Takes the field accesses whose key is a
 * constant string, {@code t.name}, {@code t["name"] = v}, a global, the method of {@code o:m()}, and gives
 * each one a slot of the chunk's {@code int[] H$}. At run time the slot remembers at which hash entry
 * the key was last found ({@code LuaTable.get(String, int[], int)}): tables built by the same code keep
 * their keys in the same insertion order, so most sites find the key at the remembered entry with one
 * identity comparison instead of hashing and probing. Off, the sites are emitted as plain lookups.
 */
final class FieldHints {
    static final String FIELD = "H$";

    private final boolean enabled;
    private int sites;

    FieldHints(boolean enabled) {
        this.enabled = enabled;
    }

    /** The arguments {@code H$, n} naming a fresh site; null when the optimisation is off. */
    CodeBlock nextSite() {
        return enabled ? CodeBlock.of("$L, $L", FIELD, sites++) : null;
    }

    /** A fresh site for an index whose key is {@code key}: null for a key that is no constant string, or off. */
    CodeBlock siteFor(dev.lua2java.transpiler.ast.Ast.Expr key) {
        return key instanceof dev.lua2java.transpiler.ast.Ast.Str ? nextSite() : null;
    }

    /** The chunk's hint array, or null when no site was emitted. */
    FieldSpec field() {
        if (sites == 0) {
            return null;
        }
        return FieldSpec.builder(int[].class, FIELD, Modifier.STATIC, Modifier.FINAL)
                .initializer("new int[$L]", sites)
                .build();
    }
}
