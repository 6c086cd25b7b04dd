package dev.lua2java.transpiler.analysis;

import dev.lua2java.transpiler.ast.Ast;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scope resolution for one chunk: what each name refers to, which locals each
 * declaration introduces, each function's upvalues, and where each goto jumps. Keys are AST nodes by identity.
 */
public final class Scopes {
    final Map<Ast.Name, VarRef> refs = new IdentityHashMap<>();
    final Map<Object, List<LocalVar>> declarations = new IdentityHashMap<>();
    final Map<Ast.Function, FunctionInfo> functions = new IdentityHashMap<>();
    final Map<Ast.Goto, Ast.Label> gotoTargets = new IdentityHashMap<>();
    final List<FunctionInfo> functionOrder = new java.util.ArrayList<>();
    final Map<Ast.Function, LocalVar> localFunctionNames = new IdentityHashMap<>();

    /** The local a {@code local function name} statement declares for this function, or null. */
    public LocalVar localFunctionName(Ast.Function f) {
        return localFunctionNames.get(f);
    }

    public VarRef ref(Ast.Name name) {
        return refs.get(name);
    }

    /** Locals declared by a Local, LocalFunction, NumericFor or GenericFor statement. */
    public List<LocalVar> declared(Ast.Stat declaration) {
        return declarations.get(declaration);
    }

    public FunctionInfo function(Ast.Function f) {
        return functions.get(f);
    }

    /** All functions, the main chunk first, in source order. */
    public List<FunctionInfo> functions() {
        return functionOrder;
    }

    public boolean isGotoTarget(Ast.Label label) {
        return gotoTargets.containsValue(label);
    }

    public Ast.Label target(Ast.Goto g) {
        return gotoTargets.get(g);
    }
}
