package dev.lua2java.transpiler.emit;

import static dev.lua2java.transpiler.emit.RuntimeNames.CALLS;
import static dev.lua2java.transpiler.emit.RuntimeNames.ERROR;
import static dev.lua2java.transpiler.emit.RuntimeNames.FUNCTION;
import static dev.lua2java.transpiler.emit.RuntimeNames.LUA;

import com.palantir.javapoet.CodeBlock;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.Expr;
import dev.lua2java.transpiler.ast.Ast.Vararg;
import java.util.ArrayList;
import java.util.List;

/**
 * Optimisation "site calls" ({@link Optimisations#siteCalls}). Takes a call {@code f(a, b)} whose arguments
 * are a fixed list, or a fixed list and then a call ({@code f(a, g(b))}). Produces the call itself at the
 * call site: {@code f}, then the arguments, into temporaries; {@code LuaCalls.callee} (the "attempt to
 * call" check, after the arguments as in LuaJIT); {@code fn.call(a, b)} for the first value, or
 * {@code fn.all(a, b)} where every result is wanted ({@code local x, y = f(a)}, {@code return f(a)},
 * {@code {f(a)}}), with the callee's error renamed as the runtime helpers ({@code LuaCalls.value},
 * {@code all}, {@code tailAll}) do. A last argument that is a call is expanded by counting its results at
 * run time: one result (the usual case, {@code AddMod(setSource(mod, src))}) is passed like a fixed
 * argument, any other count takes the array entry point. A last argument {@code ...} goes beside the fixed
 * ones to {@code callSpread}/{@code allSpread}, so a vararg callee takes the caller's varargs as its own
 * ({@code self:SumInternal(self, modType, cfg, flags, keywordFlags, source, ...)}) instead of having them
 * copied into one argument array and out again. Without this optimisation the call is made
 * inside such a helper, one method shared by every call site of the program, whose single type profile
 * sees every function called anywhere: HotSpot then dispatches through the vtable and inlines nothing,
 * and the helpers that want every result, or take a call's results, pass argument arrays. At the site, the
 * profile is the site's own, so a site that always calls the same function (a module function, a library
 * function kept in a local) gets that function's code inlined. Method calls are made at their sites
 * through {@link #invoke} too: always for their first value with fixed arguments, with this optimisation
 * for the rest.
 */
final class SiteCalls {
    private SiteCalls() {
    }

    /** What a site call needs from the function emitter: fresh temporaries, and an argument's code. */
    interface Writer {
        String temp();

        /** The first value of {@code e}: an Object expression. */
        CodeBlock value(Expr e);

        /** Every value of a call {@code e}: an Object[] expression. */
        CodeBlock all(Expr e);
    }

    /**
     * The arguments of a call made at its site, or null when it cannot be made there: a fixed list of at most
     * {@code max} values; such a list whose last value is a call (not for a tail call, whose helpers take
     * fixed arguments only); or any number of values and then {@code ...}.
     */
    static Args argsOf(List<Expr> args, int max, Ending ending) {
        Expr last = args.isEmpty() ? null : args.get(args.size() - 1);
        if (last instanceof Vararg) {
            return new Args(args, Last.VARARGS);
        }
        if (args.size() > max) {
            return null;
        }
        if (last == null || !Ast.isMultiValued(last)) {
            return new Args(args, Last.FIXED);
        }
        return !ending.tail ? new Args(args, Last.CALL) : null;
    }

    /** What the last of a call's arguments is. */
    enum Last {
        /** A single value (or there are no arguments): every argument is fixed. */
        FIXED,
        /** A call, whose every result is passed: counted at run time. */
        CALL,
        /** {@code ...}: passed to the callee's {@code callSpread}/{@code allSpread} beside the fixed ones. */
        VARARGS
    }

    /** A call's arguments. */
    record Args(List<Expr> list, Last last) {
        boolean spreadLast() {
            return last != Last.FIXED;
        }
    }

    /** What a call made at its site returns, and whose name the callee's errors carry. */
    enum Ending {
        /** The first result ({@code fn.call}); errors renamed for the call site. */
        VALUE("call", "callSpread", false),
        /** Every result ({@code fn.all}); errors renamed for the call site. */
        ALL("all", "allSpread", false),
        /** {@code return f(a)} in a first-result body: the first result, through {@code LuaCalls.tailCallFirst}. */
        TAIL_VALUE("tailCallFirst", "tailCallSpreadFirst", true),
        /** {@code return f(a)}: every result, through {@code LuaCalls.tailCall}. */
        TAIL_ALL("tailCall", "tailCallSpread", true);

