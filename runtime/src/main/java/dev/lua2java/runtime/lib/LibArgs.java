package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;

/**
 * Argument checks for library functions, with LuaJIT's messages:
 * {@code bad argument #1 to 'sub' (string expected, got nil)}. Positions are 0-based here, 1-based in text.
 */
public final class LibArgs {
    private LibArgs() {
    }

    public static Object[] results(Object... values) {
        return values;
    }

    public static LuaError badArgument(int i, String fname, String detail) {
        return LuaError.badArgument(i + 1, fname, detail);
    }

    public static LuaError typeMismatch(Object[] args, int i, String fname, String expected) {
        String got = i < args.length ? Lua.type(args[i]) : "no value";
        return badArgument(i, fname, expected + " expected, got " + got);
    }

    public static Object any(Object[] args, int i, String fname) {
        if (i >= args.length) {
            throw badArgument(i, fname, "value expected");
        }
        return args[i];
    }

    public static String checkString(Object[] args, int i, String fname) {
        Object v = i < args.length ? args[i] : null;
        String s = Lua.tostringCoerce(v);
        if (s == null) {
            throw typeMismatch(args, i, fname, "string");
        }
        return s;
    }

    public static String optString(Object[] args, int i, String fname, String dflt) {
        return i < args.length && args[i] != null ? checkString(args, i, fname) : dflt;
    }

    public static double checkNumber(Object[] args, int i, String fname) {
        Object v = i < args.length ? args[i] : null;
        Double d = Lua.tonumber(v);
        if (d == null) {
            throw typeMismatch(args, i, fname, "number");
        }
        return d;
    }

    public static double optNumber(Object[] args, int i, String fname, double dflt) {
        return i < args.length && args[i] != null ? checkNumber(args, i, fname) : dflt;
    }

    /** An integer argument: LuaJIT converts to a 32-bit integer (out of range gives -2^31). */
    public static long checkInteger(Object[] args, int i, String fname) {
        return NumberText.toInt32(checkNumber(args, i, fname));
    }

    public static long optInteger(Object[] args, int i, String fname, long dflt) {
        return i < args.length && args[i] != null ? checkInteger(args, i, fname) : dflt;
    }

    public static LuaTable checkTable(Object[] args, int i, String fname) {
        Object v = i < args.length ? args[i] : null;
        if (!(v instanceof LuaTable t)) {
            throw typeMismatch(args, i, fname, "table");
        }
        return t;
    }

    public static LuaFunction checkFunction(Object[] args, int i, String fname) {
        Object v = i < args.length ? args[i] : null;
        if (!(v instanceof LuaFunction f)) {
            throw typeMismatch(args, i, fname, "function");
        }
        return f;
    }

    /**
     * {@code lj_lib_checkopt}: a string argument that must be one of {@code options} (its index is
     * returned); {@code dflt} when the argument is absent or nil, or required when {@code dflt} is null.
     * Otherwise {@code bad argument #n to 'f' (invalid option 'x')}.
     */
    public static int checkOption(Object[] args, int i, String fname, String dflt, String... options) {
        String s = dflt != null ? optString(args, i, fname, dflt) : checkString(args, i, fname);
        for (int k = 0; k < options.length; k++) {
            if (options[k].equals(s)) {
                return k;
            }
        }
        throw badArgument(i, fname, "invalid option '" + s + "'");
    }

    /** Registers a library function under its name in a library table. */
    public static LibFunction define(LuaTable lib, String name, LibFunction.Body body) {
        return define(lib, new LibFunction(name, body));
    }

    /** Registers a library function with fast bodies (a subclass) under its name. */
    public static LibFunction define(LuaTable lib, LibFunction f) {
        lib.set(f.name(), f);
        return f;
    }
}
