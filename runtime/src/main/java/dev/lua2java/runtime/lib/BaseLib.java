package dev.lua2java.runtime.lib;

import static dev.lua2java.runtime.lib.LibArgs.*;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaCalls;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Lua's base library (print, type, tostring, tonumber, pairs, ipairs, next, select, unpack, raw*,
 * setmetatable, getmetatable, pcall, xpcall, error, assert, collectgarbage) with LuaJIT 2.1 semantics.
 * {@code __pairs}/{@code __ipairs} are ignored, as in LuaJIT built without 5.2 compatibility.
 */
public final class BaseLib {
    /** {@code next}: stateless, so one instance serves every Lua state; generic for recognises it. */
    public static final LibFunction NEXT = new LibFunction("next", BaseLib::next);

    /** The iterator {@code ipairs} returns; generic for recognises it and iterates without calls. */
    public static final LibFunction IPAIRS_STEP = new LibFunction("ipairs_aux", BaseLib::ipairsStep);

    /** {@code select}: stateless; {@code select(i, ...)} and {@code select("#", ...)} recognise it. */
    public static final LibFunction SELECT = new LibFunction("select", BaseLib::select);

    /** The control value ipairs starts from, boxed once: every generic {@code for} over ipairs returns it. */
    public static final Double IPAIRS_START = 0.0;

    /** {@code pairs}: stateless; a generic {@code for} over {@code pairs(t)} sets itself up without calling it. */
    public static final LibFunction PAIRS = new LibFunction("pairs", args -> results(NEXT, iterated(args, "pairs"), null));

    /** {@code ipairs}: stateless, recognised like {@link #PAIRS}. */
    public static final LibFunction IPAIRS =
            new LibFunction("ipairs", args -> results(IPAIRS_STEP, iterated(args, "ipairs"), IPAIRS_START));

    /** The table pairs or ipairs iterates: LuaJIT checks it there, not in the first step of the loop. */
    private static LuaTable iterated(Object[] args, String fname) {
        any(args, 0, fname);
        return checkTable(args, 0, fname);
    }

    private BaseLib() {
    }

    public static void install(LuaTable g, OutputStream out) {
        g.set("_G", g);
        g.set("_VERSION", "Lua 5.1");
        define(g, new LibFunction("type", args -> results(Lua.type(any(args, 0, "type")))) {
            @Override
            protected Object fast1(Object v) {
                return Lua.type(v);
            }
        });
        define(g, new LibFunction("tostring", BaseLib::tostring) {
            @Override
            protected Object fast1(Object v) {
                // Strings and numbers, which have no __tostring to call.
                return v instanceof String || v instanceof Double ? Lua.tostringValue(v) : GENERAL;
            }
        });
        define(g, "print", args -> print(out, g, args));
        define(g, new LibFunction("tonumber", BaseLib::tonumber) {
            @Override
            protected Object fast1(Object v) {
                // Every value: with one argument the general body is Lua.tonumber too (nil for nil and tables).
                return Lua.tonumber(v);
            }
        });
        g.set("next", NEXT);
        g.set("pairs", PAIRS);
        g.set("ipairs", IPAIRS);
        g.set("select", SELECT);
        define(g, "unpack", BaseLib::unpack);
        define(g, "rawget", args -> results(checkTable(args, 0, "rawget").get(any(args, 1, "rawget"))));
        define(g, "rawset", args -> {
            LuaTable t = checkTable(args, 0, "rawset");
            any(args, 2, "rawset");
            t.set(args[1], args[2]);
            return results(t);
        });
        define(g, "rawequal", args -> results(Lua.bool(Lua.rawequal(any(args, 0, "rawequal"), any(args, 1, "rawequal")))));
        define(g, "setmetatable", BaseLib::setmetatable);
        define(g, "getmetatable", BaseLib::getmetatable);
        define(g, "pcall", BaseLib::pcall);
        define(g, "xpcall", BaseLib::xpcall);
        define(g, "error", args -> {
            Object value = Lua.arg(args, 0);
            int level = (int) optInteger(args, 1, "error", 1);
            throw level > 0 ? LuaError.at(value, level) : LuaError.ofValue(value);
        });
        define(g, "assert", args -> {
            if (args.length == 0) {
                throw badArgument(0, "assert", "value expected");
            }
            if (Lua.truthy(args[0])) {
                return args;
            }
            if (args.length > 1) {
                throw LuaError.at(args[1], 1);
            }
            throw LuaError.at("assertion failed!", 1);
        });
        define(g, "collectgarbage", args -> {
            String opt = optString(args, 0, "collectgarbage", "collect");
            Runtime rt = Runtime.getRuntime();
            if (opt.equals("count")) {
                double kb = (rt.totalMemory() - rt.freeMemory()) / 1024.0;
                return results(kb);
            }
            return results(0.0);
        });
    }

    /**
     * {@code tostring(v)}. With a {@code __tostring} metamethod, LuaJIT's tostring tail-calls it: every
     * result comes back as it is (a table, nil, two values), and for error levels the metamethod's caller
     * is tostring's caller (the tail call leaves tostring no activation, see LineMap).
     */
    private static Object[] tostring(Object[] args) {
        Object v = any(args, 0, "tostring");
        LuaTable mt = Lua.getMetatableRaw(v);
        Object h = mt == null ? null : mt.get("__tostring");
        if (h != null) {
            return LuaCalls.tailCall(LuaCalls.callee(h, null), v);
        }
        return results(Lua.tostringValue(v));
    }

