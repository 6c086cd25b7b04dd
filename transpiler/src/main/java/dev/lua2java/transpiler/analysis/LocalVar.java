package dev.lua2java.transpiler.analysis;

import dev.lua2java.transpiler.ast.Ast;

/**
 * One Lua local variable (a declaration, not a name): where it lives and how closures use it.
 * Mutable only while {@link ScopeResolver} runs; read-only afterwards.
 */
public final class LocalVar {
    public final String name;
    public final int id;
    public final Ast.Function owner;
    public final Ast.Pos declared;
    boolean captured;
    boolean reassigned;
    boolean capturedBeforeAssigned;

    LocalVar(String name, int id, Ast.Function owner, Ast.Pos declared) {
        this.name = name;
        this.id = id;
        this.owner = owner;
        this.declared = declared;
    }

    /** Some inner function reads or writes this variable. */
    public boolean captured() {
        return captured;
    }

    /** The variable is assigned after its declaration. */
    public boolean reassigned() {
        return reassigned;
    }

    /** Captured and reassigned: closures and the declaring function share a cell. */
    public boolean needsCell() {
        return captured && reassigned;
    }

    /** {@code local function f} whose body refers to f itself: inside f, f is {@code this}. */
    public boolean selfReferencingFunction() {
        return capturedBeforeAssigned && !reassigned;
    }

    @Override
    public String toString() {
        return name + "#" + id + (needsCell() ? " cell" : captured ? " captured" : "")
                + (reassigned ? " reassigned" : "") + (selfReferencingFunction() ? " self" : "");
    }
}
