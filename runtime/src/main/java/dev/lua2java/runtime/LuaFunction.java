package dev.lua2java.runtime;

/**
 * A Lua function value. Compiled Lua functions and library functions both extend this class.
 *
 * <p>{@link #invoke(Object[])} is the general entry point: every argument in, every result out. The
 * {@code call} overloads are the fast paths a call site uses when it needs one result and passes at most
 * six arguments (a method call's object counts); compiled functions override them so that common calls allocate nothing. An empty
 * result list is {@link Lua#NONE}; a missing result reads as {@code null} (nil).
 *
 * <p>The {@code all} overloads are the same fixed-argument entry points for a call site that needs every
 * result ({@code local a, b = f(x)}, {@code return f(x)}, {@code {f(x)}}): they pass no argument array.
 */
public abstract class LuaFunction {

    /** Calls with all arguments and returns all results (never null; {@link Lua#NONE} for none). */
    public abstract Object[] invoke(Object[] args);

    /** The name used in error messages such as {@code bad argument #1 to 'sub'}; "?" when unknown. */
    public String name() {
        return "?";
    }

    public Object call() {
        return Lua.first(invoke(Lua.NONE));
    }

    public Object call(Object a) {
        return Lua.first(invoke(new Object[] {a}));
    }

    public Object call(Object a, Object b) {
        return Lua.first(invoke(new Object[] {a, b}));
    }

    public Object call(Object a, Object b, Object c) {
        return Lua.first(invoke(new Object[] {a, b, c}));
    }

    public Object call(Object a, Object b, Object c, Object d) {
        return Lua.first(invoke(new Object[] {a, b, c, d}));
    }

    public Object call(Object a, Object b, Object c, Object d, Object e) {
        return Lua.first(invoke(new Object[] {a, b, c, d, e}));
    }

    public Object call(Object a, Object b, Object c, Object d, Object e, Object f) {
        return Lua.first(invoke(new Object[] {a, b, c, d, e, f}));
    }

    /** All results of a call without arguments; the overloads below take their arguments one by one. */
    public Object[] all() {
        return invoke(Lua.NONE);
    }

    public Object[] all(Object a) {
        return invoke(new Object[] {a});
    }

    public Object[] all(Object a, Object b) {
        return invoke(new Object[] {a, b});
    }

    public Object[] all(Object a, Object b, Object c) {
        return invoke(new Object[] {a, b, c});
    }

    public Object[] all(Object a, Object b, Object c, Object d) {
        return invoke(new Object[] {a, b, c, d});
    }

    public Object[] all(Object a, Object b, Object c, Object d, Object e) {
        return invoke(new Object[] {a, b, c, d, e});
    }

    public Object[] all(Object a, Object b, Object c, Object d, Object e, Object f) {
        return invoke(new Object[] {a, b, c, d, e, f});
    }

    /**
     * The first result of {@code f(fixed..., rest...)}: a call whose last argument is {@code ...}, the
     * caller's varargs. A compiled vararg function whose fixed parameters are exactly {@code fixed} takes
     * {@code rest} as its own varargs, without copying them.
     */
    public Object callSpread(Object[] fixed, Object[] rest) {
        return callv(Lua.expand(fixed, rest));
    }

    /** Every result of {@code f(fixed..., rest...)} (see {@link #callSpread}). */
    public Object[] allSpread(Object[] fixed, Object[] rest) {
        return invoke(Lua.expand(fixed, rest));
    }

    /** Single-result call with any number of arguments. */
    public Object callv(Object[] args) {
        return Lua.first(invoke(args));
    }

    /** The function's environment (its globals), or null for library functions. */
    public LuaTable env() {
        return null;
    }

    /** {@code setfenv}: returns false when the function has no environment to change. */
    public boolean setEnv(LuaTable env) {
        return false;
    }

    /** Library functions print as {@code function: builtin: 0x...} like LuaJIT's fast functions. */
    public boolean isBuiltin() {
        return false;
    }

    @Override
    public String toString() {
        return "function: " + Lua.address(this);
    }
}
