package dev.lua2java.runtime;

import dev.lua2java.runtime.lib.LuaUserdata;
import dev.lua2java.runtime.lib.MathLib;
import dev.lua2java.runtime.lib.NumberText;

/**
 * The operations generated code performs on Lua values, with LuaJIT's semantics and error messages.
 *
 * <p>Values: nil is {@code null}, booleans are {@link Boolean#TRUE}/{@link Boolean#FALSE}, numbers are
 * {@link Double}, strings are {@link String} whose chars are bytes 0..255, tables are {@link LuaTable},
 * functions are {@link LuaFunction}.
 *
 * <p>Operations that can fail take an optional {@code culprit} such as {@code "local 'x'"}: the
 * transpiler knows what kind of variable feeds the operation and passes it, so messages read like
 * LuaJIT's ({@code attempt to index local 'x' (a nil value)}).
 */
public final class Lua {
    public static final Object[] NONE = new Object[0];

    private static final Double[] SMALL_INTEGERS = new Double[1024];

    static {
        for (int i = 0; i < SMALL_INTEGERS.length; i++) {
            SMALL_INTEGERS[i] = (double) i;
        }
    }

    /**
     * The number {@code i} as a value, shared for 0..1023: loop indexes, positions and lengths that are
     * stored into arrays (where escape analysis cannot remove the box) allocate nothing. Numbers have
     * no identity in Lua, so sharing the boxes is invisible.
     */
    public static Double integer(int i) {
        return i >= 0 && i < SMALL_INTEGERS.length ? SMALL_INTEGERS[i] : Double.valueOf(i);
    }

    /** What an outlined part of a split function returns when it completes without a Lua return. */
    public static final Object FALLTHROUGH = new Object();

    /**
     * Held by a local that generated code keeps as a {@code double} (the optimisation "numeric locals"):
     * the value is the number in the local's double slot. Never seen by Lua code.
     */
    public static final Object IN_DOUBLE = new Object();

    /** Always true, but not a compile-time constant, so javac's reachability rules treat loops as exitable. */
    public static boolean loop = true;

    /** The metatable every string shares; its {@code __index} is the {@code string} library table. */
    public static volatile LuaTable stringMetatable;

    private Lua() {
    }

    // ---------------------------------------------------------------- multiple values

    public static Object first(Object[] values) {
        return values.length == 0 ? null : values[0];
    }

    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /** Argument {@code i} of the list {@code fixed..., rest...} ({@link LuaFunction#callSpread}). */
    public static Object spreadArg(Object[] fixed, Object[] rest, int i) {
        return i < fixed.length ? fixed[i] : arg(rest, i - fixed.length);
    }

    /**
     * The list {@code fixed..., rest...} from position {@code from} on: a vararg callee's varargs. When
     * {@code fixed} fills exactly the parameters, that is {@code rest} itself; argument arrays are never
     * written once passed, so the callee may share its caller's varargs.
     */
    public static Object[] spreadRest(Object[] fixed, Object[] rest, int from) {
        if (fixed.length == from) {
            return rest;
        }
        if (fixed.length < from) {
            return rest(rest, from - fixed.length);
        }
        Object[] r = new Object[fixed.length - from + rest.length];
        System.arraycopy(fixed, from, r, 0, fixed.length - from);
        System.arraycopy(rest, 0, r, fixed.length - from, rest.length);
        return r;
    }

    /** values[from..] as a new array (varargs after the fixed parameters). */
    public static Object[] rest(Object[] values, int from) {
        if (from >= values.length) {
            return NONE;
        }
        Object[] r = new Object[values.length - from];
        System.arraycopy(values, from, r, 0, r.length);
        return r;
    }

    /**
     * A fresh array of {@code n} free slots followed by all of {@code tail}: generated code fills the slots
     * with an argument list's fixed values (evaluated before the tail), so {@code f(a, b, ...)} makes one
     * array rather than a prefix array and the {@link #expand} of it.
     */
    public static Object[] spaceBefore(int n, Object[] tail) {
        Object[] r = new Object[n + tail.length];
        System.arraycopy(tail, 0, r, n, tail.length);
        return r;
    }

