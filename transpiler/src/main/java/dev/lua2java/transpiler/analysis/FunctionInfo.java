package dev.lua2java.transpiler.analysis;

import dev.lua2java.transpiler.ast.Ast;
import java.util.ArrayList;
import java.util.List;

/** What the scope resolver learned about one Lua function: its number, parameters and upvalues. */
public final class FunctionInfo {
    public final Ast.Function function;
    public final int number;
    public final FunctionInfo parent;
    public final List<LocalVar> params = new ArrayList<>();
    /** Locals of enclosing functions this function uses, in first-use order. */
    public final List<LocalVar> upvalues = new ArrayList<>();

    FunctionInfo(Ast.Function function, int number, FunctionInfo parent) {
        this.function = function;
        this.number = number;
        this.parent = parent;
    }
}
