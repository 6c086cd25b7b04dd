package dev.lua2java.runtime.pob;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.LibArgs;
import dev.lua2java.runtime.lib.LibFunction;
import dev.lua2java.runtime.lib.NumberText;
import dev.lua2java.runtime.lib.StringLib;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The {@code lua-utf8} C module (starwing/luautf8 0.2.1, {@code lutf8lib.c}, as built for LuaJIT) in
 * the subset Path of Building uses: {@code offset codepoint find gmatch gsub match len sub reverse lower
 * upper byte char next} and {@code charpattern}. {@link #create()} returns the module table, which is
 * what {@code require('lua-utf8')} gives; it is not installed as a global.
 *
 * <p>Strings are UTF-8 byte strings (one char per byte, as everywhere in this runtime). Which positions
 * are bytes and which are code points follows luautf8, not the name of the function:
 * <ul>
 *   <li>code-point positions: {@code sub(s, i [, j])}, {@code byte(s [, i [, j]])}, the init argument
 *   and the results of {@code find}, position captures {@code ()};</li>
 *   <li>byte positions (Lua 5.3's utf8 library): {@code len(s [, i [, j [, lax]]])} (nil and the byte
 *   position of the first invalid sequence), {@code codepoint(s [, i [, j [, lax]]])},
 *   {@code offset(s, n [, i])} (byte start and byte end of the character, as luautf8 since 0.1.7),
 *   {@code next(s [, i [, n]])} (byte position and code point of the n-th character after byte
 *   position i, n negative goes backwards; nothing at the end).</li>
 * </ul>
 * {@code reverse(s [, lax])} keeps combining marks (Unicode Grapheme_Extend) after their base character
 * unless {@code lax} is true; {@code lower}/{@code upper} use the JDK's simple case mappings and accept
 * a code point number too; {@code char} rejects values above U+10FFFF. Invalid UTF-8 raises
 * {@code invalid UTF-8 code} where luautf8 decodes.
 *
 * <p>Pattern functions: when the subject and the pattern are ASCII they are exactly the string
 * library's functions (LuaJIT's matcher). Otherwise subject and pattern are decoded to one char per code
 * point and the same matcher runs over them, so classes and sets see whole characters, positions are
 * code-point indices and captures are UTF-8 again. Non-ASCII code points are given chars above 0x7F in
 * code-point order (so {@code [à-é]} ranges work), avoiding the chars {@link
 * dev.lua2java.runtime.lib.LuaPattern} would read as class letters after {@code %}.
 *
 * <p>Known differences from luautf8: character classes ({@code %a %d %s %w %p ...}) are ASCII-only
 * (luautf8 uses Unicode categories, so there {@code %a} matches {@code é}); the string library's LuaJIT
 * behaviours hold for every subject ({@code find}/{@code match} with an init past the end clamp it instead
 * of returning nil, {@code %x} in a gsub replacement inserts {@code x} instead of raising "invalid use of
 * '%' in replacement string", the pattern ends at a NUL byte); invalid UTF-8 in the subject or pattern of
 * a non-ASCII match raises {@code invalid UTF-8 code} before matching (luautf8 raises it only when its
 * matcher reaches the bad bytes); the Unicode tables (case mappings, Grapheme_Extend) are the JDK's.
 *
 * <p>The functions print as {@code function: 0x...}, as C functions do in LuaJIT (not as builtins).
 */
public final class Utf8Lib {
    private Utf8Lib() {
    }

    /** luautf8's {@code utf8.charpattern} when built for Lua 5.1/LuaJIT ({@code %z}, not a NUL byte). */
    public static final String CHARPATTERN = "[%z\u0001-\u007F\u00C2-\u00F4][\u0080-\u00BF]*";

    private static final String INVALID = "invalid UTF-8 code";
    private static final long NO_POS = Long.MIN_VALUE;
    private static final long MAXCP = 0x10FFFF;

    /** The module table {@code require('lua-utf8')} returns. */
    public static LuaTable create() {
        LuaTable u = new LuaTable();
        define(u, "offset", Utf8Lib::offset);
        define(u, "codepoint", Utf8Lib::codepoint);
        define(u, "find", a -> findAux(a, true));
        define(u, "gmatch", Utf8Lib::gmatch);
        define(u, "gsub", Utf8Lib::gsub);
        define(u, "match", a -> findAux(a, false));
        define(u, "len", Utf8Lib::len);
        define(u, "sub", Utf8Lib::sub);
        define(u, "reverse", Utf8Lib::reverse);
        define(u, "lower", a -> convert(a, false));
        define(u, "upper", a -> convert(a, true));
        define(u, "byte", Utf8Lib::byteFn);
        define(u, "char", Utf8Lib::charFn);
        define(u, "next", Utf8Lib::next);
        u.set("charpattern", CHARPATTERN);
        return u;
    }

    // ---------------------------------------------------------------- functions

    /** Functions of the C module are not LuaJIT fast functions: they print as {@code function: 0x...}. */
    private static void define(LuaTable lib, String name, LibFunction.Body body) {
        lib.set(name, new LibFunction(name, body, false));
    }

    /** luaL_checkinteger (LuaJIT on 64-bit: truncation to int64). */
    private static long checkInt(Object[] a, int i, String fname) {
        return NumberText.toInt64(LibArgs.checkNumber(a, i, fname));
    }

    private static long optInt(Object[] a, int i, String fname, long dflt) {
        return i < a.length && a[i] != null ? checkInt(a, i, fname) : dflt;
    }

    private static boolean flag(Object[] a, int i) {
        return i < a.length && Lua.truthy(a[i]);
    }

    private static Object[] one(Object v) {
        return new Object[] {v};
    }

    private static Object[] sub(Object[] a) {
        String s = LibArgs.checkString(a, 0, "sub");
        long i = checkInt(a, 1, "sub");
        long j = optInt(a, 2, "sub", -1);
        int[] r = range(s, i, j);
        return one(r == null ? "" : s.substring(r[0], r[1]));
    }

    private static Object[] byteFn(Object[] a) {
        String s = LibArgs.checkString(a, 0, "byte");
        long i = optInt(a, 1, "byte", 1);
        long j = optInt(a, 2, "byte", i);
        int[] r = range(s, i, j);
        if (r == null) {
            return Lua.NONE;
        }
        List<Object> out = new ArrayList<>();
        int[] v = new int[1];
        for (int p = r[0]; p < r[1];) {
            int n = decode(s, p, v, false);
            if (n == 0) {
                throw LuaError.runtime(INVALID);
            }
            out.add((double) v[0]);
            p += n;
        }
        return out.toArray();
    }

    private static Object[] codepoint(Object[] a) {
        String s = LibArgs.checkString(a, 0, "codepoint");
        int len = s.length();
        long posi = byteRelat(optInt(a, 1, "codepoint", 1), len);
        long posj = byteRelat(optInt(a, 2, "codepoint", posi), len);
        boolean lax = flag(a, 3);
        if (posi < 1) {
            throw LibArgs.badArgument(1, "codepoint", "out of bounds");
        }
        if (posj > len) {
            throw LibArgs.badArgument(2, "codepoint", "out of bounds");
        }
        if (posi > posj) {
            return Lua.NONE;
        }
        // luaL_checkstack: LuaJIT's C stack holds at most LUAI_MAXCSTACK (8000) slots.
        if (posj - posi + 1 + a.length > 8000) {
            throw LuaError.runtime("stack overflow (string slice too long)");
        }
        List<Object> out = new ArrayList<>();
        int[] v = new int[1];
        for (int p = (int) posi - 1; p < posj;) {
            int n = decode(s, p, v, false);
            if (n == 0 || (!lax && invalid(v[0]))) {
                throw LuaError.runtime(INVALID);
            }
            out.add((double) v[0]);
            p += n;
        }
        return out.toArray();
    }

    private static Object[] charFn(Object[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            long code = checkInt(a, i, "char") & 0xFFFFFFFFL; // (utfint) cast
            if (code > MAXCP) {
                throw LibArgs.badArgument(i, "char", "value out of range");
            }
            encode(b, code);
        }
        return one(b.toString());
    }

    private static Object[] len(Object[] a) {
        String s = LibArgs.checkString(a, 0, "len");
        int len = s.length();
        long posi = byteRelat(optInt(a, 1, "len", 1), len);
        long posj = byteRelat(optInt(a, 2, "len", len), len);
        boolean lax = flag(a, 3);
        if (posi < 1 || --posi > len) {
            throw LibArgs.badArgument(1, "len", "initial position out of bounds");
        }
        if (--posj >= len) {
            throw LibArgs.badArgument(2, "len", "final position out of bounds");
        }
        long n = 0;
        long e = posj + 1;
        int[] v = new int[1];
        for (long p = posi; p < e; n++) {
            if (lax) {
                p = next(s, p, e);
            } else {
                int k = decode(s, (int) p, v, true);
                if (k == 0) {
                    return new Object[] {null, (double) (p + 1)};
                }
                p += k;
            }
        }
        return one((double) n);
    }

    private static Object[] reverse(Object[] a) {
        String s = LibArgs.checkString(a, 0, "reverse");
        boolean lax = flag(a, 1);
        int e = s.length();
        StringBuilder b = new StringBuilder(e);
        if (lax) {
            for (int prev = e; 0 < prev; e = prev) {
                prev = (int) prev(s, 0, prev);
                b.append(s, prev, e);
            }
        } else {
            int[] v = new int[1];
            for (int prev = e, pprev; 0 < prev; prev = pprev) {
                pprev = (int) prev(s, 0, prev);
                if (decode(s, pprev, v, false) == 0 || invalid(v[0])) {
                    throw LuaError.runtime(INVALID);
                }
                if (!isCompose(v[0])) {
                    b.append(s, pprev, e);
                    e = pprev;
                }
            }
        }
        return one(b.toString());
    }

    private static Object[] convert(Object[] a, boolean upper) {
        Object v = a.length > 0 ? a[0] : null;
        if (v instanceof Double d) {
            long code = NumberText.toInt64(d) & 0xFFFFFFFFL;
            return one((double) caseMap(code, upper));
        }
        if (!(v instanceof String s)) {
            throw LuaError.runtime("number/string expected, got " + (a.length > 0 ? Lua.type(v) : "no value"));
        }
        StringBuilder b = new StringBuilder(s.length());
        int[] cp = new int[1];
        for (int p = 0, n = s.length(); p < n;) {
            int k = decode(s, p, cp, false);
            if (k == 0) {
                throw LuaError.runtime(INVALID);
            }
            encode(b, caseMap(cp[0] & 0xFFFFFFFFL, upper));
            p += k;
        }
        return one(b.toString());
    }

    private static long caseMap(long code, boolean upper) {
        if (code > MAXCP) {
            return code;
        }
        return upper ? Character.toUpperCase((int) code) : Character.toLowerCase((int) code);
    }

    private static Object[] offset(Object[] a) {
        String s = LibArgs.checkString(a, 0, "offset");
        int len = s.length();
        long n = checkInt(a, 1, "offset");
        long posi = n >= 0 ? 1 : len + 1;
        posi = byteRelat(optInt(a, 2, "offset", posi), len);
        if (posi < 1 || --posi > len) {
            throw LibArgs.badArgument(2, "offset", "position out of range");
        }
        if (n == 0) {
            while (posi > 0 && cont(s, posi)) {
                posi--;
            }
        } else {
            if (cont(s, posi)) {
                throw LuaError.runtime("initial position is a continuation byte");
            }
            if (n < 0) {
                while (n < 0 && posi > 0) {
                    do {
                        posi--;
                    } while (posi > 0 && cont(s, posi));
                    n++;
                }
            } else {
                n--;
                while (n > 0 && posi < len) {
                    do {
                        posi++;
                    } while (cont(s, posi));
                    n--;
                }
            }
        }
        if (n != 0) {
            return one(null);
        }
        long start = posi + 1;
        if ((byteAt(s, posi) & 0x80) != 0) {
            do {
                posi++;
            } while (cont(s, posi + 1));
        }
        return new Object[] {(double) start, (double) (posi + 1)};
    }

    private static Object[] next(Object[] a) {
        String s = LibArgs.checkString(a, 0, "next");
        int e = s.length();
        long offset = byteRelat(optInt(a, 1, "next", 1), e);
        long idx = optInt(a, 2, "next", a.length > 1 && a[1] != null ? 1 : 0);
        long p;
        if (idx != 0) {
            p = offset(s, e, offset, idx);
        } else {
            p = offset - 1;
            if (cont(s, p)) {
                p = prev(s, 0, p);
            }
        }
        // p outside the string: C would read outside it; nothing is the only sensible answer.
        if (p == NO_POS || p < 0 || p >= e) {
            return Lua.NONE;
        }
        int[] v = new int[1];
        if (decode(s, (int) p, v, false) == 0) {
            v[0] = 0;
        }
        return new Object[] {(double) (p + 1), (double) v[0]};
    }

    // ---------------------------------------------------------------- byte-level helpers (lutf8lib.c)

    private static int byteAt(String s, long i) {
        return i >= 0 && i < s.length() ? s.charAt((int) i) : 0; // a C string reads NUL at its end
    }

    /** iscontp: is the byte at i a continuation byte (10xxxxxx)? */
    private static boolean cont(String s, long i) {
        return (byteAt(s, i) & 0xC0) == 0x80;
    }

    /** utf8_next: the start of the character after the one at p, at most e. */
    private static long next(String s, long p, long e) {
        while (p < e && cont(s, p + 1)) {
            p++;
        }
        return p < e ? p + 1 : e;
    }

    /** utf8_prev: the start of the character before p, at least lo. */
    private static long prev(String s, long lo, long p) {
        while (lo < p && cont(s, p - 1)) {
            p--;
        }
        return lo < p ? p - 1 : lo;
    }

    /** utf8_offset: idx characters forward (backward if negative) from byte offset (1-based); NO_POS if too few. */
    private static long offset(String s, long e, long offset, long idx) {
        long p = offset - 1;
        if (idx >= 0) {
            while (p < e && idx > 0) {
                p = next(s, p, e);
                idx--;
            }
        } else {
            while (0 < p && idx < 0) {
                p = prev(s, 0, p);
                idx++;
            }
        }
        return idx == 0 ? p : NO_POS;
    }

    /** utf8_relat: the start of the idx-th character (negative: from the end), NO_POS if there is none. */
    private static long relat(String s, int idx) {
        int e = s.length();
        return idx >= 0 ? offset(s, e, 1, idx - 1L) : offset(s, e, e + 1L, idx);
    }

    /** utf8_range: byte bounds [i, j) of the characters i..j, or null when empty. */
    private static int[] range(String s, long i, long j) {
        int e = s.length();
        long ps = relat(s, (int) i);
        long pe = relat(s, (int) j);
        long bi = ps != NO_POS ? ps : (i > 0 ? e : 0);
        long bj = pe != NO_POS ? next(s, pe, e) : (j > 0 ? e : 0);
        return bi < bj ? new int[] {(int) bi, (int) bj} : null;
    }

    /** byte_relat: a negative byte position counts from the end (0 when before the start). */
    private static long byteRelat(long pos, long len) {
        if (pos >= 0) {
            return pos;
        }
        return pos < -len ? 0 : len + pos + 1;
    }

    private static final long[] LIMITS = {0xFFFFFFFFL, 0x80, 0x800, 0x10000, 0x200000, 0x4000000};

    /**
     * utf8_decode: the value of the sequence at i into {@code val[0]} and its length, or 0 when invalid
     * (not a sequence, overlong, above 0x7FFFFFFF; with {@code strict} also surrogates and values above
     * U+10FFFF).
     */
    private static int decode(String s, int i, int[] val, boolean strict) {
        int c = byteAt(s, i);
        long res;
        int count = 0;
        if (c < 0x80) {
            res = c;
        } else {
            res = 0;
            for (; (c & 0x40) != 0; c <<= 1) {
                int cc = byteAt(s, i + ++count);
                if ((cc & 0xC0) != 0x80) {
                    return 0;
                }
                res = (res << 6) | (cc & 0x3F);
            }
            if (count > 5) {
                return 0;
            }
            res |= (long) (c & 0x7F) << (count * 5);
            if (res > 0x7FFFFFFFL || res < LIMITS[count]) {
                return 0;
            }
        }
        if (strict && invalid(res)) {
            return 0;
        }
        val[0] = (int) res;
        return count + 1;
    }

    /** utf8_invalid: above U+10FFFF or a surrogate. */
    private static boolean invalid(long ch) {
        return ch > MAXCP || (ch >= 0xD800 && ch <= 0xDFFF);
    }

    /** utf8_encode (values up to 0x7FFFFFFF, up to 6 bytes). */
    private static void encode(StringBuilder b, long x) {
        if (x < 0x80) {
            b.append((char) x);
            return;
        }
        char[] buf = new char[8];
        int n = 1;
        long mfb = 0x3f;
        do {
            buf[8 - n++] = (char) (0x80 | (x & 0x3f));
            x >>= 6;
            mfb >>= 1;
        } while (x > mfb);
        buf[8 - n] = (char) (((~mfb << 1) | x) & 0xFF);
        b.append(buf, 8 - n, n);
    }

    /**
     * luautf8's utf8_iscompose (Unicode Grapheme_Extend): the JDK's non-spacing and enclosing marks plus
     * Other_Grapheme_Extend.
     */
    private static boolean isCompose(int cp) {
        int t = Character.getType(cp);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) {
            return true;
        }
        switch (cp) {
            case 0x09BE: case 0x09D7: case 0x0B3E: case 0x0B57: case 0x0BBE: case 0x0BD7: case 0x0CC2:
            case 0x0CD5: case 0x0CD6: case 0x0D3E: case 0x0D57: case 0x0DCF: case 0x0DDF: case 0x1B35:
            case 0x200C: case 0x302E: case 0x302F: case 0xFF9E: case 0xFF9F: case 0x1133E: case 0x11357:
            case 0x114B0: case 0x114BD: case 0x115AF: case 0x11930: case 0x1D165:
                return true;
            default:
                return (cp >= 0x1D16E && cp <= 0x1D172) || (cp >= 0xE0020 && cp <= 0xE007F);
        }
    }

    // ---------------------------------------------------------------- pattern functions

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Does subject or pattern hold a non-ASCII string? (Numbers and errors go to the string library.) */
    private static boolean nonAscii(Object[] a) {
        return (a.length > 0 && a[0] instanceof String s && !isAscii(s))
                || (a.length > 1 && a[1] instanceof String p && !isAscii(p));
    }

    private static Object[] findAux(Object[] a, boolean find) {
        if (!nonAscii(a)) {
            return StringLib.findAux(a, find);
        }
        Codec c = Codec.of(a, find ? "find" : "match");
        return c.encodeAll(StringLib.findAux(c.coded(a), find));
    }

    private static Object[] gmatch(Object[] a) {
        if (!nonAscii(a)) {
            return StringLib.gmatch(a);
        }
        Codec c = Codec.of(a, "gmatch");
        LuaFunction iter = (LuaFunction) StringLib.gmatch(new Object[] {c.subject, c.pattern})[0];
        return one(new LuaFunction() {
            @Override
            public Object[] invoke(Object[] args) {
                return c.encodeAll(iter.invoke(args));
            }
        });
    }

    private static Object[] gsub(Object[] a) {
        if (!nonAscii(a)) {
            return StringLib.gsub(a);
        }
        Codec c = Codec.of(a, "gsub");
        Object[] args = c.coded(a);
        if (args.length > 2) {
            Object repl = args[2];
            if (repl instanceof String r) {
                args[2] = c.toChars(decodeAll(r, true));
            } else if (repl instanceof LuaFunction f) {
                args[2] = new Replacement(c, f, null);
            } else if (repl instanceof LuaTable t) {
                args[2] = new Replacement(c, null, t);
            }
        }
        Object[] r = StringLib.gsub(args);
        r[0] = c.encode((String) r[0]);
        return r;
    }

    /** A gsub replacement function or table seen through the code-point strings: UTF-8 in and out. */
    private static final class Replacement extends LuaFunction {
        private final Codec codec;
        private final LuaFunction function;
        private final LuaTable table;

        Replacement(Codec codec, LuaFunction function, LuaTable table) {
            this.codec = codec;
            this.function = function;
            this.table = table;
        }

        @Override
        public Object[] invoke(Object[] args) {
            Object[] captures = codec.encodeAll(args.clone());
            Object v = function != null ? Lua.first(function.invoke(captures))
                    : Lua.index(table, captures.length > 0 ? captures[0] : null);
            if (v instanceof String str) {
                v = codec.toChars(decodeAll(str, true));
            }
            return one(v);
        }
    }

    /**
     * The values of the characters of s (luautf8's non-strict decoding). An invalid sequence raises
     * {@code invalid UTF-8 code}, or with {@code lenient} stands for its first byte b as the value -1-b.
     */
    private static int[] decodeAll(String s, boolean lenient) {
        int[] out = new int[s.length()];
        int n = 0;
        int[] v = new int[1];
        for (int i = 0, len = s.length(); i < len;) {
            int k = decode(s, i, v, false);
            if (k == 0) {
                if (!lenient) {
                    throw LuaError.runtime(INVALID);
                }
                out[n++] = -1 - s.charAt(i);
                i++;
            } else {
                out[n++] = v[0];
                i += k;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * One char per code point for one pattern operation. ASCII stays itself (classes, specials); every
     * other value gets a char above 0x7F, the values of subject and pattern in increasing order (ranges
     * in sets compare correctly), later ones (replacements) after them. Chars whose low byte is
     * 0x40-0x7F are skipped: after '%' LuaPattern reads such a char as a class letter.
     */
    private static final class Codec {
        private static final int MAX_CHARS = 128 + 255 * 192;

        private int[] values = new int[16];
        private int count;
        private final HashMap<Integer, Character> chars = new HashMap<>();
        final String subject;
        final String pattern;

        /** The codec of a call's subject (argument 1) and pattern (argument 2). */
        static Codec of(Object[] a, String fname) {
            return new Codec(LibArgs.checkString(a, 0, fname), LibArgs.checkString(a, 1, fname));
        }

        /** The call's arguments with subject and pattern in one char per code point. */
        Object[] coded(Object[] a) {
            Object[] args = a.clone();
            args[0] = subject;
            args[1] = pattern;
            return args;
        }

        Codec(String s, String p) {
            int[] sv = decodeAll(s, false);
            int[] pv = decodeAll(p, false);
            int[] all = new int[sv.length + pv.length];
            int n = 0;
            for (int x : sv) {
                if (x >= 0x80) {
                    all[n++] = x;
                }
            }
            for (int x : pv) {
                if (x >= 0x80) {
                    all[n++] = x;
                }
            }
            Arrays.sort(all, 0, n);
            for (int k = 0; k < n; k++) {
                if (k == 0 || all[k] != all[k - 1]) {
                    charOf(all[k]);
                }
            }
            subject = toChars(sv);
            pattern = toChars(pv);
        }

        private static char charAt(int ordinal) {
            if (ordinal < 128) {
                return (char) (0x80 + ordinal);
            }
            int k = ordinal - 128;
            int r = k % 192;
            return (char) (((1 + k / 192) << 8) | (r < 64 ? r : r + 64));
        }

        private static int ordinal(char c) {
            int block = c >> 8;
            int lo = c & 0xFF;
            return block == 0 ? lo - 0x80 : 128 + (block - 1) * 192 + (lo < 64 ? lo : lo - 64);
        }

        char charOf(int value) {
            if (value >= 0 && value < 0x80) {
                return (char) value;
            }
            Character c = chars.get(value);
            if (c != null) {
                return c;
            }
            if (count == MAX_CHARS) {
                throw LuaError.runtime("too many distinct characters for a UTF-8 pattern operation");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, 2 * count);
            }
            values[count] = value;
            char ch = charAt(count++);
            chars.put(value, ch);
            return ch;
        }

        String toChars(int[] vals) {
            char[] r = new char[vals.length];
            for (int i = 0; i < vals.length; i++) {
                r[i] = charOf(vals[i]);
            }
            return new String(r);
        }

        String encode(String d) {
            StringBuilder b = null;
            for (int i = 0, n = d.length(); i < n; i++) {
                char c = d.charAt(i);
                if (c >= 0x80 && b == null) {
                    b = new StringBuilder(n + 16).append(d, 0, i);
                }
                if (b == null) {
                    continue;
                }
                if (c < 0x80) {
                    b.append(c);
                } else {
                    int v = values[ordinal(c)];
                    if (v < 0) {
                        b.append((char) (-1 - v));
                    } else {
                        Utf8Lib.encode(b, v);
                    }
                }
            }
            return b == null ? d : b.toString();
        }

        /** The results of the string library with every string re-encoded (positions stay). */
        Object[] encodeAll(Object[] r) {
            for (int i = 0; i < r.length; i++) {
                if (r[i] instanceof String str) {
                    r[i] = encode(str);
                }
            }
            return r;
        }
    }
}