        /** The callee's method, or for a tail call the LuaCalls helper that marks it in stack traces. */
        final String entry;
        /** The same for arguments ending in {@code ...}. */
        final String spreadEntry;
        final boolean tail;

        Ending(String entry, String spreadEntry, boolean tail) {
            this.entry = entry;
            this.spreadEntry = spreadEntry;
            this.tail = tail;
        }
    }

    /**
     * The call as a switch expression: {@code function} the callee expression's code, {@code culprit} its
     * name for errors; {@code w} gives temporaries and the arguments' code.
     */
    static CodeBlock call(Writer w, CodeBlock function, CodeBlock culprit, Args args, Ending ending) {
        String f = w.temp();
        CodeBlock open = CodeBlock.of("switch (0) { default -> { $T $N = $L; ", Object.class, f, function);
        return CodeBlock.of("$L$L", open, invoke(w, args, null,
                CodeBlock.of("$T.callee($N, $L)", CALLS, f, culprit), culprit, false, ending));
    }

    /**
     * The end of a call made at its site, inside a {@code switch (0) { default -> {} }} the caller opened:
     * the arguments into temporaries in order, the callee check {@code callee} (a {@code LuaFunction}
     * expression), {@code fn.call(receiver, args...)} or {@code fn.all(...)} (no receiver: null), and the
     * callee's error renamed with {@code what} ({@code method}: as a method's) or as from a tail call;
     * closes both braces.
     */
    static CodeBlock invoke(Writer w, Args args, String receiver, CodeBlock callee, CodeBlock what, boolean method,
            Ending ending) {
        CodeBlock.Builder b = CodeBlock.builder();
        List<String> names = new ArrayList<>();
        if (receiver != null) {
            names.add(receiver);
        }
        List<Expr> fixed = args.spreadLast() ? args.list().subList(0, args.list().size() - 1) : args.list();
        for (Expr a : fixed) {
            String t = w.temp();
            names.add(t);
            b.add("$T $N = $L; ", Object.class, t, w.value(a));
        }
        String rest = null;
        if (args.spreadLast()) {
            rest = w.temp();
            b.add("$T[] $N = $L; ", Object.class, rest, w.all(args.list().get(args.list().size() - 1)));
        }
        String fn = w.temp();
        b.add("$T $N = $L; ", FUNCTION, fn, callee);
        String list = String.join(", ", names);
        if (ending.tail) {
            // The helper's frame tells LineMap that the caller's activation is gone; it renames errors itself.
            // (A tail call's arguments are fixed or end in "...", see argsOf.)
            boolean spread = args.last() == Last.VARARGS;
            CodeBlock helperArgs = spread ? CodeBlock.of("$N, new Object[] {$L}, $N", fn, list, rest)
                    : CodeBlock.of("$N$L", fn, names.isEmpty() ? "" : ", " + list);
            b.add("yield $T.$L($L); } }", CALLS, spread ? ending.spreadEntry : ending.entry, helperArgs);
        } else {
            CodeBlock call = switch (args.last()) {
                case FIXED -> CodeBlock.of("$N.$L($L)", fn, ending.entry, list);
                case CALL -> spreadCall(fn, names, rest, ending);
                case VARARGS -> CodeBlock.of("$N.$L(new Object[] {$L}, $N)", fn, ending.spreadEntry, list, rest);
            };
            String error = w.temp();
            b.add("try { yield $L; } ", call);
            b.add("catch ($T $N) { throw $N.renameCallee($N, $L, $L); } } }", ERROR, error, error, fn, what, method);
        }
        return b.build();
    }

    /**
     * {@code fn(names..., rest...)}: with one value in {@code rest}, the fixed-argument entry point; else
     * the array one ({@code callv} or {@code invoke}).
     */
    private static CodeBlock spreadCall(String fn, List<String> names, String rest, Ending ending) {
        String array = ending == Ending.ALL ? "invoke" : "callv";
        String prefix = String.join(", ", names);
        CodeBlock all = names.isEmpty() ? CodeBlock.of("$N", rest)
                : CodeBlock.of("$T.expand(new Object[] {$L}, $N)", LUA, prefix, rest);
        return CodeBlock.of("$N.length == 1 ? $N.$L($L$N[0]) : $N.$L($L)", rest, fn, ending.entry,
                names.isEmpty() ? "" : prefix + ", ", rest, fn, array, all);
    }
}
