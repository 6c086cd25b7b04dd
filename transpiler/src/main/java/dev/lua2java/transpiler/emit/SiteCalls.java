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
 * Optimisation "site calls" ({@link Optimisations#siteCalls}). Takes a call {@code f(a, b)} whose arguments
 * are a fixed list. Produces the call itself at the call site: {@code f}, then the arguments, into
 * temporaries; {@code LuaCalls.callee} (the "attempt to call" check, after the arguments as in LuaJIT);
 * {@code fn.call(a, b)} for the first value, or {@code fn.all(a, b)} where every result is wanted
 * ({@code local x, y = f(a)}, {@code return f(a)}, {@code {f(a)}}), with the callee's error renamed as
 * the runtime helpers ({@code LuaCalls.value}, {@code all}, {@code tailAll}) do. Without it the call is
 * made inside such a helper, one method shared by every call site of the program, whose single type
 * profile sees every function called anywhere: HotSpot then dispatches through the vtable and inlines
 * nothing, and the helpers that want every result pass an argument array. At the site, the profile is the
 * site's own, so a site that always calls the same function (a module function, a library function kept in
 * a local) gets that function's code inlined. Method calls with fixed arguments are made at their sites
 * through {@link #invoke} too: always for their first value, with this optimisation for every result.
 */
final class SiteCalls {
    private SiteCalls() {
    }

    /** What a call made at its site returns, and whose name the callee's errors carry. */
    enum Ending {
        /** The first result ({@code fn.call}); errors renamed for the call site. */
        VALUE("call", false),
        /** Every result ({@code fn.all}); errors renamed for the call site. */
        ALL("all", false),
        /** {@code return f(a)} in a first-result body: the first result, through {@code LuaCalls.tailCallFirst}. */
        TAIL_VALUE("tailCallFirst", true),
        /** {@code return f(a)}: every result, through {@code LuaCalls.tailCall}. */
        TAIL_ALL("tailCall", true);

        /** The callee's method, or for a tail call the LuaCalls helper that marks it in stack traces. */
        final String entry;
        final boolean tail;

        Ending(String entry, boolean tail) {
            this.entry = entry;
            this.tail = tail;
        }
    }

    /**
     * The call as a switch expression: {@code function} the callee expression's code, {@code culprit} its
     * name for errors; {@code temps} names fresh temporaries, {@code value} writes an argument's code.
     */
    static CodeBlock call(Supplier<String> temps, Function<Expr, CodeBlock> value, CodeBlock function,
            CodeBlock culprit, List<Expr> args, Ending ending) {
        String f = temps.get();
        CodeBlock open = CodeBlock.of("switch (0) { default -> { $T $N = $L; ", Object.class, f, function);
        return CodeBlock.of("$L$L", open, invoke(temps, value, args, null,
                CodeBlock.of("$T.callee($N, $L)", CALLS, f, culprit), culprit, false, ending));
    }

    /**
     * The end of a call made at its site, inside a {@code switch (0) { default -> {} }} the caller opened:
     * the arguments into temporaries in order, the callee check {@code callee} (a {@code LuaFunction}
     * expression), {@code fn.call(receiver, args...)} or {@code fn.all(...)} (no receiver: null), and the
     * callee's error renamed with {@code what} ({@code method}: as a method's) or as from a tail call;
     * closes both braces.
     */
    static CodeBlock invoke(Supplier<String> temps, Function<Expr, CodeBlock> value, List<Expr> args, String receiver,
            CodeBlock callee, CodeBlock what, boolean method, Ending ending) {
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
        b.add("$T $N = $L; ", FUNCTION, fn, callee);
        if (ending.tail) {
            // The helper's frame tells LineMap that the caller's activation is gone; it renames errors itself.
            names.add(0, fn);
            b.add("yield $T.$L($L); } }", CALLS, ending.entry, String.join(", ", names));
        } else {
            String error = temps.get();
            b.add("try { yield $N.$L($L); } ", fn, ending.entry, String.join(", ", names));
            b.add("catch ($T $N) { throw $N.renameCallee($N, $L, $L); } } }", ERROR, error, error, fn, what, method);
        }
        return b.build();
    }
}
