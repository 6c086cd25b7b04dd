package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;

/**
 * A standard-library function written in Java: a name for error messages and a body over all arguments.
 *
 * <p>A function may also have fast bodies for single-result calls with one, two or three arguments
 * ({@link #fast1}, {@link #fast2}, {@link #fast3}), LuaJIT's fast functions in spirit: they take the
 * arguments as they are and return the first result, so a call such as {@code s:sub(i, j)} allocates
 * no argument or result array. A fast body handles only the plain cases (a string and two numbers for
 * {@code sub}) and returns {@link #GENERAL} for anything else, which then takes the general body; so
 * coercions and argument errors exist once, in the general body.
 */
public final class LibFunction extends LuaFunction {
    /** The body of a library function: all arguments in, all results out. */
    @FunctionalInterface
    public interface Body {
        Object[] apply(Object[] args);
    }

    /** Returned by a fast body that leaves the call to the general body. */
    public static final Object GENERAL = new Object();

    /** First result of a call with one argument, or {@link #GENERAL}. */
    @FunctionalInterface
    public interface Fast1 {
        Object apply(Object a);
    }

    /** First result of a call with two arguments, or {@link #GENERAL}. */
    @FunctionalInterface
    public interface Fast2 {
        Object apply(Object a, Object b);
    }

    /** First result of a call with three arguments, or {@link #GENERAL}. */
    @FunctionalInterface
    public interface Fast3 {
        Object apply(Object a, Object b, Object c);
    }

    private final String name;
    private final Body body;
    private final boolean builtin;
    private Fast1 fast1;
    private Fast2 fast2;
    private Fast3 fast3;

    /** A LuaJIT fast function (the base and standard libraries): prints as {@code builtin#N}. */
    public LibFunction(String name, Body body) {
        this(name, body, true);
    }

    /** {@code builtin} false: a function of a C module, which prints as {@code function: 0x...}. */
    public LibFunction(String name, Body body, boolean builtin) {
        this.name = name;
        this.body = body;
        this.builtin = builtin;
    }

    @Override
    public Object[] invoke(Object[] args) {
        try {
            return body.apply(args);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
    }

    /** Adds the fast body for one-argument calls; returns this function. */
    public LibFunction fast1(Fast1 body) {
        fast1 = body;
        return this;
    }

    /** Adds the fast body for two-argument calls; returns this function. */
    public LibFunction fast2(Fast2 body) {
        fast2 = body;
        return this;
    }

    /** Adds the fast body for three-argument calls; returns this function. */
    public LibFunction fast3(Fast3 body) {
        fast3 = body;
        return this;
    }

    @Override
    public Object call(Object a) {
        if (fast1 != null) {
            Object r;
            try {
                r = fast1.apply(a);
            } catch (LuaError e) {
                throw e.raisedBy(this);
            }
            if (r != GENERAL) {
                return r;
            }
        }
        return super.call(a);
    }

    @Override
    public Object call(Object a, Object b) {
        if (fast2 != null) {
            Object r;
            try {
                r = fast2.apply(a, b);
            } catch (LuaError e) {
                throw e.raisedBy(this);
            }
            if (r != GENERAL) {
                return r;
            }
        }
        return super.call(a, b);
    }

    @Override
    public Object call(Object a, Object b, Object c) {
        if (fast3 != null) {
            Object r;
            try {
                r = fast3.apply(a, b, c);
            } catch (LuaError e) {
                throw e.raisedBy(this);
            }
            if (r != GENERAL) {
                return r;
            }
        }
        return super.call(a, b, c);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isBuiltin() {
        return builtin;
    }
}