    /** {@code prefix..., tail...}: an argument or result list whose last item expands to all its values. */
    public static Object[] expand(Object[] prefix, Object[] tail) {
        if (prefix.length == 0) {
            return tail;
        }
        if (tail.length == 0) {
            return prefix;
        }
        Object[] r = new Object[prefix.length + tail.length];
        System.arraycopy(prefix, 0, r, 0, prefix.length);
        System.arraycopy(tail, 0, r, prefix.length, tail.length);
        return r;
    }

    public static Object[] values(Object a) {
        return new Object[] {a};
    }

    /** A generated chunk's number constants from their comma-separated hexadecimal bit patterns. */
    public static Double[] numberConstants(String hexBits) {
        String[] parts = hexBits.split(",");
        Double[] k = new Double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            k[i] = Double.longBitsToDouble(Long.parseUnsignedLong(parts[i], 16));
        }
        return k;
    }

    /** Evaluates an expression for its side effects only (extra values in an assignment). */
    public static void ignore(Object value) {
    }

    /** Adds a missing element count to a constructor's items that ended with a multi-valued item. */
    public static LuaTable tableOf(Object[] positional) {
        return LuaTable.ofArray(positional.clone());
    }

    /** A table constructor with only keyed fields: key, value, key, value... */
    public static LuaTable tableOfPairs(Object[] keyValues) {
        LuaTable t = new LuaTable(0, keyValues.length / 2);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i] == null) {
                throw LuaError.operation("table index is nil");
            }
            t.set(keyValues[i], keyValues[i + 1]);
        }
        return t;
    }

    /** The expanded last item of a constructor: values stored from index {@code start} on. */
    public static void tableSetAll(LuaTable t, int start, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            t.set(start + i, values[i]);
        }
    }

    /** A constructor whose keys are distinct string constants: name, value, name, value... */
    public static LuaTable tableOfNames(Object[] nameValues) {
        return LuaTable.ofNames(nameValues);
    }

    public static void tableSet(LuaTable t, Object key, Object value) {
        if (key == null) {
            throw LuaError.operation("table index is nil");
        }
        t.set(key, value);
    }

    // ---------------------------------------------------------------- globals

    public static Object getGlobal(LuaTable env, String name) {
        Object v = env.get(name);
        if (v != null || env.metatable == null) {
            return v;
        }
        return index(env, name, null);
    }

    /** {@link #getGlobal(LuaTable, String)} with a site hint (see {@link LuaTable#get(String, int[], int)}). */
    public static Object getGlobal(LuaTable env, String name, int[] hints, int site) {
        Object v = env.get(name, hints, site);
        if (v != null || env.metatable == null) {
            return v;
        }
        return index(env, name, null);
    }

    public static void setGlobal(LuaTable env, String name, Object value) {
        if (env.metatable == null) {
            env.set(name, value);
        } else {
            setIndex(env, name, value, null);
        }
    }

    // ---------------------------------------------------------------- numeric for

    /** The start, limit or step of a numeric for, coerced like LuaJIT ("'for' initial value must be a number"). */
    public static double forValue(Object v, String what) {
        if (v instanceof Double d) {
            return d;
        }
        Double d = tonumber(v);
        if (d == null) {
            throw LuaError.operation("'for' " + what + " must be a number");
        }
        return d;
    }

    // ---------------------------------------------------------------- truth, types, text

    public static boolean truthy(Object v) {
        return v != null && v != Boolean.FALSE;
    }

    public static Boolean bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    public static String type(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Double) {
            return "number";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof LuaTable) {
            return "table";
        }
        if (v instanceof LuaFunction) {
            return "function";
        }
        if (v instanceof LuaCoroutine) return "thread";
        return "userdata";
    }

    /** {@code tostring(v)}: honours {@code __tostring}, formats numbers as C's {@code %.14g}. */
    public static String tostring(Object v) {
        if (v instanceof String s) {
            return s;
        }
        Object r = tostringValue(v);
        return r instanceof Double d ? NumberText.toLuaString(d) : (String) r;
    }

    /**
     * The value of {@code tostring(v)} before number formatting: a {@code __tostring} result that is a
     * number stays a number (LuaJIT's {@code tostring} returns it as is). Calls the metamethod once.
     */
    public static Object tostringValue(Object v) {
        if (v instanceof String) {
            return v;
        }
        if (v instanceof Double d) {
            return NumberText.toLuaString(d);
        }
        Object mt = getMetatableRaw(v);
        if (mt instanceof LuaTable m) {
            Object h = m.get("__tostring");
            if (h != null) {
                Object r = call(h, v);
                if (!(r instanceof String) && !(r instanceof Double)) {
                    throw LuaError.operation("'__tostring' must return a string");
                }
                return r;
            }
        }
        return rawToString(v);
    }

    public static String rawToString(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Double d) {
            return NumberText.toLuaString(d);
        }
        if (v instanceof LuaFunction f && f.isBuiltin()) {
            return "function: builtin: " + address(v);
        }
        return type(v) + ": " + address(v);
    }

    public static String address(Object v) {
        return String.format("0x%08x", System.identityHashCode(v));
    }

    /** Number coercion of arithmetic: numbers and numeric strings; null when not convertible. */
    public static Double tonumber(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            return NumberText.parse(s);
        }
        return null;
    }

    /** String coercion of concatenation: strings and numbers; null otherwise. */
    public static String tostringCoerce(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return NumberText.toLuaString(d);
        }
        return null;
    }

    // ---------------------------------------------------------------- metatables

    public static LuaTable getMetatableRaw(Object v) {
        if (v instanceof LuaTable t) {
            return t.metatable;
        }
        if (v instanceof String) {
            return stringMetatable;
        }
        if (v instanceof LuaUserdata u) return u.metatable();
        return null;
    }

    static Object metamethod(Object v, String event) {
        LuaTable mt = getMetatableRaw(v);
        return mt == null ? null : mt.get(event);
    }

    // ---------------------------------------------------------------- indexing

    public static Object index(Object o, Object key) {
        return index(o, key, null);
    }

    public static Object index(Object o, Object key, String culprit) {
        if (o instanceof LuaTable t) {
            Object v = t.get(key);
            if (v != null || t.metatable == null) {
                return v;
            }
        }
        return indexMeta(o, key, culprit, null, 0);
    }

    /** {@code o[i]} for a numeric {@code for} index, which then needs no box (see the emitter's loop indexes). */
    public static Object index(Object o, double key, String culprit) {
        if (o instanceof LuaTable t) {
            Object v = t.get(key);
            if (v != null || t.metatable == null) {
                return v;
            }
        }
        return indexMeta(o, key, culprit, null, 0);
    }

    public static Object index(Object o, String key, String culprit) {
        if (o instanceof LuaTable t) {
            Object v = t.get(key);
            if (v != null || t.metatable == null) {
                return v;
            }
        }
        return indexMeta(o, key, culprit, null, 0);
    }

    /**
     * {@code o.key} for a constant key at a call site with a hint slot: every table on the way, the object
     * itself and the tables of an {@code __index} chain (a class's methods), is read through the hint
     * (see {@link LuaTable#get(String, int[], int)}).
     */
    public static Object index(Object o, String key, String culprit, int[] hints, int site) {
        if (o instanceof LuaTable t) {
            Object v = t.get(key, hints, site);
            if (v != null || t.metatable == null) {
                return v;
            }
        }
        return indexMeta(o, key, culprit, hints, site);
    }

    /**
     * The {@code __index} chain of {@code o}, whose own fields (when it is a table) have been searched
     * already and lack the key: a method call on an object misses in the object first, and that search is
     * not repeated. {@code hints} null for a lookup without a site hint.
     */
    private static Object indexMeta(Object o, Object key, String culprit, int[] hints, int site) {
        for (int loop = 0; loop < 100; loop++) {
            LuaTable mt = getMetatableRaw(o); // strings: every s:method() comes here
            Object h = mt == null ? null : mt.metaIndex();
            if (h == null) {
                if (o instanceof LuaTable) {
                    return null;
                }
                throw typeError("index", o, culprit);
            }
            if (h instanceof LuaFunction f) {
                return f.call(o, key);
            }
            if (h instanceof LuaTable t) {
                Object v = hints == null ? t.get(key) : t.get((String) key, hints, site);
                if (v != null) {
                    return v;
                }
            }
            o = h;
            culprit = null;
        }
        throw LuaError.operation("loop in gettable");
    }

    public static void setIndex(Object o, Object key, Object value) {
        setIndex(o, key, value, null);
    }

    /** {@code o.key = value} for a constant key at a call site with a hint slot. */
    public static void setIndex(Object o, String key, Object value, String culprit, int[] hints, int site) {
        if (o instanceof LuaTable t) {
            LuaTable mt = t.metatable;
            if (mt == null || mt.metaNewIndex() == null) {
                t.set(key, value, hints, site);
                return;
            }
        }
        setIndex(o, key, value, culprit);
    }

    /** {@code o[i] = value} for a numeric {@code for} index, see {@link #index(Object, double, String)}. */
    public static void setIndex(Object o, double key, Object value, String culprit) {
        if (o instanceof LuaTable t && t.metatable == null) {
            t.set(key, value);
            return;
        }
        setIndex(o, (Object) key, value, culprit);
    }

    public static void setIndex(Object o, Object key, Object value, String culprit) {
        for (int loop = 0; loop < 100; loop++) {
            Object h;
            if (o instanceof LuaTable t) {
                LuaTable mt = t.metatable;
                if (mt == null || (h = mt.metaNewIndex()) == null || t.get(key) != null) {
                    t.set(key, value);
                    return;
                }
            } else {
                h = metamethod(o, "__newindex");
                if (h == null) {
                    throw typeError("index", o, culprit);
                }
            }
            if (h instanceof LuaFunction f) {
                f.invoke(new Object[] {o, key, value});
                return;
            }
            o = h;
            culprit = null;
        }
        throw LuaError.operation("loop in settable");
    }

    // ---------------------------------------------------------------- calls

    public static LuaFunction callable(Object f, String culprit) {
        if (f instanceof LuaFunction fn) {
            return fn;
        }
        Object h = metamethod(f, "__call");
        if (h instanceof LuaFunction mh) {
            return new BoundCall(mh, f);
        }
        throw typeError("call", f, culprit);
    }

    public static Object call(Object f) {
        return f instanceof LuaFunction fn ? fn.call() : callable(f, null).call();
    }

    public static Object call(Object f, Object a) {
        return f instanceof LuaFunction fn ? fn.call(a) : callable(f, null).call(a);
    }

    public static Object call(Object f, Object a, Object b) {
        return f instanceof LuaFunction fn ? fn.call(a, b) : callable(f, null).call(a, b);
    }

    public static Object[] invoke(Object f, Object[] args) {
        return f instanceof LuaFunction fn ? fn.invoke(args) : callable(f, null).invoke(args);
    }

    /** A table or other value with {@code __call}: calls the handler with the value as first argument. */
    private static final class BoundCall extends LuaFunction {
        private final LuaFunction handler;
        private final Object self;

        BoundCall(LuaFunction handler, Object self) {
            this.handler = handler;
            this.self = self;
        }

        @Override
        public Object[] invoke(Object[] args) {
            return handler.invoke(expand(new Object[] {self}, args));
        }

        @Override
        public Object call() {
            return handler.call(self);
        }

        @Override
        public Object call(Object a) {
            return handler.call(self, a);
        }

        @Override
        public Object call(Object a, Object b) {
            return handler.call(self, a, b);
        }
    }

    // ---------------------------------------------------------------- arithmetic

    public static Object add(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return arith("__add", a, b, null, null);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return arith("__sub", a, b, null, null);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return arith("__mul", a, b, null, null);
    }

    public static Object div(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x / y;
        }
        return arith("__div", a, b, null, null);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return mod(x.doubleValue(), y.doubleValue());
        }
        return arith("__mod", a, b, null, null);
    }

    public static Object pow(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return MathLib.pow(x, y);
        }
        return arith("__pow", a, b, null, null);
    }

    public static Object add(Object a, Object b, String culpritA, String culpritB) {
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return arith("__add", a, b, culpritA, culpritB);
    }

    public static Object sub(Object a, Object b, String culpritA, String culpritB) {
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return arith("__sub", a, b, culpritA, culpritB);
    }

    public static Object mul(Object a, Object b, String culpritA, String culpritB) {
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return arith("__mul", a, b, culpritA, culpritB);
    }

    public static Object div(Object a, Object b, String culpritA, String culpritB) {
        if (a instanceof Double x && b instanceof Double y) {
            return x / y;
        }
        return arith("__div", a, b, culpritA, culpritB);
    }

    public static Object mod(Object a, Object b, String culpritA, String culpritB) {
        if (a instanceof Double x && b instanceof Double y) {
            return mod(x.doubleValue(), y.doubleValue());
        }
        return arith("__mod", a, b, culpritA, culpritB);
    }

    public static Object pow(Object a, Object b, String culpritA, String culpritB) {
        if (a instanceof Double x && b instanceof Double y) {
            return MathLib.pow(x, y);
        }
        return arith("__pow", a, b, culpritA, culpritB);
    }

    public static Object arith(String event, Object a, Object b) {
        return arith(event, a, b, null, null);
    }

    /** Lua 5.1 / LuaJIT modulo: {@code a - floor(a/b)*b}. */
    public static double mod(double a, double b) {
        return a - Math.floor(a / b) * b;
    }

    /** Arithmetic with the operands' culprit names for the error message. */
    public static Object arith(String event, Object a, Object b, String culpritA, String culpritB) {
        Double x = tonumber(a);
        Double y = tonumber(b);
        if (x != null && y != null) {
            return arithDouble(event, x, y);
        }
        Object h = metamethod(a, event);
        if (h == null) {
            h = metamethod(b, event);
        }
        if (h != null) {
            return call(h, a, b);
        }
        boolean blameB = x != null;
        throw typeError("perform arithmetic on", blameB ? b : a, blameB ? culpritB : culpritA);
    }

    private static double arithDouble(String event, double x, double y) {
        switch (event) {
            case "__add": return x + y;
            case "__sub": return x - y;
            case "__mul": return x * y;
            case "__div": return x / y;
            case "__mod": return mod(x, y);
            default: return MathLib.pow(x, y);
        }
    }

    public static Object unm(Object a) {
        return unm(a, null);
    }

    public static Object unm(Object a, String culprit) {
        if (a instanceof Double x) {
            return -x;
        }
        Double x = tonumber(a);
        if (x != null) {
            return -x;
        }
        Object h = metamethod(a, "__unm");
        if (h != null) {
            return call(h, a, a);
        }
        throw typeError("perform arithmetic on", a, culprit);
    }

    /** Numeric value of an operand that analysis proved numeric or that a numeric for loop needs. */
    public static double num(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        Double d = tonumber(v);
        if (d == null) {
            throw typeError("perform arithmetic on", v, null);
        }
        return d;
    }

    // ---------------------------------------------------------------- length, concatenation

    /**
     * The key of the append idiom {@code t[#t + 1] = v} (see the emitter): a table's length plus one, from
     * the shared boxes when small, so appending allocates no number; anything else as {@code #t + 1}.
     */
    public static Object appendKey(Object t, String culprit) {
        if (t instanceof LuaTable table) {
            return integer(table.length() + 1);
        }
        return add(len(t, culprit), integer(1));
    }

    public static Object len(Object v) {
        return len(v, null);
    }

    public static Object len(Object v, String culprit) {
        if (v instanceof String s) {
            return integer(s.length()); // shared boxes: lengths are mostly small
        }
        if (v instanceof LuaTable t) {
            // LuaJIT 2.1 without 5.2 compatibility ignores __len on tables.
            return integer(t.length());
        }
        Object h = metamethod(v, "__len");
        if (h != null) {
            return call(h, v);
        }
        throw typeError("get length of", v, culprit);
    }

    public static Object concat(Object a, Object b) {
        return concat(a, b, null, null);
    }

    public static Object concat(Object a, Object b, String culpritA, String culpritB) {
        String x = tostringCoerce(a);
        String y = tostringCoerce(b);
        if (x != null && y != null) {
            return x.concat(y);
        }
        Object h = metamethod(a, "__concat");
        if (h == null) {
            h = metamethod(b, "__concat");
        }
        if (h != null) {
            return call(h, a, b);
        }
        boolean blameB = x != null;
        throw typeError("concatenate", blameB ? b : a, blameB ? culpritB : culpritA);
    }

    // ---------------------------------------------------------------- comparison

    public static boolean eq(Object a, Object b) {
        if (a instanceof Double x) {
            return b instanceof Double y && x.doubleValue() == y.doubleValue();
        }
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof String x) {
            return b instanceof String && x.equals(b);
        }
        if (a instanceof LuaTable x && b instanceof LuaTable y) {
            if (x.metatable == null || y.metatable == null) {
                return false;
            }
            Object h1 = x.metatable.get("__eq");
            if (h1 == null || !eq(h1, y.metatable.get("__eq"))) {
                return false;
            }
            return truthy(call(h1, a, b));
        }
        return false;
    }

    public static boolean rawequal(Object a, Object b) {
        if (a instanceof Double x) {
            return b instanceof Double y && x.doubleValue() == y.doubleValue();
        }
        if (a == b) {
            return true;
        }
        return a instanceof String && a.equals(b);
    }

    public static boolean gt(Object a, Object b) {
        return lt(b, a);
    }

    public static boolean ge(Object a, Object b) {
        return le(b, a);
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) < 0;
        }
        Object h = orderMetamethod(a, b, "__lt");
        return truthy(call(h, a, b));
    }

    public static boolean le(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x <= y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) <= 0;
        }
        if (sameKind(a, b)) {
            Object h = metamethod(a, "__le");
            if (h != null && eq(h, metamethod(b, "__le"))) {
                return truthy(call(h, a, b));
            }
            h = metamethod(a, "__lt");
            if (h != null && eq(h, metamethod(b, "__lt"))) {
                return !truthy(call(h, b, a));
            }
        }
        throw compareError(a, b);
    }

    private static Object orderMetamethod(Object a, Object b, String event) {
        if (sameKind(a, b)) {
            Object h = metamethod(a, event);
            if (h != null && eq(h, metamethod(b, event))) {
                return h;
            }
        }
        throw compareError(a, b);
    }

    private static boolean sameKind(Object a, Object b) {
        return a != null && b != null && type(a).equals(type(b));
    }

    private static LuaError compareError(Object a, Object b) {
        String ta = type(a);
        String tb = type(b);
        if (ta.equals(tb)) {
            return LuaError.operation("attempt to compare two " + ta + " values");
        }
        return LuaError.operation("attempt to compare " + ta + " with " + tb);
    }

    // ---------------------------------------------------------------- errors

    /** {@code attempt to <what> local 'x' (a nil value)} or {@code attempt to <what> a nil value}. */
    public static LuaError typeError(String what, Object v, String culprit) {
        String t = type(v);
        if (culprit == null) {
            return LuaError.operation("attempt to " + what + " a " + t + " value");
        }
        return LuaError.operation("attempt to " + what + " " + culprit + " (a " + t + " value)");
    }
}
