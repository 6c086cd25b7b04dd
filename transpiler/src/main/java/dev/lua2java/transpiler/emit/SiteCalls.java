package dev.lua2java.transpiler.emit;

import static dev.lua2java.transpiler.emit.RuntimeNames.CALLS;
import static dev.lua2java.transpiler.emit.RuntimeNames.ERROR;
import static dev.lua2java.transpiler.emit.RuntimeNames.FUNCTION;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
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
 * that function's code inlined. Method calls are made at the site already.
 */
final class SiteCalls {
    private SiteCalls() {
    }

    /** The call as a switch expression; {@code temps} names fresh temporaries, {@code culprit} the callee. */
    static CodeBlock call(Supplier<String> temps, CodeBlock function, CodeBlock culprit, List<CodeBlock> args) {
        String f = temps.get();
        CodeBlock.Builder b = CodeBlock.builder().add("switch (0) { default -> { $T $N = $L; ", Object.class, f, function);
        List<String> names = new ArrayList<>();
        for (CodeBlock a : args) {
            String t = temps.get();
            names.add(t);
            b.add("$T $N = $L; ", Object.class, t, a);
        }
        String fn = temps.get();
        String error = temps.get();
        b.add("$T $N = $T.callee($N, $L); ", FUNCTION, fn, CALLS, f, culprit);
        b.add("try { yield $N.call(", fn);
        for (int i = 0; i < names.size(); i++) {
            b.add(i > 0 ? ", $N" : "$N", names.get(i));
        }
        b.add("); } catch ($T $N) { throw $N.renameCallee($N, $L, false); } } }", ERROR, error, error, fn, culprit);
        return b.build();
    }
}
