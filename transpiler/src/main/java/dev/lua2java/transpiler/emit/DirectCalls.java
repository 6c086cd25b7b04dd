package dev.lua2java.transpiler.emit;

import dev.lua2java.transpiler.analysis.LocalVar;
import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.analysis.VarRef;
import dev.lua2java.transpiler.ast.Ast;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Optimisation "direct calls" ({@link Optimisations#directCalls}). Takes a call {@code f(...)} whose
 * callee is a local declared by {@code local function f} and never assigned again: wherever such a call
 * can be written, the variable holds a closure of that one function. Produces the target of a direct
 * call of the callee's body method, {@code ((F3_f) f).run(a, b)}: no dispatch through
 * {@code LuaFunction.call}, no argument or result array, no error-renaming wrapper (only library
 * functions' argument errors are renamed), and a receiver class HotSpot knows at the site, so it can
 * inline the callee. Calls that do not fit keep the generic path: more arguments than parameters (they
 * are evaluated and dropped), a multi-valued last argument, a tail call ({@code return f(...)}: the
 * caller's frame must be visible as a tail call for error positions), a callee that makes tail calls
 * itself (the call site names a tail-called library function in its argument errors, which needs the
 * generic call's error handler), or off.
 */
final class DirectCalls {
    /** The callee's body method: its class, parameter count, varargs, and what it returns. */
    record Target(String className, int params, boolean vararg, ReturnShape shape) {
    }

    private final boolean enabled;
    private final Scopes scopes;
    private final Map<LocalVar, Ast.Function> functions = new IdentityHashMap<>();
    private final Map<Ast.Function, ReturnShape> shapes = new IdentityHashMap<>();
    private final Reachability reachability;

    DirectCalls(boolean enabled, Scopes scopes) {
        this.enabled = enabled;
        this.scopes = scopes;
        this.reachability = new Reachability(scopes);
        for (var f : scopes.functions()) {
            LocalVar name = scopes.localFunctionName(f.function);
            if (name != null && !name.reassigned() && !makesTailCalls(f.function)) {
                functions.put(name, f.function);
            }
        }
    }

    private static boolean makesTailCalls(Ast.Function f) {
        return f.body().stats().stream().anyMatch(s -> Blocks.anyStatement(s, inner -> inner instanceof Ast.Return r
                && r.values().size() == 1 && (r.values().get(0) instanceof Ast.Call || r.values().get(0) instanceof Ast.MethodCall)));
    }

    /** The direct target of a call, or null when the call keeps the generic path. */
    Target target(Ast.Call c, ChunkEmitter chunk) {
        if (!enabled || !(c.function() instanceof Ast.Name n)) {
            return null;
        }
        VarRef ref = scopes.ref(n);
        LocalVar v = ref instanceof VarRef.Local l ? l.var() : ref instanceof VarRef.Upvalue u ? u.var() : null;
        Ast.Function f = v == null ? null : functions.get(v);
        if (f == null) {
            return null;
        }
        int args = c.args().size();
        if (args > f.params().size() && !f.vararg() || args > 0 && Ast.isMultiValued(c.args().get(args - 1))) {
            return null;
        }
        ReturnShape shape = shapes.computeIfAbsent(f, fn -> ReturnShape.of(fn, false, reachability));
        return new Target(chunk.classNameOf(f), f.params().size(), f.vararg(), shape);
    }
}
