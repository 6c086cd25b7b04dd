package dev.lua2java.runtime;

/**
 * Call sites of generated code. A call that needs one result goes through {@code value}, one that needs
 * all results through {@code all}; method calls ({@code o:m(...)}) look the method up and pass the
 * object as first argument. The culprit strings name the callee for LuaJIT's error messages.
 */
public final class LuaCalls {
    private LuaCalls() {
    }

    /** {@code f} as the function a call site calls; "attempt to call" with the culprit if it is none. */
    public static LuaFunction callee(Object f, String culprit) {
        return f instanceof LuaFunction fn ? fn : Lua.callable(f, culprit);
    }

    public static Object value(Object f, String culprit) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call();
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call(a);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call(a, b);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b, Object c) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call(a, b, c);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b, Object c, Object d) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call(a, b, c, d);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b, Object c, Object d, Object e) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call(a, b, c, d, e);
        } catch (LuaError x) {
            throw x.renameCallee(fn, culprit, false);
        }
    }

    public static Object value(Object f, String culprit, Object a, Object b, Object c, Object d, Object e, Object g) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.call(a, b, c, d, e, g);
        } catch (LuaError x) {
            throw x.renameCallee(fn, culprit, false);
        }
    }

    public static Object valueArgs(Object f, String culprit, Object[] args) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.callv(args);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    public static Object[] all(Object f, String culprit, Object[] args) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.invoke(args);
        } catch (LuaError e) {
            throw e.renameCallee(fn, culprit, false);
        }
    }

    /**
     * Sets up a generic {@code for} whose expression list is one call with one argument, such as
     * {@code ipairs(t)} or {@code pairs(t)}: writes
     * the call's first three results, the iterator, its state and the first control value, into
     * {@code out[0..2]} ({@code out} is the loop's results buffer, at least 3 long). {@code pairs} and
     * {@code ipairs} of a table are set up without calling them, and so without an argument or a result
     * array.
     */
    public static void forPrep(Object f, String culprit, Object arg, Object[] out) {
        if (!prepInline(f, arg, out)) {
            prepByCall(f, culprit, new Object[] {arg}, out);
        }
    }

    /**
     * {@link #forPrep} of a call whose argument list expanded to {@code args} ({@code ipairs(s:split(","))}):
     * {@code pairs}/{@code ipairs} with a table first are set up without a call (they ignore the other
     * values); anything else, a missing argument included ("value expected"), is the ordinary call.
     */
    public static void forPrepAll(Object f, String culprit, Object[] args, Object[] out) {
        if (args.length == 0 || !prepInline(f, args[0], out)) {
            prepByCall(f, culprit, args, out);
        }
    }

    /** The setup of {@code pairs(t)} or {@code ipairs(t)} for a table {@code t}, written without a call; false otherwise. */
    private static boolean prepInline(Object f, Object arg, Object[] out) {
        if (!(arg instanceof LuaTable)) {
            return false;
        }
        if (f == dev.lua2java.runtime.lib.BaseLib.IPAIRS) {
            out[0] = dev.lua2java.runtime.lib.BaseLib.IPAIRS_STEP;
            out[1] = arg;
            out[2] = dev.lua2java.runtime.lib.BaseLib.IPAIRS_START;
            return true;
        }
        if (f == dev.lua2java.runtime.lib.BaseLib.PAIRS) {
            out[0] = dev.lua2java.runtime.lib.BaseLib.NEXT;
            out[1] = arg;
            out[2] = null;
            return true;
        }
        return false;
    }

    private static void prepByCall(Object f, String culprit, Object[] args, Object[] out) {
        Object[] r = all(f, culprit, args);
        out[0] = Lua.arg(r, 0);
        out[1] = Lua.arg(r, 1);
        out[2] = Lua.arg(r, 2);
    }

    /**
     * One step of a generic {@code for}: calls the iterator {@code f(s, control)} and writes its first
     * {@code out.length} (at least 2) results into {@code out}; false when the first result is nil (the
     * loop ends). The iterators of {@code pairs} and {@code ipairs} run inline, without a call or an
     * allocation.
     */
    public static boolean forStep(Object f, Object s, Object control, Object[] out) {
        if (s instanceof LuaTable t) {
            if (f == dev.lua2java.runtime.lib.BaseLib.NEXT) {
                for (int k = 2; k < out.length; k++) {
                    out[k] = null;
                }
                return t.next(control, out);
            }
            if (f == dev.lua2java.runtime.lib.BaseLib.IPAIRS_STEP && control instanceof Double d) {
                double x = d + 1;
                Object v = t.get(x);
                if (v == null) {
                    return false;
                }
                int i = (int) x;
                // (Object): with a Double and a double, the conditional would unbox the shared box and box again
                out[0] = i == x ? (Object) Lua.integer(i) : (Object) x;
                out[1] = v;
                for (int k = 2; k < out.length; k++) {
                    out[k] = null;
                }
                return true;
            }
        }
        Object[] r = callee(f, null).all(s, control); // a compiled iterator: no argument array
        for (int k = 0; k < out.length; k++) {
            out[k] = k < r.length ? r[k] : null;
        }
        return out[0] != null;
    }

    /** {@link #selectFirst(Object, String, Object, Object[])} for a numeric {@code for} index: no box. */
    public static Object selectFirst(Object f, String culprit, double n, Object[] va) {
        if (f == dev.lua2java.runtime.lib.BaseLib.SELECT) {
            int i = (int) n;
            if (i == n && i >= 1) {
                return i <= va.length ? va[i - 1] : null;
            }
        }
        return selectFirst(f, culprit, (Object) n, va);
    }

    /**
     * The first value of {@code f(n, ...)} where {@code ...} is the caller's varargs, for the select idiom
     * of vararg functions: when {@code f} is the library's {@code select} and {@code n} a plain index in
     * range or {@code "#"}, the answer is read from the varargs without copying them; anything else (a
     * redefined select, negative or out-of-range indexes, errors) is the ordinary call.
     */
    public static Object selectFirst(Object f, String culprit, Object n, Object[] va) {
        if (f == dev.lua2java.runtime.lib.BaseLib.SELECT) {
            if (n instanceof Double d) {
                double x = d;
                int i = (int) x;
                if (i == x && i >= 1) {
                    return i <= va.length ? va[i - 1] : null;
                }
            } else if ("#".equals(n)) {
                return Lua.integer(va.length);
            }
        }
        return valueArgs(f, culprit, Lua.expand(new Object[] {n}, va));
    }

    /** {@code return f(...)}: LuaJIT's tail call leaves no caller frame for a library callee's errors. */
    public static Object[] tailAll(Object f, String culprit, Object[] args) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.invoke(args);
        } catch (LuaError e) {
            throw e.fromTailCall(fn);
        }
    }

    /** {@link #tailAll} in a first-result body ({@code run1}): the callee's first result. */
    public static Object tailValue(Object f, String culprit, Object[] args) {
        LuaFunction fn = callee(f, culprit);
        try {
            return fn.callv(args);
        } catch (LuaError e) {
            throw e.fromTailCall(fn);
        }
    }

    // Tail calls with fixed arguments made at their sites (generated code checks the callee first): the
    // callee is called through one of these so that a stack trace shows the tail call (LineMap drops the
    // caller's activation as LuaJIT, which reused its frame, does). tailCall wants every result,
    // tailCallFirst the first (in a first-result body); the Spread ones take a last argument "...".
    // LineMap knows tail calls by name: every method of this class named tail... is one, and only those.

    public static Object[] tailCall(LuaFunction fn) {
        try {
            return fn.all();
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCall(LuaFunction fn, Object a) {
        try {
            return fn.all(a);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCall(LuaFunction fn, Object a, Object b) {
        try {
            return fn.all(a, b);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCall(LuaFunction fn, Object a, Object b, Object c) {
        try {
            return fn.all(a, b, c);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCall(LuaFunction fn, Object a, Object b, Object c, Object d) {
        try {
            return fn.all(a, b, c, d);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCall(LuaFunction fn, Object a, Object b, Object c, Object d, Object e) {
        try {
            return fn.all(a, b, c, d, e);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCall(LuaFunction fn, Object a, Object b, Object c, Object d, Object e, Object f) {
        try {
            return fn.all(a, b, c, d, e, f);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn) {
        try {
            return fn.call();
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn, Object a) {
        try {
            return fn.call(a);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn, Object a, Object b) {
        try {
            return fn.call(a, b);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn, Object a, Object b, Object c) {
        try {
            return fn.call(a, b, c);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn, Object a, Object b, Object c, Object d) {
        try {
            return fn.call(a, b, c, d);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn, Object a, Object b, Object c, Object d, Object e) {
        try {
            return fn.call(a, b, c, d, e);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallFirst(LuaFunction fn, Object a, Object b, Object c, Object d, Object e, Object f) {
        try {
            return fn.call(a, b, c, d, e, f);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object[] tailCallSpread(LuaFunction fn, Object[] fixed, Object[] rest) {
        try {
            return fn.allSpread(fixed, rest);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    public static Object tailCallSpreadFirst(LuaFunction fn, Object[] fixed, Object[] rest) {
        try {
            return fn.callSpread(fixed, rest);
        } catch (LuaError x) {
            throw x.fromTailCall(fn);
        }
    }

    // Method calls, o:m(args): generated code looks the method up with methodOf before it evaluates the
    // arguments (LuaJIT's order), then calls it itself (fixed arguments, see FunctionEmitter.methodCall) or
    // through one of the helpers below, which take the arguments as an array with slot 0 left free for o.

    /** The value of {@code o.name} for {@code o:name()}, read through a site hint (hints null: none). */
    public static Object methodOf(Object o, String objectCulprit, String name, int[] hints, int site) {
        if (hints == null) {
            return Lua.index(o, name, objectCulprit);
        }
        // The usual method call: an object without a field of that name (its key bits prove it in one
        // test) whose class, the metatable's __index table, has the method. Anything else, a miss in the
        // class included, takes the full lookup, which starts again from the object.
        LuaTable methods = null;
        if (o instanceof LuaTable t) {
            LuaTable mt = t.metatable;
            if (mt != null && t.lacks(name) && mt.metaIndex() instanceof LuaTable cls) {
                methods = cls;
            }
        } else if (o instanceof String) {
            LuaTable mt = Lua.stringMetatable;
            if (mt != null && mt.metaIndex() instanceof LuaTable strings) {
                methods = strings;
            }
        }
        if (methods != null) {
            Object m = methods.get(name, hints, site);
            if (m != null) {
                return m;
            }
        }
        return Lua.index(o, name, objectCulprit, hints, site);
    }

    /** The method {@link #methodOf} found, as a function; "attempt to call method 'name'" if it is none. */
    public static LuaFunction methodCallee(Object f, String name) {
        return f instanceof LuaFunction fn ? fn : Lua.callable(f, "method '" + name + "'");
    }

    private static Object[] withSelf(Object o, Object[] argsWithSelfSlot) {
        argsWithSelfSlot[0] = o;
        return argsWithSelfSlot;
    }

    public static Object[] tailMethodAll(Object o, Object f, String name, Object[] args) {
        LuaFunction fn = methodCallee(f, name);
        try {
            return fn.invoke(withSelf(o, args));
        } catch (LuaError e) {
            throw e.fromTailCall(fn);
        }
    }

    /** {@link #tailMethodAll} in a first-result body ({@code run1}): the callee's first result. */
    public static Object tailMethodValue(Object o, Object f, String name, Object[] args) {
        LuaFunction fn = methodCallee(f, name);
        try {
            return fn.callv(withSelf(o, args));
        } catch (LuaError e) {
            throw e.fromTailCall(fn);
        }
    }

    public static Object methodValueArgs(Object o, Object f, String name, Object[] args) {
        LuaFunction fn = methodCallee(f, name);
        try {
            return fn.callv(withSelf(o, args));
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }

    public static Object[] methodAll(Object o, Object f, String name, Object[] args) {
        LuaFunction fn = methodCallee(f, name);
        try {
            return fn.invoke(withSelf(o, args));
        } catch (LuaError e) {
            throw e.renameCallee(fn, "method '" + name + "'", true);
        }
    }
}
