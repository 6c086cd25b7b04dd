package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaCoroutine;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;

/**
 * The {@code string} library with LuaJIT 2.1's semantics ({@code lib_string.c} and the VM's fast
 * functions), and the metatable that makes {@code ("x"):upper()} work.
 *
 * <p>Strings are Java strings whose chars are bytes; numbers are accepted wherever strings are (as
 * {@code %.14g} text). Integer arguments are converted like LuaJIT's {@code lj_lib_checkint}: truncation
 * toward zero, and values outside the int32 range or NaN become -2^31 (x86-64 cvttsd2si), so
 * {@code ("hello"):sub(2^31)} is {@code "hello"}, as in LuaJIT.
 *
 * <p>LuaJIT behaviours kept on purpose (Lua 5.1 manuals or later Lua versions say otherwise):
 * <ul>
 *   <li>{@code find}/{@code match} with an init past the end clamp it to the end ({@code ("abc"):find("", 10)}
 *   is {@code 4 3}, not nil as in Lua 5.2+).</li>
 *   <li>{@code gmatch} has no anchor: {@code ^} is an ordinary character there.</li>
 *   <li>{@code gsub} replacement strings: {@code %} followed by a non-digit inserts that character
 *   ({@code "%x"} gives {@code x}, a trailing {@code %} inserts a NUL byte); there is no
 *   "invalid use of '%' in replacement string" error (that is Lua 5.2+).</li>
 *   <li>{@code rep} with a count of 0 or less returns "", the separator is used only between copies.</li>
 *   <li>{@code byte} returns at most 8000 values, else "string slice too long".</li>
 *   <li>{@code dump} exists but always fails with "unable to dump given function" (compiled code has no
 *   bytecode).</li>
 * </ul>
 */
public final class StringLib {
    private StringLib() {
    }

    /** Creates the {@code string} table, sets it as global {@code string} and as the strings' {@code __index}. */
    public static LuaTable install(LuaTable globals) {
        LuaTable s = new LuaTable();
        LibArgs.define(s, "len", StringLib::len);
        LibArgs.define(s, new LibFunction("sub", StringLib::sub) {
            @Override
            protected Object fast2(Object str, Object i) {
                return str instanceof String t && i instanceof Double d ? sub(t, NumberText.toInt32(d), -1) : GENERAL;
            }

            @Override
            protected Object fast3(Object str, Object i, Object j) {
                return str instanceof String t && i instanceof Double d && j instanceof Double e
                        ? sub(t, NumberText.toInt32(d), NumberText.toInt32(e)) : GENERAL;
            }
        });
        LibArgs.define(s, "upper", StringLib::upper);
        LibArgs.define(s, "lower", StringLib::lower);
        LibArgs.define(s, "rep", StringLib::rep);
        LibArgs.define(s, "reverse", StringLib::reverse);
        LibArgs.define(s, "byte", StringLib::byteFn);
        LibArgs.define(s, "char", StringLib::charFn);
        LibArgs.define(s, "format", StringLib::format);
        LibArgs.define(s, new FindOrMatch("find", true));
        LibArgs.define(s, new FindOrMatch("match", false));
        LibArgs.define(s, "gmatch", StringLib::gmatch);
        LibArgs.define(s, new LibFunction("gsub", StringLib::gsub) {
            @Override
            protected Object fast3(Object src, Object p, Object r) {
                // A string replacement calls no Lua, so no coroutine guard; the count is not wanted.
                return src instanceof String t && p instanceof String q && r instanceof String u
                        ? replace(t, q, u, u, t.length() + 1, null) : GENERAL;
            }
        });
        LibArgs.define(s, "dump", StringLib::dump);
        globals.set("string", s);
        LuaTable mt = new LuaTable();
        mt.set("__index", s);
        Lua.stringMetatable = mt;
        return s;
    }

    // ---------------------------------------------------------------- argument helpers

