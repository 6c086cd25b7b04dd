package dev.lua2java.runtime;

/**
 * Call sites of generated code. A call that needs one result goes through {@code value}, one that needs
 * all results through {@code all}; method calls ({@code o:m(...)}) look the method up and pass the
 * object as first argument. The culprit strings name the callee for LuaJIT's error messages.
 */
public final class LuaCalls {
    private LuaCalls() {
    }

    private static LuaFunction fn(Object f, String culprit) {
        return f instanceof LuaFunction fn ? fn : Lua.callable(f, culprit);
    }

    public static Object value(Object f, String culprit) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.call();
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.call(a);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.call(a, b);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b, Object c) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.call(a, b, c);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object valueArgs(Object f, String culprit, Object[] args) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.callv(args);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object[] all(Object f, String culprit, Object[] args) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.invoke(args);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    /** {@code return f(...)}: LuaJIT's tail call leaves no caller frame for a library callee's errors. */
    public static Object[] tailAll(Object f, String culprit, Object[] args) {
        LuaFunction fn = fn(f, culprit);
        try {
            return fn.invoke(args);
        } catch (LuaError e) {
            throw e.fromCallerWithoutLine(fn);
        }
    }

    public static Object[] tailMethodAll(Object o, String objectCulprit, String name, Object[] args) {
        LuaFunction fn = method(o, objectCulprit, name);
        try {
            return fn.invoke(Lua.expand(new Object[] {o}, args));
        } catch (LuaError e) {
            throw e.fromCallerWithoutLine(fn);
        }
    }

    private static LuaFunction method(Object o, String objectCulprit, String name) {
        Object f = Lua.index(o, name, objectCulprit);
        return f instanceof LuaFunction fn ? fn : Lua.callable(f, "method '" + name + "'");
    }

    public static Object methodValue(Object o, String objectCulprit, String name) {
        LuaFunction fn = method(o, objectCulprit, name);
        try {
            return fn.call(o);
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }

    public static Object methodValue(Object o, String objectCulprit, String name, Object a) {
        LuaFunction fn = method(o, objectCulprit, name);
        try {
            return fn.call(o, a);
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }

    public static Object methodValue(Object o, String objectCulprit, String name, Object a, Object b) {
        LuaFunction fn = method(o, objectCulprit, name);
        try {
            return fn.call(o, a, b);
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }

    public static Object methodValueArgs(Object o, String objectCulprit, String name, Object[] args) {
        LuaFunction fn = method(o, objectCulprit, name);
        try {
            return fn.callv(Lua.expand(new Object[] {o}, args));
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }

    public static Object[] methodAll(Object o, String objectCulprit, String name, Object[] args) {
        LuaFunction fn = method(o, objectCulprit, name);
        try {
            return fn.invoke(Lua.expand(new Object[] {o}, args));
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }
}