    /**
     * {@code print(...)} as LuaJIT's: each value goes through the global {@code tostring}, whatever it is
     * now, looked up once per call (the built-in one's fast body is LuaJIT's shortcut for strings and
     * numbers). A result that is neither a string nor a number is an error.
     */
    private static Object[] print(OutputStream out, LuaTable g, Object[] args) {
        Object tostring = Lua.index(g, "tostring"); // called only when there is a value to convert
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object text = LuaCalls.callee(tostring, null).call(args[i]);
            if (!(text instanceof String) && !(text instanceof Double)) {
                throw LuaError.runtime("'tostring' must return a string to 'print'");
            }
            line.append(Lua.tostring(text));
        }
        line.append('\n');
        byte[] bytes = new byte[line.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) line.charAt(i);
        }
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Lua.NONE;
    }

    private static Object[] tonumber(Object[] args) {
        Object v = any(args, 0, "tonumber");
        if (args.length < 2 || args[1] == null) {
            return results(Lua.tonumber(v));
        }
        long base = checkInteger(args, 1, "tonumber");
        if (base == 10) {
            return results(Lua.tonumber(v));
        }
        if (base < 2 || base > 36) {
            throw badArgument(1, "tonumber", "base out of range");
        }
        String s = checkString(args, 0, "tonumber");
        return results(NumberText.parse(s, (int) base));
    }

    private static Object[] next(Object[] args) {
        LuaTable t = checkTable(args, 0, "next");
        Object[] entry = new Object[2];
        if (t.next(Lua.arg(args, 1), entry)) {
            return entry;
        }
        return results((Object) null);
    }

    private static Object[] ipairsStep(Object[] args) {
        LuaTable t = checkTable(args, 0, "ipairs_aux");
        double i = checkNumber(args, 1, "ipairs_aux") + 1;
        Object v = t.get(i);
        return v == null ? Lua.NONE : results(i, v);
    }

    private static Object[] select(Object[] args) {
        Object n = Lua.arg(args, 0);
        if (n instanceof String s && s.startsWith("#")) {
            return results((double) (args.length - 1));
        }
        long i = checkInteger(args, 0, "select");
        if (i < 0) {
            i = args.length - 1 + i;
            if (i < 0) {
                throw badArgument(0, "select", "index out of range");
            }
        } else if (i == 0) {
            throw badArgument(0, "select", "index out of range");
        } else {
            i--;
        }
        return Lua.rest(args, (int) Math.min(i + 1, args.length));
    }

    private static Object[] unpack(Object[] args) {
        LuaTable t = checkTable(args, 0, "unpack");
        long i = optInteger(args, 1, "unpack", 1);
        long j = args.length > 2 && args[2] != null ? checkInteger(args, 2, "unpack") : t.length();
        if (i > j) {
            return Lua.NONE;
        }
        long n = j - i + 1;
        if (n >= 8000000 || n <= 0) {
            throw LuaError.runtime("too many results to unpack");
        }
        Object[] r = new Object[(int) n];
        for (int k = 0; k < n; k++) {
            r[k] = t.get((double) (i + k));
        }
        return r;
    }

    private static Object[] setmetatable(Object[] args) {
        LuaTable t = checkTable(args, 0, "setmetatable");
        Object mt = Lua.arg(args, 1);
        if (args.length < 2 || (mt != null && !(mt instanceof LuaTable))) {
            throw badArgument(1, "setmetatable", "nil or table expected");
        }
        if (t.metatable != null && t.metatable.get("__metatable") != null) {
            throw LuaError.runtime("cannot change a protected metatable");
        }
        t.metatable = (LuaTable) mt;
        return results(t);
    }

    private static Object[] getmetatable(Object[] args) {
        LuaTable mt = Lua.getMetatableRaw(any(args, 0, "getmetatable"));
        if (mt == null) {
            return results((Object) null);
        }
        Object protectedValue = mt.get("__metatable");
        return results(protectedValue != null ? protectedValue : mt);
    }

    /** pcall/xpcall raise "attempt to call" themselves, as a C function: no position. */
    private static LuaFunction protectedCallee(Object f) {
        try {
            return Lua.callable(f, null);
        } catch (LuaError e) {
            throw LuaError.ofValue(e.value().toString().replaceFirst("^[^ ]*:\\d+: ", ""));
        }
    }

    private static Object[] pcall(Object[] args) {
        Object f = any(args, 0, "pcall");
        try {
            return Lua.expand(new Object[] {Boolean.TRUE}, protectedCallee(f).invoke(Lua.rest(args, 1)));
        } catch (LuaError e) {
            if (f instanceof LuaFunction fn) {
                e.fromCallerWithoutLine(fn);
            }
            return results(Boolean.FALSE, e.value());
        } catch (StackOverflowError e) {
            return results(Boolean.FALSE, "stack overflow");
        }
    }

    private static Object[] xpcall(Object[] args) {
        Object f = any(args, 0, "xpcall");
        Object handler = any(args, 1, "xpcall");
        try {
            return Lua.expand(new Object[] {Boolean.TRUE}, protectedCallee(f).invoke(Lua.rest(args, 2)));
        } catch (LuaError e) {
            return handle(handler, e.value());
        } catch (StackOverflowError e) {
            return handle(handler, "stack overflow");
        }
    }

    /** xpcall's handler result: one value; an error inside the handler is "error in error handling". */
    private static Object[] handle(Object handler, Object error) {
        try {
            return results(Boolean.FALSE, Lua.first(Lua.invoke(handler, new Object[] {error})));
        } catch (LuaError | StackOverflowError inHandler) {
            return results(Boolean.FALSE, "error in error handling");
        }
    }
}