    /** lj_lib_checkint: a number (or numeric string) converted to int32 like the C cast on x86-64. */
    static int checkInt(Object[] args, int i, String fname) {
        Object v = i < args.length ? args[i] : null;
        if (v instanceof Double d) {
            return NumberText.toInt32(d);
        }
        return NumberText.toInt32(LibArgs.checkNumber(args, i, fname));
    }

    static int optInt(Object[] args, int i, String fname, int dflt) {
        return i < args.length && args[i] != null ? checkInt(args, i, fname) : dflt;
    }

    private static String str(Object[] args, int i, String fname) {
        Object v = i < args.length ? args[i] : null;
        if (v instanceof String s) {
            return s;
        }
        return LibArgs.checkString(args, i, fname);
    }

    private static final Object[] NIL_ARG = {null};

    private static Object[] one(Object v) {
        return new Object[] {v};
    }

    // ---------------------------------------------------------------- simple functions

    private static Object[] len(Object[] args) {
        // string.len is Lua code in LuaJIT: a missing argument is a nil parameter ("got nil").
        return one((double) str(args.length == 0 ? NIL_ARG : args, 0, "len").length());
    }

    private static Object[] sub(Object[] args) {
        String s = str(args, 0, "sub");
        int start = checkInt(args, 1, "sub");
        int end = optInt(args, 2, "sub", -1);
        return one(sub(s, start, end));
    }

    /** string.sub with LuaJIT's index rules (the VM's ff_string_sub). */
    public static String sub(String s, int start, int end) {
        int len = s.length();
        if (end < 0) {
            end += len + 1;
        } else if (end > len) {
            end = len;
        }
        if (start <= 0) {
            start = start == 0 ? 1 : start + len + 1;
            if (start <= 0) {
                start = 1;
            }
        }
        if (start > end) {
            return "";
        }
        return s.substring(start - 1, end);
    }

