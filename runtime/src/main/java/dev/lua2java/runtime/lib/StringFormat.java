package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code string.format} exactly as LuaJIT 2.1 implements it ({@code lj_strfmt.c}, {@code lj_strfmt_num.c}),
 * plus the exact floating-point engine that {@link NumberText#toLuaString} uses for {@code %.14g}.
 *
 * <p>Why not {@link java.util.Formatter}: LuaJIT does not call the C library's printf; it has its own
 * formatter, and Lua-visible text must be byte-identical to it. What that formatter does, and so what
 * this class does:
 * <ul>
 *   <li>Format syntax: {@code %[flags][width][.precision]conversion} with any number of the flags
 *   {@code - + space # 0}, a width and a precision of at most two digits each. Conversions
 *   {@code d i u c x X o e E f F g G a A q s p %}. Anything else raises
 *   {@code invalid option '%y' to 'format'} (the option text runs from the {@code %} up to and including
 *   the offending character, unless that character is a control character or the end of the string).
 *   A missing argument raises {@code bad argument #N to 'format' (value expected)} (not "no value").</li>
 *   <li>{@code %e %f %g %a} work on the exact binary value; exact decimal ties are rounded HALF-UP, away
 *   from zero ({@code %.0f} of 0.5 is {@code 1}, of 2.5 is {@code 3}; {@code %.1f} of 0.25 is {@code 0.3}),
 *   which differs from glibc's round-half-even. Non-ties are correctly rounded ({@code %.2f} of 2.675 is
 *   {@code 2.67}, of 1.005 is {@code 1.00}). NaN prints {@code nan} whatever its sign (only the space
 *   flag adds a prefix), infinities {@code inf}/{@code -inf}; both are padded with spaces, never zeros.
 *   Common cases use exact 64/128-bit integer arithmetic; only very long or extreme values use
 *   {@link BigDecimal}.</li>
 *   <li>{@code %d %i}: the number is converted to int64 by truncation toward zero (C cast on x86-64:
 *   {@code %d} of 3.7 is {@code 3}, of -3.7 is {@code -3}, of 2^31 is {@code 2147483648}); values out of
 *   the int64 range and NaN become {@code -9223372036854775808}.</li>
 *   <li>{@code %u %x %X %o}: numbers at or above 2^63 are reduced by 2^64 first, then the value is
 *   printed as uint64: {@code %x} of -1 is {@code ffffffffffffffff}, of 2^32 is {@code 100000000}.</li>
 *   <li>{@code %c}: the argument is converted with int32 truncation and its low byte is written; width
 *   applies.</li>
 *   <li>{@code %s}: strings as they are, numbers as {@code %.14g}, other values through their
 *   {@code __tostring} metamethod (called once; its result is then converted without metamethods) or as
 *   {@code tostring} prints them; precision truncates, width pads with spaces.</li>
 *   <li>{@code %q}: the same conversion, then quoted: {@code "} {@code \} and newline get a backslash
 *   (newline as backslash-newline), control characters 0-31 and 127 become {@code \ddd} with as few
 *   digits as possible unless a digit follows (then three digits): {@code \0}, {@code \13},
 *   {@code \0001}; other bytes, including 128-255, are copied. Width and precision are ignored.</li>
 *   <li>{@code %p}: {@code NULL} for nil, booleans and numbers, otherwise an address-like hex value
 *   (Java has no addresses; the value is the same identity hash that {@code tostring} shows).</li>
 * </ul>
 */
public final class StringFormat {
    private StringFormat() {
    }

    static final int F_LEFT = 1;
    static final int F_PLUS = 2;
    static final int F_ZERO = 4;
    static final int F_SPACE = 8;
    static final int F_ALT = 16;
    static final int F_UPPER = 32;

    private static final int K_SIGNED = 0;
    private static final int K_UNSIGNED = 1;
    private static final int K_HEX = 2;
    private static final int K_OCT = 3;

    private static int at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    /**
     * Formats {@code args[firstArg..]} with the format string {@code fmt}. Argument numbers in error
     * messages are array positions + 1 (so pass the whole Lua argument list with the format string at
     * position {@code firstArg - 1}).
     */
    public static String format(String fmt, Object[] args, int firstArg) {
        final int n = fmt.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int arg = firstArg;
        int i = 0;
        while (i < n) {
            int pct = fmt.indexOf('%', i);
            if (pct < 0) {
                sb.append(fmt, i, n);
                break;
            }
            if (pct > i) {
                sb.append(fmt, i, pct);
            }
            int p = pct + 1;
            int c = at(fmt, p);
            if (c == '%') {
                sb.append('%');
                i = p + 1;
                continue;
            }
            int flags = 0;
            for (;; c = at(fmt, ++p)) {
                if (c == '-') {
                    flags |= F_LEFT;
                } else if (c == '+') {
                    flags |= F_PLUS;
                } else if (c == '0') {
                    flags |= F_ZERO;
                } else if (c == ' ') {
                    flags |= F_SPACE;
                } else if (c == '#') {
                    flags |= F_ALT;
                } else {
                    break;
                }
            }
            int width = 0;
            if (c >= '0' && c <= '9') {
                width = c - '0';
                c = at(fmt, ++p);
                if (c >= '0' && c <= '9') {
                    width = width * 10 + (c - '0');
                    c = at(fmt, ++p);
                }
            }
            int prec = -1;
            if (c == '.') {
                prec = 0;
                c = at(fmt, ++p);
                if (c >= '0' && c <= '9') {
                    prec = c - '0';
                    c = at(fmt, ++p);
                    if (c >= '0' && c <= '9') {
                        prec = prec * 10 + (c - '0');
                        c = at(fmt, ++p);
                    }
                }
            }
            switch (c) {
                case 'd':
                case 'i': {
                    long k = NumberText.toInt64(number(args, arg++));
                    if (flags == 0 && width == 0 && prec < 0) {
                        sb.append(k);
                    } else {
                        putInt(sb, flags, width, prec, k, K_SIGNED);
                    }
                    break;
                }
                case 'u':
                    putInt(sb, flags, width, prec, toUint64(number(args, arg++)), K_UNSIGNED);
                    break;
                case 'x':
                    putInt(sb, flags, width, prec, toUint64(number(args, arg++)), K_HEX);
                    break;
                case 'X':
                    putInt(sb, flags | F_UPPER, width, prec, toUint64(number(args, arg++)), K_HEX);
                    break;
                case 'o':
                    putInt(sb, flags, width, prec, toUint64(number(args, arg++)), K_OCT);
                    break;
                case 'c': {
                    int k = NumberText.toInt32(number(args, arg++));
                    char ch = (char) (k & 0xFF);
                    if ((flags & F_LEFT) != 0) {
                        sb.append(ch);
                    }
                    pad(sb, ' ', width - 1);
                    if ((flags & F_LEFT) == 0) {
                        sb.append(ch);
                    }
                    break;
                }
                case 'e':
                case 'f':
                case 'g':
                case 'a':
                    putFloat(sb, flags, width, prec, c, number(args, arg++));
                    break;
                case 'E':
                case 'F':
                case 'G':
                case 'A':
                    putFloat(sb, flags | F_UPPER, width, prec, c | 0x20, number(args, arg++));
                    break;
                case 's': {
                    String s = text(args, arg++);
                    int len = s.length();
                    if (prec >= 0 && len > prec) {
                        len = prec;
                    }
                    if ((flags & F_LEFT) != 0) {
                        sb.append(s, 0, len);
                    }
                    pad(sb, ' ', width - len);
                    if ((flags & F_LEFT) == 0) {
                        sb.append(s, 0, len);
                    }
                    break;
                }
                case 'q':
                    putQuoted(sb, text(args, arg++));
                    break;
                case 'p': {
                    Object v = value(args, arg++);
                    if (v == null || v instanceof Boolean || v instanceof Double) {
                        sb.append("NULL");
                    } else {
                        sb.append(Lua.address(v));
                    }
                    break;
                }
                default: {
                    int end = c >= 32 ? p + 1 : p;
                    throw LuaError.runtime(
                            "invalid option '" + fmt.substring(pct, Math.min(end, n)) + "' to 'format'");
                }
            }
            i = p + 1;
        }
        return sb.toString();
    }

    private static Object value(Object[] args, int arg) {
        if (arg >= args.length) {
            throw LibArgs.badArgument(arg, "format", "value expected");
        }
        return args[arg];
    }

    private static double number(Object[] args, int arg) {
        Object v = value(args, arg);
        if (v instanceof Double d) {
            return d;
        }
        return LibArgs.checkNumber(args, arg, "format");
    }

    /** %s/%q argument text: one __tostring call, then a raw conversion. */
    private static String text(Object[] args, int arg) {
        Object v = value(args, arg);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return NumberText.toLuaString(d);
        }
        LuaTable mt = Lua.getMetatableRaw(v);
        if (mt != null) {
            Object h = mt.get("__tostring");
            if (h != null) {
                v = Lua.call(h, v);
                if (v instanceof String s) {
                    return s;
                }
                if (v instanceof Double d) {
                    return NumberText.toLuaString(d);
                }
            }
        }
        return Lua.rawToString(v);
    }

    /** lj_strfmt_putfnum_uint: the number as the uint64 bit pattern LuaJIT prints. */
    private static long toUint64(double d) {
        if (d >= 9223372036854775808.0) {
            return NumberText.toInt64(d - 18446744073709551616.0);
        }
        return NumberText.toInt64(d);
    }

    private static void pad(StringBuilder sb, char c, int count) {
        for (int i = 0; i < count; i++) {
            sb.append(c);
        }
    }

    // ---------------------------------------------------------------- %q

    private static void putQuoted(StringBuilder sb, String s) {
        int n = s.length();
        sb.append('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\n') {
                sb.append('\\').append(c);
            } else if (c < 32 || c == 127) {
                sb.append('\\');
                int next = i + 1 < n ? s.charAt(i + 1) : 0;
                if (c >= 100 || (next >= '0' && next <= '9')) {
                    sb.append((char) ('0' + c / 100)).append((char) ('0' + c / 10 % 10));
                } else if (c >= 10) {
                    sb.append((char) ('0' + c / 10));
                }
                sb.append((char) ('0' + c % 10));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    // ---------------------------------------------------------------- integers

    /** lj_strfmt_putfxint: k is a signed int64 for K_SIGNED, a uint64 bit pattern otherwise. */
    private static void putInt(StringBuilder sb, int flags, int width, int prec, long k, int kind) {
        char prefix = 0;
        int prefixLen = 0;
        if (kind == K_SIGNED) {
            if (k < 0) {
                k = -k; // Long.MIN_VALUE stays, and prints correctly as unsigned
                prefix = '-';
                prefixLen = 1;
            } else if ((flags & F_PLUS) != 0) {
                prefix = '+';
                prefixLen = 1;
            } else if ((flags & F_SPACE) != 0) {
                prefix = ' ';
                prefixLen = 1;
            }
        }
        if (prec >= 0) {
            flags &= ~F_ZERO;
        }
        String digits;
        if (k == 0) {
            digits = prec != 0 || (kind == K_OCT && (flags & F_ALT) != 0) ? "0" : "";
        } else if (kind == K_SIGNED || kind == K_UNSIGNED) {
            digits = Long.toUnsignedString(k);
        } else if (kind == K_HEX) {
            digits = Long.toHexString(k);
            if ((flags & F_UPPER) != 0) {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            if ((flags & F_ALT) != 0) {
                prefix = (flags & F_UPPER) != 0 ? 'X' : 'x';
                prefixLen = 2;
            }
        } else {
            digits = Long.toOctalString(k);
            if ((flags & F_ALT) != 0) {
                digits = "0" + digits;
            }
        }
        int len = digits.length();
        if (len >= prec) {
            prec = len;
        }
        int pprec = prec + prefixLen;
        if ((flags & (F_LEFT | F_ZERO)) == 0) {
            pad(sb, ' ', width - pprec);
        }
        if (prefixLen == 2) {
            sb.append('0').append(prefix);
        } else if (prefixLen == 1) {
            sb.append(prefix);
        }
        if ((flags & (F_LEFT | F_ZERO)) == F_ZERO) {
            pad(sb, '0', width - pprec);
        }
        pad(sb, '0', prec - len);
        sb.append(digits);
        if ((flags & F_LEFT) != 0) {
            pad(sb, ' ', width - pprec);
        }
    }

    // ---------------------------------------------------------------- floating point

    /** {@code %.14g}, the format of tostring for numbers that are not small integers. */
    static String formatG14(double d) {
        StringBuilder sb = new StringBuilder(24);
        putFloat(sb, 0, 0, 14, 'g', d);
        return sb.toString();
    }

    /** Writes prefix and body with width padding (zeros go after the first zeroAfter body chars). */
    private static void emit(StringBuilder sb, int flags, int width, char prefix, char[] body, int bodyLen,
            int zeroAfter) {
        int len = bodyLen + (prefix != 0 ? 1 : 0);
        if ((flags & (F_LEFT | F_ZERO)) == 0) {
            pad(sb, ' ', width - len);
        }
        if (prefix != 0) {
            sb.append(prefix);
        }
        if ((flags & (F_LEFT | F_ZERO)) == F_ZERO) {
            sb.append(body, 0, zeroAfter);
            pad(sb, '0', width - len);
            sb.append(body, zeroAfter, bodyLen - zeroAfter);
        } else {
            sb.append(body, 0, bodyLen);
        }
        if ((flags & F_LEFT) != 0) {
            pad(sb, ' ', width - len);
        }
    }

    /** %e %f %g %a (conv is the lower-case letter; F_UPPER selects upper case). */
    static void putFloat(StringBuilder sb, int flags, int width, int prec, int conv, double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean upper = (flags & F_UPPER) != 0;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            char prefix = 0;
            String body;
            if (Double.isNaN(d)) {
                body = upper ? "NAN" : "nan";
                if ((flags & F_SPACE) != 0) {
                    prefix = ' ';
                }
            } else {
                body = upper ? "INF" : "inf";
                if (bits < 0) {
                    prefix = '-';
                } else if ((flags & F_PLUS) != 0) {
                    prefix = '+';
                } else if ((flags & F_SPACE) != 0) {
                    prefix = ' ';
                }
            }
            int len = 3 + (prefix != 0 ? 1 : 0);
            if ((flags & F_LEFT) == 0) {
                pad(sb, ' ', width - len);
            }
            if (prefix != 0) {
                sb.append(prefix);
            }
            sb.append(body);
            if ((flags & F_LEFT) != 0) {
                pad(sb, ' ', width - len);
            }
            return;
        }
        char prefix = bits < 0 ? '-' : (flags & F_PLUS) != 0 ? '+' : (flags & F_SPACE) != 0 ? ' ' : 0;
        double ax = Math.abs(d);
        boolean alt = (flags & F_ALT) != 0;
        switch (conv) {
            case 'f': {
                if (prec < 0) {
                    prec = 6;
                }
                String q = fixedDigits(ax, prec);
                int ql = q.length();
                int intLen = Math.max(1, ql - prec);
                boolean point = prec > 0 || alt;
                char[] body = new char[intLen + (point ? 1 : 0) + prec];
                int w = 0;
                if (ql <= prec) {
                    body[w++] = '0';
                } else {
                    q.getChars(0, ql - prec, body, 0);
                    w = ql - prec;
                }
                if (point) {
                    body[w++] = '.';
                }
                for (int z = ql; z < prec; z++) {
                    body[w++] = '0';
                }
                int from = Math.max(0, ql - prec);
                q.getChars(from, ql, body, w);
                w += ql - from;
                emit(sb, flags, width, prefix, body, w, 0);
                return;
            }
            case 'e': {
                if (prec < 0) {
                    prec = 6;
                }
                char[] dig = new char[prec + 1];
                int e10 = sigDigits(ax, prec + 1, dig);
                char[] body = new char[prec + 8];
                int w = 0;
                body[w++] = dig[0];
                if (prec > 0 || alt) {
                    body[w++] = '.';
                }
                System.arraycopy(dig, 1, body, w, prec);
                w += prec;
                w = exponent(body, w, e10, upper);
                emit(sb, flags, width, prefix, body, w, 0);
                return;
            }
            case 'g': {
                int p = prec < 0 ? 6 : prec == 0 ? 1 : prec;
                char[] dig = new char[p];
                int e10 = sigDigits(ax, p, dig);
                char[] body;
                int w = 0;
                if (p > e10 && e10 >= -4) {
                    // Like %f with p-1-e10 decimals.
                    body = new char[p + 6];
                    int fracStart;
                    if (e10 >= 0) {
                        System.arraycopy(dig, 0, body, 0, e10 + 1);
                        w = e10 + 1;
                        fracStart = e10 + 1;
                    } else {
                        body[w++] = '0';
                        fracStart = 0;
                    }
                    int pointAt = w;
                    body[w++] = '.';
                    for (int z = 0; z < -e10 - 1; z++) {
                        body[w++] = '0';
                    }
                    System.arraycopy(dig, fracStart, body, w, p - fracStart);
                    w += p - fracStart;
                    if (!alt) {
                        while (w > pointAt + 1 && body[w - 1] == '0') {
                            w--;
                        }
                        if (w == pointAt + 1) {
                            w--;
                        }
                    }
                } else {
                    body = new char[p + 8];
                    body[w++] = dig[0];
                    int pointAt = w;
                    body[w++] = '.';
                    System.arraycopy(dig, 1, body, w, p - 1);
                    w += p - 1;
                    if (!alt) {
                        while (w > pointAt + 1 && body[w - 1] == '0') {
                            w--;
                        }
                        if (w == pointAt + 1) {
                            w--;
                        }
                    }
                    w = exponent(body, w, e10, upper);
                }
                emit(sb, flags, width, prefix, body, w, 0);
                return;
            }
            default:
                putHexFloat(sb, flags, width, prec, prefix, bits, upper);
        }
    }

    private static int exponent(char[] body, int w, int e10, boolean upper) {
        body[w++] = upper ? 'E' : 'e';
        if (e10 < 0) {
            body[w++] = '-';
            e10 = -e10;
        } else {
            body[w++] = '+';
        }
        if (e10 < 10) {
            body[w++] = '0';
            body[w++] = (char) ('0' + e10);
        } else if (e10 < 100) {
            body[w++] = (char) ('0' + e10 / 10);
            body[w++] = (char) ('0' + e10 % 10);
        } else {
            body[w++] = (char) ('0' + e10 / 100);
            body[w++] = (char) ('0' + e10 / 10 % 10);
            body[w++] = (char) ('0' + e10 % 10);
        }
        return w;
    }

    /** %a as LuaJIT writes it (lj_strfmt_wfnum): rounding half-up on the hex digit, no renormalisation. */
    private static void putHexFloat(StringBuilder sb, int flags, int width, int prec, char prefix, long bits,
            boolean upper) {
        String hexdig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xFFFFFFFFFFFFFL;
        if (e != 0) {
            m |= 1L << 52;
            e -= 1023;
        } else if (m != 0) {
            int shift = Long.numberOfLeadingZeros(m) - 11;
            e = -1022 - shift;
            m <<= shift;
        }
        if (prec < 0) {
            prec = 13 - Long.numberOfTrailingZeros(m | (1L << 52)) / 4;
        } else if (prec < 13) {
            m += 1L << (51 - prec * 4);
        }
        char esign = '+';
        if (e < 0) {
            esign = '-';
            e = -e;
        }
        boolean alt = (flags & F_ALT) != 0;
        char[] body = new char[prec + 16];
        int w = 0;
        body[w++] = '0';
        body[w++] = upper ? 'X' : 'x';
        body[w++] = (char) ('0' + (m >>> 52));
        if (prec > 0 || alt) {
            body[w++] = '.';
            long f = m;
            int digits = prec;
            if (prec < 13) {
                f >>>= (52 - prec * 4);
            } else {
                for (int z = prec; z > 13; z--) {
                    body[w + z - 1] = '0';
                }
                digits = 13;
            }
            for (int z = digits; z > 0; z--) {
                body[w + z - 1] = hexdig.charAt((int) (f & 15));
                f >>>= 4;
            }
            w += prec;
        }
        body[w++] = upper ? 'P' : 'p';
        body[w++] = esign;
        String es = Integer.toString(e);
        es.getChars(0, es.length(), body, w);
        w += es.length();
        emit(sb, flags, width, prefix, body, w, 2);
    }

    // ---------------------------------------------------------------- exact decimal digits

    private static final long[] POW5 = new long[28];
    private static final long[] POW10 = new long[19];

    static {
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * round_half_up(ax * 10^n) for finite ax >= 0 when the result and the arithmetic fit in a long, else
     * -1. Exact: ax = m * 2^e, so ax * 10^n = m * 5^n * 2^(n+e), computed with a 128-bit product.
     */
    static long scaleRound(double ax, int n) {
        long bits = Double.doubleToRawLongBits(ax);
        int be = (int) (bits >>> 52);
        long m = bits & 0xFFFFFFFFFFFFFL;
        int e;
        if (be == 0) {
            if (m == 0) {
                return 0;
            }
            e = -1074;
        } else {
            m |= 1L << 52;
            e = be - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        if (n < 0) {
            if (e < 0 || -n > 18) {
                return -1;
            }
            if (64 - Long.numberOfLeadingZeros(m) + e > 62) {
                return -1;
            }
            long v = m << e;
            long div = POW10[-n];
            long q = v / div;
            long r = v - q * div;
            return r >= div - r ? q + 1 : q;
        }
        if (n > 27) {
            return -1;
        }
        long p5 = POW5[n];
        long hi = Math.multiplyHigh(m, p5);
        long lo = m * p5;
        int sh = -(e + n);
        if (sh <= 0) {
            int ls = -sh;
            if (hi != 0 || lo < 0 || ls >= 63 || lo > (Long.MAX_VALUE >>> ls)) {
                return -1;
            }
            return lo << ls;
        }
        if (sh >= 128) {
            return 0;
        }
        long q;
        boolean up;
        if (sh < 64) {
            if ((hi >>> sh) != 0) {
                return -1;
            }
            q = (lo >>> sh) | (hi << (64 - sh));
            up = ((lo >>> (sh - 1)) & 1) != 0;
        } else {
            q = hi >>> (sh - 64);
            up = sh == 64 ? lo < 0 : ((hi >>> (sh - 65)) & 1) != 0;
        }
        if (q < 0 || q == Long.MAX_VALUE) {
            return -1;
        }
        return up ? q + 1 : q;
    }

    /** Decimal digits of round_half_up(ax * 10^prec), no leading zeros ("0" for zero). */
    static String fixedDigits(double ax, int prec) {
        long q = scaleRound(ax, prec);
        if (q >= 0) {
            return Long.toString(q);
        }
        return new BigDecimal(ax).setScale(prec, RoundingMode.HALF_UP).unscaledValue().toString();
    }

    /**
     * The p significant digits of ax (finite, >= 0) rounded half-up, written to out[0..p); returns the
     * decimal exponent of the first digit (0 for zero).
     */
    static int sigDigits(double ax, int p, char[] out) {
        if (ax == 0) {
            for (int i = 0; i < p; i++) {
                out[i] = '0';
            }
            return 0;
        }
        if (p <= 17) {
            int e10 = (int) Math.floor(Math.log10(ax));
            for (int tries = 0; tries < 4; tries++) {
                long q = scaleRound(ax, p - 1 - e10);
                if (q < 0) {
                    break;
                }
                if (q >= POW10[p]) {
                    if (q == POW10[p]) {
                        writeDigits(POW10[p - 1], p, out);
                        return e10 + 1;
                    }
                    e10++;
                    continue;
                }
                if (q < POW10[p - 1]) {
                    e10--;
                    continue;
                }
                writeDigits(q, p, out);
                return e10;
            }
        }
        BigDecimal bd = new BigDecimal(ax).round(new MathContext(p, RoundingMode.HALF_UP));
        String u = bd.unscaledValue().toString();
        int len = Math.min(u.length(), p);
        u.getChars(0, len, out, 0);
        for (int i = len; i < p; i++) {
            out[i] = '0';
        }
        return u.length() - 1 - bd.scale();
    }

    private static void writeDigits(long q, int p, char[] out) {
        for (int i = p - 1; i >= 0; i--) {
            out[i] = (char) ('0' + (int) (q % 10));
            q /= 10;
        }
    }
}
