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
 *
 * <p>Likewise a function may have fast bodies for calls that need every result ({@link #fastAll2},
 * {@link #fastAll3}, {@link #fastAll4}: {@code local a, b = s:find(sep, i, true)}), which return the results
 * or null for the general body.
 *
 * <p>A function with fast bodies is a subclass that overrides them, one class per function. Generated
 * code calls a function at the call site, so a site that always calls {@code s:sub} sees one receiver
 * class: HotSpot inlines {@link #call(Object, Object, Object)} there and, the class being exact, the
 * overriding body too. (Fast bodies kept as lambdas in fields were all called from one place, whose
 * profile saw every library function, so none was inlined.)
 */
public class LibFunction extends LuaFunction {
    /** The body of a library function: all arguments in, all results out. */
    @FunctionalInterface
    public interface Body {
        Object[] apply(Object[] args);
    }

    /** Returned by a fast body that leaves the call to the general body. */
    public static final Object GENERAL = new Object();

    private final String name;
    private final Body body;
    private final boolean builtin;

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

    /** First result of a call with one argument, or {@link #GENERAL}; overridden by a function with a fast body. */
    protected Object fast1(Object a) {
        return GENERAL;
    }

    /** First result of a call with two arguments, or {@link #GENERAL}. */
    protected Object fast2(Object a, Object b) {
        return GENERAL;
    }

    /** First result of a call with three arguments, or {@link #GENERAL}. */
    protected Object fast3(Object a, Object b, Object c) {
        return GENERAL;
    }

    /** All results of a call with two arguments, or null for the general body. */
    protected Object[] fastAll2(Object a, Object b) {
        return null;
    }

    /** All results of a call with three arguments, or null. */
    protected Object[] fastAll3(Object a, Object b, Object c) {
        return null;
    }

    /** All results of a call with four arguments, or null. */
    protected Object[] fastAll4(Object a, Object b, Object c, Object d) {
        return null;
    }

    @Override
    public Object call(Object a) {
        Object r;
        try {
            r = fast1(a);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
        return r != GENERAL ? r : super.call(a);
    }

    @Override
    public Object call(Object a, Object b) {
        Object r;
        try {
            r = fast2(a, b);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
        return r != GENERAL ? r : super.call(a, b);
    }

    @Override
    public Object call(Object a, Object b, Object c) {
        Object r;
        try {
            r = fast3(a, b, c);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
        return r != GENERAL ? r : super.call(a, b, c);
    }

    @Override
    public Object[] all(Object a, Object b) {
        Object[] r;
        try {
            r = fastAll2(a, b);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
        return r != null ? r : super.all(a, b);
    }

    @Override
    public Object[] all(Object a, Object b, Object c) {
        Object[] r;
        try {
            r = fastAll3(a, b, c);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
        return r != null ? r : super.all(a, b, c);
    }

    @Override
    public Object[] all(Object a, Object b, Object c, Object d) {
        Object[] r;
        try {
            r = fastAll4(a, b, c, d);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
        return r != null ? r : super.all(a, b, c, d);
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
