package dev.lua2java.runtime.lib;

import static dev.lua2java.runtime.lib.LibArgs.*;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaCoroutine;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;

/**
 * Lua's {@code coroutine} library with LuaJIT 2.1 semantics (create, resume, yield, status, wrap, running,
 * isyieldable); the coroutines themselves are {@link LuaCoroutine}s, one platform thread per live
 * coroutine (see there for why and what it costs).
 *
 * <p>LuaJIT details matched: {@code coroutine.running()} outside any coroutine returns one nil (LuaJIT
 * 2.1 without 5.2 compatibility), inside it returns just the coroutine; resuming a running or normal
 * coroutine gives {@code false, "cannot resume running coroutine"} (LuaJIT's message, not Lua 5.1's
 * "non-suspended"); {@code yield} outside a coroutine raises {@code attempt to yield across C-call
 * boundary} with the caller's position; a function made by {@code wrap} re-raises a string error of the
 * coroutine with the position of its own caller prepended ({@code f.lua:9: f.lua:3: boom}) and any other
 * error value unchanged, and raises {@code cannot resume dead coroutine} the same way; argument errors
 * read {@code bad argument #1 to 'resume' (coroutine expected)}.
 *
 * <p>Yields across library callbacks that LuaJIT rejects as C call boundaries are refused here too
 * (see {@link LuaCoroutine}).
 */
public final class CoroutineLib {
    private CoroutineLib() {
    }

    public static LuaTable install(LuaTable globals) {
        LuaTable co = new LuaTable();
        define(co, "create", args -> results(new LuaCoroutine(checkFunction(args, 0, "create"))));
        define(co, "resume", args -> checkCoroutine(args, "resume").resume(Lua.rest(args, 1)));
        define(co, "yield", LuaCoroutine::yield);
        define(co, "status", args -> results(checkCoroutine(args, "status").status().luaName()));
        define(co, "running", args -> results(LuaCoroutine.running()));
        define(co, "isyieldable", args -> results(Lua.bool(LuaCoroutine.isYieldable())));
        define(co, "wrap", args -> results(wrap(new LuaCoroutine(checkFunction(args, 0, "wrap")))));
        globals.set("coroutine", co);
        return co;
    }

    private static LuaCoroutine checkCoroutine(Object[] args, String fname) {
        if (args.length > 0 && args[0] instanceof LuaCoroutine c) {
            return c;
        }
        throw badArgument(0, fname, "coroutine expected");
    }

    /** The function returned by {@code coroutine.wrap}: resumes and returns the values, or raises. */
    private static LibFunction wrap(LuaCoroutine co) {
        return new LibFunction("wrap_aux", args -> {
            Object[] r = co.resume(args);
            if (r[0] == Boolean.TRUE) {
                return Lua.rest(r, 1);
            }
            Object error = r[1];
            throw error instanceof String ? LuaError.at(error, 1) : LuaError.ofValue(error);
        });
    }
}
