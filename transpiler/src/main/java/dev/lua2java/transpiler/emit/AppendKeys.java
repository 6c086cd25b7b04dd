package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.analysis.VarRef;
import dev.lua2java.transpiler.ast.Ast;

/**
 * Optimisation "append keys" ({@link Optimisations#appendKeys}). Takes the target {@code t[k]} of an
 * assignment and recognises Lua's append idiom {@code t[#t + 1] = v} with {@code t} a local variable or
 * upvalue, whose two reads give the same table. Its key is then {@code Lua.appendKey(t, culprit)}: the
 * table's length plus one from the shared number boxes, without a boxed length or an arithmetic dispatch,
 * computed before {@code v} as Lua computes it. Off, or for anything else (a global, two different
 * tables), the key is evaluated as written.
 */
final class AppendKeys {
    private AppendKeys() {
    }

    static boolean applies(Optimisations optimisations, Ast.Index ix, Scopes scopes) {
        if (!optimisations.appendKeys() || !(ix.object() instanceof Ast.Name table)) {
            return false;
        }
        return ix.key() instanceof Ast.Binary add && add.op() == Ast.BinaryOp.ADD
                && add.left() instanceof Ast.Unary len && len.op() == Ast.UnaryOp.LEN
                && len.operand() instanceof Ast.Name counted
                && add.right() instanceof Ast.Num one && one.value() == 1
                && !(scopes.ref(table) instanceof VarRef.Global) && scopes.ref(table).equals(scopes.ref(counted));
    }
}
