package dev.lua2java.transpiler.analysis;

/** What a name in an expression refers to. */
public sealed interface VarRef {
    /** A local of the function where the name appears. */
    record Local(LocalVar var) implements VarRef {
    }

    /** A local of an enclosing function. */
    record Upvalue(LocalVar var) implements VarRef {
    }

    /** A global: a field of the function's environment table. */
    record Global(String name) implements VarRef {
    }

    /** How LuaJIT names the variable in error messages: {@code local 'x'}, {@code upvalue 'x'}, {@code global 'x'}. */
    default String describe() {
        if (this instanceof Local l) {
            return "local '" + l.var().name + "'";
        }
        if (this instanceof Upvalue u) {
            return "upvalue '" + u.var().name + "'";
        }
        return "global '" + ((Global) this).name() + "'";
    }
}
