package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaTable;

/**
 * LuaJIT's {@code bit} library ({@code lib_bit.c}, without FFI 64-bit cdata): {@code tobit tohex bnot
 * band bor bxor lshift rshift arshift rol ror bswap}.
 *
 * <p>Every operand is normalised to a signed 32-bit integer the way LuaJIT does it: add 2^52+2^51 to
 * the double and take the low 32 bits of the result ({@code bit.tobit(2^32+5)} is 5,
 * {@code bit.band(0x80000000, 0xFFFFFFFF)} is -2147483648, fractions round to nearest even). Results
 * are doubles holding that signed value. Shift and rotate counts use their low 5 bits. Numeric strings
 * are accepted like any library number argument.
 *
 * <p>{@code tohex(x [, n])}: n hex digits (default 8; negative n means upper case; n is capped at 254;
 * fewer than 8 digits keep only the low digits), e.g. {@code tohex(-1, -4)} is {@code FFFF}.
 */
public final class BitLib {
    private BitLib() {
    }

    /** Creates the {@code bit} library table and sets it as global {@code bit}. */
    public static LuaTable install(LuaTable globals) {
        LuaTable b = new LuaTable();
        LibArgs.define(b, "tobit", a -> one(bit(a, 0, "tobit")));
        LibArgs.define(b, "bnot", a -> one(~bit(a, 0, "bnot")));
        LibArgs.define(b, "bswap", a -> one(Integer.reverseBytes(bit(a, 0, "bswap"))));
        LibArgs.define(b, new LibFunction("band", a -> {
            int r = bit(a, 0, "band");
            for (int i = 1; i < a.length; i++) {
                r &= bit(a, i, "band");
            }
            return one(r);
        }) {
            @Override
            protected Object fast2(Object x, Object y) {
                return x instanceof Double p && y instanceof Double q ? (Object) Lua.integer(tobit(p) & tobit(q)) : GENERAL;
            }
        });
        LibArgs.define(b, new LibFunction("bor", a -> {
            int r = bit(a, 0, "bor");
            for (int i = 1; i < a.length; i++) {
                r |= bit(a, i, "bor");
            }
            return one(r);
        }) {
            @Override
            protected Object fast2(Object x, Object y) {
                return x instanceof Double p && y instanceof Double q ? (Object) Lua.integer(tobit(p) | tobit(q)) : GENERAL;
            }
        });
        LibArgs.define(b, "bxor", a -> {
            int r = bit(a, 0, "bxor");
            for (int i = 1; i < a.length; i++) {
                r ^= bit(a, i, "bxor");
            }
            return one(r);
        });
        LibArgs.define(b, "lshift", a -> {
            int x = bit(a, 0, "lshift");
            return one(x << bit(a, 1, "lshift"));
        });
        LibArgs.define(b, "rshift", a -> {
            int x = bit(a, 0, "rshift");
            return one(x >>> bit(a, 1, "rshift"));
        });
        LibArgs.define(b, "arshift", a -> {
            int x = bit(a, 0, "arshift");
            return one(x >> bit(a, 1, "arshift"));
        });
        LibArgs.define(b, "rol", a -> {
            int x = bit(a, 0, "rol");
            return one(Integer.rotateLeft(x, bit(a, 1, "rol")));
        });
        LibArgs.define(b, "ror", a -> {
            int x = bit(a, 0, "ror");
            return one(Integer.rotateRight(x, bit(a, 1, "ror")));
        });
        LibArgs.define(b, "tohex", a -> {
            int x = bit(a, 0, "tohex");
            int n = a.length > 1 ? bit(a, 1, "tohex") : 8;
            return new Object[] {tohex(x, n)};
        });
        globals.set("bit", b);
        return b;
    }

    /** lj_num2bit: the low 32 bits of d + 2^52 + 2^51. */
    public static int tobit(double d) {
        return (int) Double.doubleToRawLongBits(d + 6755399441055744.0);
    }

    /** bit.tohex(x, n). */
    public static String tohex(int x, int n) {
        boolean upper = false;
        if (n < 0) {
            n = -n;
            upper = true;
        }
        if (n < 0 || n > 254) { // -(-2^31) overflows and stays negative: as uint32 it is > 254
            n = 254;
        }
        long b = x & 0xFFFFFFFFL;
        if (n < 8) {
            b &= (1L << (4 * n)) - 1;
        }
        String digits = b == 0 && n == 0 ? "" : Long.toHexString(b);
        if (upper) {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (digits.length() >= n) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = digits.length(); i < n; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    private static int bit(Object[] a, int i, String fname) {
        if (i < a.length && a[i] instanceof Double d) {
            return tobit(d);
        }
        return tobit(LibArgs.checkNumber(a, i, fname));
    }

    private static Object[] one(int v) {
        return new Object[] {Lua.integer(v)};
    }
}
