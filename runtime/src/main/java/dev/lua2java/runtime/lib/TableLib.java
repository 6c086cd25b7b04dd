package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaCoroutine;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;

/**
 * The {@code table} library with LuaJIT 2.1's semantics ({@code lib_table.c}): {@code insert remove concat
 * sort maxn} and LuaJIT's extras {@code getn foreach foreachi move}. (Global {@code unpack} lives in the
 * base library.)
 *
 * <p>All element reads and writes are raw, as in LuaJIT (its Lua-coded functions use raw table access
 * for checked table arguments, with the key truncated to int32: {@code table.remove(t, 1.9)} removes
 * {@code t[1]} but shifts with the fractional positions, exactly as LuaJIT does). Lengths are
 * {@link LuaTable#length()} (LuaJIT 2.1 ignores {@code __len} on tables).
 *
 * <p>LuaJIT behaviours that differ from the Lua 5.1 manual or later Luas:
 * <ul>
 *   <li>{@code insert(t, pos, v)} does not range-check {@code pos}: a position past {@code #t+1} just
 *   stores there, a position below 1 shifts everything from it up; any argument count other than 2 or 3
 *   raises {@code wrong number of arguments to 'insert'}.</li>
 *   <li>{@code remove(t)} on an empty table and {@code remove(t, pos)} with pos outside 1..#t return no
 *   value at all.</li>
 *   <li>{@code concat} errors read {@code invalid value (nil) at index 2 in table for 'concat'}.</li>
 *   <li>{@code sort} is Lua 5.1's quicksort ({@code auxsort}) comparison for comparison, so an
 *   inconsistent comparator gives the same order, or the same
 *   {@code invalid order function for sorting} error, as LuaJIT.</li>
 * </ul>
 */
public final class TableLib {
    private TableLib() {
    }

    /** Creates the {@code table} library table and sets it as global {@code table}. */
    public static LuaTable install(LuaTable globals) {
        LuaTable t = new LuaTable();
        LibArgs.define(t, "insert", TableLib::insert);
        LibArgs.define(t, "remove", TableLib::remove);
        LibArgs.define(t, "concat", TableLib::concat);
        LibArgs.define(t, "sort", TableLib::sort);
        LibArgs.define(t, "maxn", TableLib::maxn);
        LibArgs.define(t, "getn", TableLib::getn);
        LibArgs.define(t, "foreach", TableLib::foreach);
        LibArgs.define(t, "foreachi", TableLib::foreachi);
        LibArgs.define(t, "move", TableLib::move);
        globals.set("table", t);
        return t;
    }

    private static Object[] insert(Object[] args) {
        LuaTable t = LibArgs.checkTable(args, 0, "insert");
        int i = t.length() + 1;
        int nargs = args.length;
        if (nargs != 2) {
            if (nargs != 3) {
                throw LuaError.runtime("wrong number of arguments to 'insert'");
            }
            int n = StringLib.checkInt(args, 1, "insert");
            for (; i > n; i--) {
                t.set(i, t.get(i - 1));
            }
            i = n;
        }
        t.set(i, args[nargs - 1]);
        return Lua.NONE;
    }

    /**
     * LuaJIT writes remove/getn/foreach/foreachi/move in Lua: a missing argument is a nil parameter, so
     * errors say "got nil" where the C functions say "got no value".
     */
    private static Object[] params(Object[] args, int n) {
        if (args.length >= n) {
            return args;
        }
        Object[] r = new Object[n];
        System.arraycopy(args, 0, r, 0, args.length);
        return r;
    }

    private static Object[] remove(Object[] args) {
        args = params(args, 1);
        LuaTable t = LibArgs.checkTable(args, 0, "remove");
        int len = t.length();
        if (args.length < 2 || args[1] == null) {
            if (len != 0) {
                Object old = t.get(len);
                t.set(len, null);
                return new Object[] {old};
            }
            return Lua.NONE;
        }
        double pos = LibArgs.checkNumber(args, 1, "remove");
        if (pos >= 1 && pos <= len) {
            Object old = t.get(NumberText.toInt32(pos));
            for (double i = pos + 1; i <= len; i++) {
                t.set(NumberText.toInt32(i - 1), t.get(NumberText.toInt32(i)));
            }
            t.set(len, null);
            return new Object[] {old};
        }
        return Lua.NONE;
    }

    private static Object[] concat(Object[] args) {
        LuaTable t = LibArgs.checkTable(args, 0, "concat");
        String sep = LibArgs.optString(args, 1, "concat", null);
        int i = StringLib.optInt(args, 2, "concat", 1);
        int e = args.length > 3 && args[3] != null ? StringLib.checkInt(args, 3, "concat") : t.length();
        if (i > e) {
            return new Object[] {""};
        }
        StringBuilder sb = new StringBuilder();
        for (;;) {
            Object o = t.get(i);
            if (o instanceof String s) {
                sb.append(s);
            } else if (o instanceof Double d) {
                sb.append(NumberText.toLuaString(d));
            } else {
                throw LuaError.runtime("invalid value (" + Lua.type(o) + ") at index " + i
                        + " in table for 'concat'");
            }
            if (i++ == e) {
                break;
            }
            if (sep != null) {
                sb.append(sep);
            }
        }
        return new Object[] {sb.toString()};
    }

