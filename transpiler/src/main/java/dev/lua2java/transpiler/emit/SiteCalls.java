package dev.lua2java.transpiler.emit;

import static dev.lua2java.transpiler.emit.RuntimeNames.CALLS;
import static dev.lua2java.transpiler.emit.RuntimeNames.ERROR;
import static dev.lua2java.transpiler.emit.RuntimeNames.FUNCTION;

import com.palantir.javapoet.CodeBlock;
import dev.lua2java.transpiler.ast.Ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Optimisation "site calls" ({@link Optimisations#siteCalls}). Takes a call {@code f(a, b)} whose first
 * value is used and whose arguments are a fixed list. Produces the call itself at the call site:
 * {@code f}, then the arguments, into temporaries; {@code LuaCalls.callee} (the "attempt to call" check,
 * after the arguments as in LuaJIT); {@code fn.call(a, b)} with the callee's error renamed as
 * {@code LuaCalls.value} does. Without it the call is made inside {@code LuaCalls.value}, one method shared
 * by every call site of the program, whose single type profile sees every function called anywhere: HotSpot
 * then dispatches through the vtable and inlines nothing. At the site, the profile is the site's own, so a
 * site that always calls the same function (a module function, a library function kept in a local) gets
 * that function's code inlined. Method calls are always made at their sites, through {@link #invoke} too.
 */
final class SiteCalls {
    private SiteCalls() {
    }

    /**
     * The call as a switch expression: {@code function} the callee expression's code, {@code culprit} its
     * name for errors; {@code temps} names fresh temporaries, {@code value} writes an argument's code.
     */
    static CodeBlock call(Supplier<String> temps, Function<Expr, CodeBlock> value, CodeBlock function,
            CodeBlock culprit, List<Expr> args) {
        String f = temps.get();
        CodeBlock open = CodeBlock.of("switch (0) { default -> { $T $N = $L; ", Object.class, f, function);
        return CodeBlock.of("$L$L", open, invoke(temps, value, args, null,
                CodeBlock.of("$T.callee($N, $L)", CALLS, f, culprit), culprit, false));
    }

    /**
     * The end of a call made at its site, inside a {@code switch (0) { default -> {} }} the caller opened:
     * the arguments into temporaries in order, the callee check {@code callee} (a {@code LuaFunction}
     * expression), {@code fn.call(receiver, args...)} (no receiver: null), and the callee's error renamed
     * with {@code what} ({@code method}: as a method's); closes both braces.
     */
    static CodeBlock invoke(Supplier<String> temps, Function<Expr, CodeBlock> value, List<Expr> args, String receiver,
            CodeBlock callee, CodeBlock what, boolean method) {
        CodeBlock.Builder b = CodeBlock.builder();
        List<String> names = new ArrayList<>();
        if (receiver != null) {
            names.add(receiver);
        }
        for (Expr a : args) {
            String t = temps.get();
            names.add(t);
            b.add("$T $N = $L; ", Object.class, t, value.apply(a));
        }
        String fn = temps.get();
        String error = temps.get();
        b.add("$T $N = $L; ", FUNCTION, fn, callee);
        b.add("try { yield $N.call($L); } ", fn, String.join(", ", names));
        b.add("catch ($T $N) { throw $N.renameCallee($N, $L, $L); } } }", ERROR, error, error, fn, what, method);
        return b.build();
    }
}
