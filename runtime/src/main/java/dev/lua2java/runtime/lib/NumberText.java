package dev.lua2java.runtime.lib;

/**
 * Number to text and text to number, exactly as LuaJIT 2.1 (x86-64, no FFI) does it.
 *
 * <p><b>Number to string</b> ({@link #toLuaString}) is LuaJIT's {@code tostring}/concatenation format,
 * {@code %.14g} as produced by LuaJIT's own formatter ({@code lj_strfmt_num.c}, not the C library's
 * printf). That formatter works on the exact binary value and rounds exact decimal ties HALF-UP (away
 * from zero), unlike glibc's round-half-even: {@code 123456789012345} prints {@code 1.2345678901235e+14}
 * and {@code 12345678901234.5} prints {@code 12345678901235}. Integral values below 1e14 take a fast path
 * without any big-number arithmetic (this is the hot path of concatenation); everything else goes
 * through {@link StringFormat}'s exact engine. NaN always prints {@code nan} (LuaJIT 2.1's formatter
 * ignores the sign of a NaN; older LuaJIT builds that used printf could print {@code -nan}), infinities
 * print {@code inf}/{@code -inf}, negative zero prints {@code -0}.
 *
 * <p><b>String to number</b> ({@link #parse(String)}) is {@code lj_strscan_scan} with
 * {@code STRSCAN_OPT_TONUM}: surrounding whitespace (space, \t \n \v \f \r), optional sign, decimal with
 * optional fraction and exponent, hex {@code 0x} with optional fraction and binary exponent {@code p},
 * binary {@code 0b101}, and the words {@code inf}, {@code infinity}, {@code nan} in any case (LuaJIT
 * 2.1's tonumber does accept them: {@code tonumber("inf")} is {@code inf}). Exponents of 2^20 or more
 * in magnitude are rejected like LuaJIT does. The conversion is correctly rounded (the validated digits
 * are handed to {@link Double#parseDouble} unless a fast exact path applies). Deliberate difference:
 * LuaJIT only looks at the first 800 significant decimal digits; we use all of them.
 *
 * <p>{@link #parse(String, int)} is {@code tonumber(s, base)}: base 10 is the same as {@link #parse};
 * other bases go through C's {@code strtoul} exactly as LuaJIT calls it (whitespace, one optional sign,
 * then an alphanumeric first character, {@code 0x} accepted in base 16, saturation at 2^64-1, trailing
 * whitespace, and the string ends at its first NUL byte).
 *
 * <p>Also here: {@link #toInt32} and {@link #toInt64}, the x86-64 {@code cvttsd2si} conversions that
 * LuaJIT's library functions use for integer arguments (out of range or NaN gives the minimum value).
 */
public final class NumberText {
    private NumberText() {
    }