    private static Object[] maxn(Object[] args) {
        LuaTable t = LibArgs.checkTable(args, 0, "maxn");
        double m = 0;
        Object[] kv = new Object[2];
        Object k = null;
        while (t.next(k, kv)) {
            k = kv[0];
            if (k instanceof Double d && d > m) {
                m = d;
            }
        }
        return new Object[] {m};
    }

    private static Object[] getn(Object[] args) {
        args = params(args, 1);
        return new Object[] {(double) LibArgs.checkTable(args, 0, "getn").length()};
    }

    private static Object[] foreachi(Object[] args) {
        args = params(args, 2);
        LuaTable t = LibArgs.checkTable(args, 0, "foreachi");
        LuaFunction f = LibArgs.checkFunction(args, 1, "foreachi");
        int n = t.length();
        for (int i = 1; i <= n; i++) {
            Object r = f.call((double) i, t.get(i));
            if (r != null) {
                return new Object[] {r};
            }
        }
        return Lua.NONE;
    }

    private static Object[] foreach(Object[] args) {
        args = params(args, 2);
        LuaTable t = LibArgs.checkTable(args, 0, "foreach");
        LuaFunction f = LibArgs.checkFunction(args, 1, "foreach");
        Object[] kv = new Object[2];
        Object k = null;
        while (t.next(k, kv)) {
            k = kv[0];
            Object r = f.call(k, kv[1]);
            if (r != null) {
                return new Object[] {r};
            }
        }
        return Lua.NONE;
    }

    private static Object[] move(Object[] args) {
        args = params(args, 4);
        LuaTable a1 = LibArgs.checkTable(args, 0, "move");
        double f = LibArgs.checkNumber(args, 1, "move");
        double e = LibArgs.checkNumber(args, 2, "move");
        double t = LibArgs.checkNumber(args, 3, "move");
        LuaTable a2 = args.length > 4 && args[4] != null ? LibArgs.checkTable(args, 4, "move") : a1;
        if (e >= f) {
            double d = t - f;
            if (t > e || t <= f || a2 != a1) {
                for (double i = f; i <= e; i++) {
                    a2.set(NumberText.toInt32(i + d), a1.get(NumberText.toInt32(i)));
                }
            } else {
                for (double i = e; i >= f; i--) {
                    a2.set(NumberText.toInt32(i + d), a1.get(NumberText.toInt32(i)));
                }
            }
        }
        return new Object[] {a2};
    }

    // ---------------------------------------------------------------- sort

    private static Object[] sort(Object[] args) {
        LuaTable t = LibArgs.checkTable(args, 0, "sort");
        int n = t.length();
        Object comp = args.length > 1 ? args[1] : null;
        if (comp != null) {
            LibArgs.checkFunction(args, 1, "sort");
        }
        // LuaJIT cannot yield out of a comparator: table.sort is a C function.
        LuaCoroutine.enterNonYieldable();
        try {
            new Sorter(t, (LuaFunction) comp).auxsort(1, n);
        } finally {
            LuaCoroutine.exitNonYieldable();
        }
        return Lua.NONE;
    }

    /** Lua 5.1's auxsort from ltablib.c, with the same comparisons in the same order. */
    private static final class Sorter {
        private final LuaTable t;
        private final LuaFunction comp;

        Sorter(LuaTable t, LuaFunction comp) {
            this.t = t;
            this.comp = comp;
        }

        private boolean less(Object a, Object b) {
            if (comp == null) {
                return Lua.lt(a, b);
            }
            return Lua.truthy(comp.call(a, b));
        }

        private static LuaError invalidOrder() {
            return LuaError.runtime("invalid order function for sorting");
        }

        void auxsort(int l, int u) {
            while (l < u) {
                // Sort a[l], a[(l+u)/2] and a[u].
                Object al = t.get(l);
                Object au = t.get(u);
                if (less(au, al)) {
                    t.set(l, au);
                    t.set(u, al);
                }
                if (u - l == 1) {
                    break;
                }
                int i = (l + u) / 2;
                Object ai = t.get(i);
                al = t.get(l);
                if (less(ai, al)) {
                    t.set(i, al);
                    t.set(l, ai);
                } else {
                    au = t.get(u);
                    if (less(au, ai)) {
                        t.set(i, au);
                        t.set(u, ai);
                    }
                }
                if (u - l == 2) {
                    break;
                }
                Object pivot = t.get(i);
                Object aum1 = t.get(u - 1);
                t.set(i, aum1);
                t.set(u - 1, pivot);
                // a[l] <= P == a[u-1] <= a[u]; only a[l+1..u-2] needs sorting.
                i = l;
                int j = u - 1;
                for (;;) {
                    Object x;
                    while (less(x = t.get(++i), pivot)) {
                        if (i >= u) {
                            throw invalidOrder();
                        }
                    }
                    Object y;
                    while (less(pivot, y = t.get(--j))) {
                        if (j <= l) {
                            throw invalidOrder();
                        }
                    }
                    if (j < i) {
                        break;
                    }
                    t.set(i, y);
                    t.set(j, x);
                }
                Object a = t.get(u - 1);
                Object b = t.get(i);
                t.set(u - 1, b);
                t.set(i, a);
                // Recurse into the smaller half, loop on the larger one.
                if (i - l < u - i) {
                    j = l;
                    i = i - 1;
                    l = i + 2;
                } else {
                    j = i + 1;
                    i = u;
                    u = j - 2;
                }
                auxsort(j, i);
            }
        }
    }
}