    private static Object[] upper(Object[] args) {
        String s = str(args, 0, "upper");
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                char[] r = s.toCharArray();
                for (int j = i; j < n; j++) {
                    char d = r[j];
                    if (d >= 'a' && d <= 'z') {
                        r[j] = (char) (d ^ 0x20);
                    }
                }
                return one(new String(r));
            }
        }
        return one(s);
    }

    private static Object[] lower(Object[] args) {
        String s = str(args, 0, "lower");
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] r = s.toCharArray();
                for (int j = i; j < n; j++) {
                    char d = r[j];
                    if (d >= 'A' && d <= 'Z') {
                        r[j] = (char) (d ^ 0x20);
                    }
                }
                return one(new String(r));
            }
        }
        return one(s);
    }

    private static Object[] reverse(Object[] args) {
        String s = str(args, 0, "reverse");
        int n = s.length();
        char[] r = new char[n];
        for (int i = 0; i < n; i++) {
            r[n - 1 - i] = s.charAt(i);
        }
        return one(new String(r));
    }

    private static final long MAX_STR = 0x7fffff00L;

    private static Object[] rep(Object[] args) {
        String s = str(args, 0, "rep");
        int n = checkInt(args, 1, "rep");
        String sep = i2(args) ? str(args, 2, "rep") : null;
        if (n <= 0) {
            return one("");
        }
        if (sep == null || sep.isEmpty() || n == 1) {
            if (s.isEmpty()) {
                return one("");
            }
            if ((long) n * s.length() > MAX_STR || (long) n * s.length() > Integer.MAX_VALUE - 16) {
                throw LuaError.runtime("not enough memory");
            }
            return one(s.repeat(n));
        }
        long total = (long) s.length() * n + (long) sep.length() * (n - 1);
        if (total > MAX_STR || total > Integer.MAX_VALUE - 16) {
            throw LuaError.runtime("not enough memory");
        }
        StringBuilder sb = new StringBuilder((int) total);
        sb.append(s);
        for (int i = 1; i < n; i++) {
            sb.append(sep).append(s);
        }
        return one(sb.toString());
    }

    private static boolean i2(Object[] args) {
        return args.length > 2 && args[2] != null;
    }

    private static Object[] byteFn(Object[] args) {
        String s = str(args, 0, "byte");
        int len = s.length();
        int start = optInt(args, 1, "byte", 1);
        int stop = optInt(args, 2, "byte", start);
        if (stop < 0) {
            stop += len + 1;
        }
        if (start < 0) {
            start += len + 1;
        }
        if (start <= 0) {
            start = 1;
        }
        if (stop > len) {
            stop = len;
        }
        if (start > stop) {
            return Lua.NONE;
        }
        int n = stop - start + 1;
        if (n > 8000) {
            throw LuaError.runtime("string slice too long");
        }
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
            r[i] = (double) s.charAt(start - 1 + i);
        }
        return r;
    }

    private static Object[] charFn(Object[] args) {
        char[] r = new char[args.length];
        for (int i = 0; i < args.length; i++) {
            int k = checkInt(args, i, "char");
            if ((k & ~0xFF) != 0) {
                throw LibArgs.badArgument(i, "char", "invalid value");
            }
            r[i] = (char) k;
        }
        return one(new String(r));
    }

    private static Object[] format(Object[] args) {
        String fmt = str(args, 0, "format");
        return one(StringFormat.format(fmt, args, 1));
    }

    private static Object[] dump(Object[] args) {
        LibArgs.checkFunction(args, 0, "dump");
        throw LuaError.runtime("unable to dump given function");
    }

    // ---------------------------------------------------------------- find / match

    /** {@code (s:find(p))}: where the first match starts, or nil. */
    private static Object findStart(String s, String p) {
        if (!LuaPattern.hasSpecials(p)) {
            int q = s.indexOf(p);
            return q >= 0 ? Lua.integer(q + 1) : null;
        }
        LuaPattern ms = LuaPattern.forSearchAt(s, p, 0);
        int start = ms == null ? -1 : ms.search(0);
        return start >= 0 ? Lua.integer(start + 1) : null;
    }

    /** {@code (s:match(p))}: the first capture of the first match (the whole match if none), or nil. */
    private static Object matchFirst(String s, String p) {
        LuaPattern ms = LuaPattern.forSearchAt(s, p, 0);
        if (ms == null) {
            return null;
        }
        int start = ms.search(0);
        return start >= 0 ? ms.capture(0, start, ms.matchEnd()) : null;
    }

    /**
     * {@code string.find} or {@code string.match}, with fast bodies for a string subject and pattern: for the
     * first result (find's start, match's first capture), and for every result with a start and (find) a
     * plain flag, as in {@code local a, b = s:find(sep, i, true)}.
     */
    private static final class FindOrMatch extends LibFunction {
        private final boolean find;

        FindOrMatch(String name, boolean find) {
            super(name, args -> findAux(args, find));
            this.find = find;
        }

        @Override
        protected Object fast2(Object str, Object p) {
            if (str instanceof String t && p instanceof String q) {
                return find ? findStart(t, q) : matchFirst(t, q);
            }
            return GENERAL;
        }

        @Override
        protected Object[] fastAll2(Object str, Object p) {
            return fastAll4(str, p, null, null);
        }

        @Override
        protected Object[] fastAll3(Object str, Object p, Object init) {
            return fastAll4(str, p, init, null);
        }

        @Override
        protected Object[] fastAll4(Object str, Object p, Object init, Object plain) {
            int i = initOf(init);
            return str instanceof String t && p instanceof String q && i != NO_INIT
                    ? findAll(t, q, i, Lua.truthy(plain), find) : null;
        }
    }

    public static Object[] findAux(Object[] args, boolean find) {
        String fname = find ? "find" : "match";
        String s = str(args, 0, fname);
        String p = str(args, 1, fname);
        int init = optInt(args, 2, fname, 1);
        return findAll(s, p, init, args.length > 3 && Lua.truthy(args[3]), find);
    }

    /**
     * The init argument of find/match when it is absent or a number, else {@link #NO_INIT}: the general body
     * then converts it or raises the error (and takes the rare init that is NO_INIT itself, with the same result).
     */
    private static int initOf(Object init) {
        return init == null ? 1 : init instanceof Double d ? NumberText.toInt32(d) : NO_INIT;
    }

    private static final int NO_INIT = Integer.MIN_VALUE;

    /** {@code s:find(p, init, plain)} ({@code find}) or {@code s:match(p, init)}: all results. */
    private static Object[] findAll(String s, String p, int init, boolean plain, boolean find) {
        int start = init;
        int len = s.length();
        if (start < 0) {
            start += len;
        } else {
            start--;
        }
        if (start < 0) {
            start = 0;
        }
        if (start > len) {
            start = len;
        }
        if (find && (plain || !LuaPattern.hasSpecials(p))) {
            int q = s.indexOf(p, start);
            if (q >= 0) {
                return new Object[] {Lua.integer(q + 1), Lua.integer(q + p.length())}; // positions: shared boxes
            }
            return new Object[] {null};
        }
        LuaPattern ms = LuaPattern.forSearchAt(s, p, start);
        int sstr = ms == null ? -1 : ms.search(start);
        if (sstr < 0) {
            return new Object[] {null};
        }
        int e = ms.matchEnd();
        if (find) {
            int n = ms.level();
            Object[] r = new Object[n + 2];
            r[0] = Lua.integer(sstr + 1);
            r[1] = Lua.integer(e);
            for (int i = 0; i < n; i++) {
                r[i + 2] = ms.capture(i, 0, 0);
            }
            return r;
        }
        return ms.captures(sstr, e, true);
    }

    // ---------------------------------------------------------------- gmatch

    public static Object[] gmatch(Object[] args) {
        String s = str(args, 0, "gmatch");
        String p = str(args, 1, "gmatch");
        return one(new GmatchIterator(s, p));
    }

    /** The iterator gmatch returns: resumes after the previous match (one past an empty match). */
    private static final class GmatchIterator extends LuaFunction {
        private final String s;
        private final String p;
        private int pos;

        GmatchIterator(String s, String p) {
            this.s = s;
            this.p = p;
        }

        @Override
        public Object[] invoke(Object[] args) {
            LuaPattern ms = new LuaPattern(s, p);
            int end = s.length();
            for (int src = pos; src <= end; src++) {
                ms.reset();
                int e = ms.match(src, 0);
                if (e != -1) {
                    pos = e == src ? e + 1 : e;
                    return ms.captures(src, e, true);
                }
            }
            pos = end + 1;
            return Lua.NONE;
        }

        @Override
        public String name() {
            return "gmatch_aux";
        }

        @Override
        public boolean isBuiltin() {
            return true;
        }
    }

    // ---------------------------------------------------------------- gsub

    public static Object[] gsub(Object[] args) {
        boolean callsLua = args.length > 2 && (args[2] instanceof LuaFunction || args[2] instanceof LuaTable);
        if (!callsLua) {
            return gsubUnguarded(args);
        }
        // LuaJIT cannot yield out of a replacement function: string.gsub is a C function.
        LuaCoroutine.enterNonYieldable();
        try {
            return gsubUnguarded(args);
        } finally {
            LuaCoroutine.exitNonYieldable();
        }
    }

    private static Object[] gsubUnguarded(Object[] args) {
        String src = str(args, 0, "gsub");
        String p = str(args, 1, "gsub");
        Object repl = args.length > 2 ? args[2] : null;
        int srcl = src.length();
        int maxS = args.length > 3 && args[3] != null
                ? (int) NumberText.toInt64(LibArgs.checkNumber(args, 3, "gsub")) : srcl + 1;
        if (!(repl instanceof String || repl instanceof Double || repl instanceof LuaFunction
                || repl instanceof LuaTable)) {
            throw LibArgs.badArgument(2, "gsub", "string/function/table expected");
        }
        String replStr = repl instanceof Double d ? NumberText.toLuaString(d) : repl instanceof String r ? r : null;
        int[] count = new int[1];
        String result = replace(src, p, repl, replStr, maxS, count);
        return new Object[] {result, (double) count[0]};
    }

    /**
     * gsub's work on checked arguments: {@code src} with up to {@code maxS} matches of {@code p} replaced
     * by {@code repl} ({@code replStr} when it is a string or number); the number of matches goes to
     * {@code count[0]} unless {@code count} is null.
     */
    private static String replace(String src, String p, Object repl, String replStr, int maxS, int[] count) {
        int srcl = src.length();
        LuaPattern ms = LuaPattern.forSearchAt(src, p, 0);
        if (ms == null) {
            if (count != null) {
                count[0] = 0;
            }
            return src;
        }
        boolean anchor = ms.anchored();
        int pstart = anchor ? 1 : 0;
        int first = anchor ? -1 : ms.firstItemEnd(pstart);
        int run = first >= 0 ? ms.trailingRunItemEnd() : -1;
        if (run >= 0) {
            return replaceTrailingRun(ms, run, src, repl, replStr, maxS, count);
        }
        // Unmatched text is copied in runs: src[copied, s) is pending; no match at all returns src.
        StringBuilder b = null;
        int copied = 0;
        int n = 0;
        int s = 0;
        while (n < maxS) {
            if (first >= 0) {
                // Positions where no match can start are left, like failed attempts, to the pending run.
                s = ms.nextStart(s, pstart, first);
                if (s == srcl) {
                    break; // the first item needs a character
                }
            }
            ms.reset();
            int e = ms.match(s, pstart);
            if (e != -1) {
                n++;
                if (b == null) {
                    b = new StringBuilder(srcl + 16);
                }
                b.append(src, copied, s);
                addValue(ms, b, src, s, e, repl, replStr);
                copied = e;
            }
            if (e != -1 && e > s) {
                s = e;
            } else if (s < srcl) {
                s++;
            } else {
                break;
            }
            if (anchor) {
                break;
            }
        }
        if (count != null) {
            count[0] = n;
        }
        if (b == null) {
            return src;
        }
        b.append(src, copied, srcl);
        return b.toString();
    }

    /** {@link #replace} of a pattern whose one match is a run that ends the subject ({@link LuaPattern#trailingRunItemEnd}). */
    private static String replaceTrailingRun(LuaPattern ms, int run, String src, Object repl, String replStr, int maxS,
            int[] count) {
        int start = maxS > 0 ? ms.trailingRunMatch(run, 0) : -1;
        if (count != null) {
            count[0] = start >= 0 ? 1 : 0;
        }
        if (start < 0) {
            return src;
        }
        StringBuilder b = new StringBuilder(src.length() + 16).append(src, 0, start);
        addValue(ms, b, src, start, ms.matchEnd(), repl, replStr);
        return b.toString();
    }

    private static void addValue(LuaPattern ms, StringBuilder b, String src, int s, int e, Object repl,
            String replStr) {
        if (replStr != null) {
            addString(ms, b, src, s, e, replStr);
            return;
        }
        Object v;
        if (repl instanceof LuaFunction f) {
            v = Lua.first(f.invoke(ms.captures(s, e, true)));
        } else {
            v = Lua.index(repl, ms.capture(0, s, e));
        }
        if (!Lua.truthy(v)) {
            b.append(src, s, e);
        } else if (v instanceof String str) {
            b.append(str);
        } else if (v instanceof Double d) {
            b.append(NumberText.toLuaString(d));
        } else {
            throw LuaError.runtime("invalid replacement value (a " + Lua.type(v) + ")");
        }
    }

    private static void addString(LuaPattern ms, StringBuilder b, String src, int s, int e, String news) {
        int l = news.length();
        for (int i = 0; i < l; i++) {
            char c = news.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            i++;
            int d = i < l ? news.charAt(i) : 0;
            if (d < '0' || d > '9') {
                b.append((char) d);
            } else if (d == '0') {
                b.append(src, s, e);
            } else {
                Object cap = ms.capture(d - '1', s, e);
                b.append(cap instanceof Double x ? NumberText.toLuaString(x) : (String) cap);
            }
        }
    }
}