    private static final int CACHE_LOW = -256;
    private static final int CACHE_HIGH = 1024;
    private static final String[] SMALL = new String[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            SMALL[i - CACHE_LOW] = Integer.toString(i);
        }
    }

    // ---------------------------------------------------------------- number -> string

    /** Lua's {@code tostring} of a number: LuaJIT's {@code %.14g}. */
    public static String toLuaString(double d) {
        long l = (long) d;
        if (l == d && l > -100_000_000_000_000L && l < 100_000_000_000_000L) {
            if (l >= CACHE_LOW && l <= CACHE_HIGH) {
                if (l == 0 && Double.doubleToRawLongBits(d) != 0L) {
                    return "-0";
                }
                return SMALL[(int) l - CACHE_LOW];
            }
            return Long.toString(l);
        }
        return StringFormat.formatG14(d);
    }

    /** C's {@code (int32_t)d} on x86-64 (cvttsd2si): truncation, and INT_MIN when out of range or NaN. */
    public static int toInt32(double d) {
        return d > -2147483649.0 && d < 2147483648.0 ? (int) d : Integer.MIN_VALUE;
    }

    /** C's {@code (int64_t)d} on x86-64: truncation, and INT64_MIN when out of range or NaN. */
    public static long toInt64(double d) {
        return d >= -9.223372036854775808E18 && d < 9.223372036854775808E18 ? (long) d : Long.MIN_VALUE;
    }

    // ---------------------------------------------------------------- string -> number

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private static final int MAXEXP = 1 << 20;

    private static int at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    }

    private static boolean caseIs(int c, char k) {
        return (c | 0x20) == k;
    }

    /** Lua's string-to-number coercion ({@code tonumber(s)}); null when {@code s} is not a number. */
    public static Double parse(String s) {
        int n = s.length();
        // Fast path: a plain decimal integer of up to 15 digits, nothing around it.
        if (n > 0 && n <= 15) {
            long v = 0;
            int i = 0;
            for (; i < n; i++) {
                int c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (i == n) {
                return (double) v;
            }
        }
        return scan(s);
    }

    private static Double scan(String s) {
        final int n = s.length();
        int p = 0;
        boolean neg = false;
        if (!isDigit(at(s, 0))) {
            while (isSpace(at(s, p))) {
                p++;
            }
            int c = at(s, p);
            if (c == '+' || c == '-') {
                neg = c == '-';
                p++;
            }
            if (at(s, p) >= 'A') {
                double v = Double.NaN;
                if (caseIs(at(s, p), 'i') && caseIs(at(s, p + 1), 'n') && caseIs(at(s, p + 2), 'f')) {
                    v = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    p += 3;
                    if (caseIs(at(s, p), 'i') && caseIs(at(s, p + 1), 'n') && caseIs(at(s, p + 2), 'i')
                            && caseIs(at(s, p + 3), 't') && caseIs(at(s, p + 4), 'y')) {
                        p += 5;
                    }
                } else if (caseIs(at(s, p), 'n') && caseIs(at(s, p + 1), 'a') && caseIs(at(s, p + 2), 'n')) {
                    p += 3;
                }
                while (isSpace(at(s, p))) {
                    p++;
                }
                if (at(s, p) != 0 || p < n) {
                    return null;
                }
                return v;
            }
        }

        int base = 10;
        int dp = -1;
        boolean hasdig = false;
        if (at(s, p) <= '0') {
            if (at(s, p) == '0') {
                if (caseIs(at(s, p + 1), 'x')) {
                    base = 16;
                    p += 2;
                } else if (caseIs(at(s, p + 1), 'b')) {
                    base = 2;
                    p += 2;
                }
            }
            for (;; p++) {
                int c = at(s, p);
                if (c == '0') {
                    hasdig = true;
                } else if (c == '.') {
                    if (dp >= 0) {
                        return null;
                    }
                    dp = p;
                } else {
                    break;
                }
            }
        }

        final int sp = p;
        int dig = 0;
        long x = 0;
        for (;; p++) {
            int c = at(s, p);
            if (base == 16 ? isXDigit(c) : isDigit(c)) {
                if (dig < 18) {
                    x = x * 10 + (c & 15);
                }
                dig++;
            } else if (c == '.') {
                if (dp >= 0) {
                    return null;
                }
                dp = p;
            } else {
                break;
            }
        }
        final int mantEnd = p;
        if (!hasdig && dig == 0) {
            return null;
        }

        int ex = 0;
        if (dp >= 0) {
            if (base == 2) {
                return null;
            }
            if (dig > 0) {
                ex = dp - (p - 1); // minus the number of characters after the point
                int q = p - 1;
                while (ex < 0 && s.charAt(q) == '0') {
                    ex++;
                    q--;
                }
                if (ex <= -MAXEXP) {
                    return null;
                }
                ex = dp - (p - 1); // the exact count is used below; zeros only mattered for the limit
                if (base == 16) {
                    ex *= 4;
                }
            }
        }

        if (base >= 10 && caseIs(at(s, p), base == 16 ? 'p' : 'e')) {
            p++;
            boolean negx = false;
            if (at(s, p) == '+' || at(s, p) == '-') {
                negx = at(s, p) == '-';
                p++;
            }
            if (!isDigit(at(s, p))) {
                return null;
            }
            int xx = at(s, p++) & 15;
            while (isDigit(at(s, p))) {
                xx = xx * 10 + (at(s, p) & 15);
                if (xx >= MAXEXP) {
                    return null;
                }
                p++;
            }
            ex += negx ? -xx : xx;
        }

        // LuaJIT without FFI rejects every suffix (i, u, l, ll); only whitespace may follow.
        while (isSpace(at(s, p))) {
            p++;
        }
        if (p < n) {
            return null;
        }

        double v;
        if (dig == 0) {
            v = 0.0;
        } else if (base == 16) {
            v = hexValue(s, sp, mantEnd, ex);
        } else if (base == 2) {
            if (dig > 64) {
                return null;
            }
            long b = 0;
            for (int i = sp; i < mantEnd; i++) {
                int c = s.charAt(i);
                if ((c & ~1) != '0') {
                    return null;
                }
                b = (b << 1) | (c & 1);
            }
            v = unsignedToDouble(b);
        } else if (dig <= 15 && ex >= -22 && ex <= 22) {
            // Exact mantissa and exact power of ten: one correctly rounded operation.
            v = ex >= 0 ? x * POW10[ex] : x / POW10[-ex];
        } else {
            v = decimalValue(s, sp, mantEnd, dig, ex);
        }
        return neg ? -v : v;
    }

    private static double decimalValue(String s, int from, int to, int dig, int ex) {
        StringBuilder b = new StringBuilder(dig + 12);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.') {
                b.append(c);
            }
        }
        b.append('e').append(ex);
        return Double.parseDouble(b.toString());
    }

    private static double hexValue(String s, int from, int to, int ex2) {
        StringBuilder b = new StringBuilder(to - from + 16);
        b.append("0x");
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.') {
                b.append(c);
            }
        }
        b.append('p').append(ex2);
        return Double.parseDouble(b.toString());
    }

    /** A uint64 bit pattern as the nearest double (C's unsigned conversion). */
    static double unsignedToDouble(long v) {
        if (v >= 0) {
            return (double) v;
        }
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }

    /**
     * {@code tonumber(s, base)}. Base 10 is {@link #parse(String)}; bases 2..36 follow LuaJIT's strtoul
     * path. Throws LuaJIT's {@code bad argument #2 to 'tonumber' (base out of range)} for other bases.
     */
    public static Double parse(String s, int base) {
        if (base == 10) {
            return parse(s);
        }
        if (base < 2 || base > 36) {
            throw LibArgs.badArgument(1, "tonumber", "base out of range");
        }
        int p = 0;
        while (isSpace(at(s, p))) {
            p++;
        }
        boolean neg = false;
        if (at(s, p) == '-') {
            p++;
            neg = true;
        } else if (at(s, p) == '+') {
            p++;
        }
        int c = at(s, p);
        boolean alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        if (!alnum) {
            return null;
        }
        // strtoul: an optional 0x prefix in base 16 when a hex digit follows it.
        if (base == 16 && c == '0' && caseIs(at(s, p + 1), 'x') && digitValue(at(s, p + 2)) < 16) {
            p += 2;
        }
        long acc = 0;
        boolean overflow = false;
        int start = p;
        for (;; p++) {
            int d = digitValue(at(s, p));
            if (d >= base) {
                break;
            }
            if (!overflow) {
                long hi = Math.multiplyHigh(acc, base) + ((acc >> 63) & base); // unsigned high word
                long lo = acc * base;
                long sum = lo + d;
                if (hi != 0 || Long.compareUnsigned(sum, lo) < 0) {
                    overflow = true;
                } else {
                    acc = sum;
                }
            }
        }
        if (p == start) {
            return null;
        }
        while (isSpace(at(s, p))) {
            p++;
        }
        if (at(s, p) != 0) {
            return null;
        }
        double v = overflow ? 18446744073709551615.0 : unsignedToDouble(acc);
        return neg ? -v : v;
    }

    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int l = c | 0x20;
        if (l >= 'a' && l <= 'z') {
            return l - 'a' + 10;
        }
        return 99;
    }
}
