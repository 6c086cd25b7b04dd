package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** string.format cases; every expected string was printed by LuaJIT 2.1.1723675123. */
class StringFormatTest {
    private static final Object NO_ARG = new Object();

    private record Err(String message) {
    }

    private static final Object[][] CASES = {
        {"%d", 42.0, "42"},
        {"%d", -42.0, "-42"},
        {"%d", 3.7000000000000002, "3"},
        {"%d", -3.7000000000000002, "-3"},
        {"%d", 1e+20, "-9223372036854775808"},
        {"%d", -1e+20, "-9223372036854775808"},
        {"%d", 2147483648.0, "2147483648"},
        {"%d", 9007199254740992.0, "9007199254740992"},
        {"%d", Double.NaN, "-9223372036854775808"},
        {"%d", "12", "12"},
        {"%i", 7.0, "7"},
        {"%5d", 42.0, "   42"},
        {"%-5d|", 42.0, "42   |"},
        {"%05d", -42.0, "-0042"},
        {"%+d", 5.0, "+5"},
        {"% d", 5.0, " 5"},
        {"%.3d", 7.0, "007"},
        {"%.0d", 0.0, ""},
        {"%+.0d", 0.0, "+"},
        {"%08.3d", 5.0, "     005"},
        {"%x", 255.0, "ff"},
        {"%X", 255.0, "FF"},
        {"%#x", 255.0, "0xff"},
        {"%#X", 0.0, "0"},
        {"%02X", 10.0, "0A"},
        {"%x", -1.0, "ffffffffffffffff"},
        {"%x", 4294967296.0, "100000000"},
        {"%x", 9.2233720368547758e+18, "8000000000000000"},
        {"%x", 1.8446744073709552e+19, "0"},
        {"%x", -9.2233720368547758e+18, "8000000000000000"},
        {"%o", 8.0, "10"},
        {"%#o", 8.0, "010"},
        {"%#o", 0.0, "0"},
        {"%u", -1.0, "18446744073709551615"},
        {"%u", 3.9900000000000002, "3"},
        {"%c", 65.0, "A"},
        {"%c", 322.0, "B"},
        {"%3c|", 65.0, "  A|"},
        {"%-3c|", 65.0, "A  |"},
        {"%c", 0.0, "\000"},
        {"%f", 0.33333333333333331, "0.333333"},
        {"%.2f", 1.0049999999999999, "1.00"},
        {"%.2f", 2.6749999999999998, "2.67"},
        {"%.1f", 0.34999999999999998, "0.3"},
        {"%.0f", 0.5, "1"},
        {"%.0f", 1.5, "2"},
        {"%.0f", 2.5, "3"},
        {"%.0f", -0.5, "-1"},
        {"%.1f", 0.25, "0.3"},
        {"%.1f", -0.25, "-0.3"},
        {"%.3f", 1e-10, "0.000"},
        {"%5.2f", 3.1415899999999999, " 3.14"},
        {"%-8.2f|", 3.1415899999999999, "3.14    |"},
        {"%08.2f", -3.1415899999999999, "-0003.14"},
        {"%006.2f", 1.5, "001.50"},
        {"%+.1f", 2.0, "+2.0"},
        {"% .1f", 2.0, " 2.0"},
        {"%.f", 2.5, "3"},
        {"%#.0f", 3.0, "3."},
        {"%.20f", 0.10000000000000001, "0.10000000000000000555"},
        {"%f", 1.0000000000000001e+300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"},
        {"%.3f", 123456789012.3456, "123456789012.346"},
        {"%f", -0.0, "-0.000000"},
        {"%e", 12345.678900000001, "1.234568e+04"},
        {"%.2e", 0.0, "0.00e+00"},
        {"%E", 1e-300, "1.000000E-300"},
        {"%.0e", 2.5, "3e+00"},
        {"%#.0e", 2.5, "3.e+00"},
        {"%+.3e", -1e+100, "-1.000e+100"},
        {"%12.3e|", 4.9406564584124654e-324, "  4.941e-324|"},
        {"%.15e", 0.10000000000000001, "1.000000000000000e-01"},
        {"%g", 100000.0, "100000"},
        {"%g", 1000000.0, "1e+06"},
        {"%g", 0.0001, "0.0001"},
        {"%g", 1.0000000000000001e-05, "1e-05"},
        {"%g", 0.10000000000000001, "0.1"},
        {"%g", 0.33333333333333331, "0.333333"},
        {"%.14g", 9007199254740992.0, "9.007199254741e+15"},
        {"%.14g", 123456789012345.0, "1.2345678901235e+14"},
        {"%.3g", 2.5, "2.5"},
        {"%+g", 3.0, "+3"},
        {"%#g", 1.0, "1.00000"},
        {"%G", 9.9999999999999995e-21, "1E-20"},
        {"%.0g", 25.0, "3e+01"},
        {"%10.4g|", 3.1415899999999999, "     3.142|"},
        {"%-10g|", 1.5, "1.5       |"},
        {"%010g", -1.5, "-0000001.5"},
        {"%.17g", 0.10000000000000001, "0.10000000000000001"},
        {"%g", 0.0, "0"},
        {"%f", Double.POSITIVE_INFINITY, "inf"},
        {"%f", Double.NEGATIVE_INFINITY, "-inf"},
        {"%F", Double.POSITIVE_INFINITY, "INF"},
        {"%5.1f|", Double.NaN, "  nan|"},
        {"%+f", Double.NaN, "nan"},
        {"% f", Double.NaN, " nan"},
        {"%05f", Double.POSITIVE_INFINITY, "  inf"},
        {"%-6e|", Double.NEGATIVE_INFINITY, "-inf  |"},
        {"%G", Double.NaN, "NAN"},
        {"%a", 1.0, "0x1p+0"},
        {"%a", 0.10000000000000001, "0x1.999999999999ap-4"},
        {"%A", -2.5, "-0X1.4P+1"},
        {"%.1a", 1.96875, "0x2.0p+0"},
        {"%a", 0.0, "0x0p+0"},
        {"%a", 4.9406564584124654e-324, "0x1p-1074"},
        {"%.0a", 1.5, "0x2p+0"},
        {"%#a", 1.0, "0x1.p+0"},
        {"%012a", 1.0, "0x0000001p+0"},
        {"%s", "hi", "hi"},
        {"%s", 12.0, "12"},
        {"%s", 1.5, "1.5"},
        {"%.3s", "abcdef", "abc"},
        {"%5s|", "ab", "   ab|"},
        {"%-5s|", "ab", "ab   |"},
        {"%5.1s|", "xyz", "    x|"},
        {"%s", "a\000b", "a\000b"},
        {"%q", "a\"b\\c\012d\015e\000f\001g\177h\310", "\"a\\\"b\\\\c\\\012d\\13e\\0f\\1g\\127h\310\""},
        {"%q", "\0001", "\"\\0001\""},
        {"%q", "\000a", "\"\\0a\""},
        {"%q", "\0159", "\"\\0139\""},
        {"%q", "\037", "\"\\31\""},
        {"%q", 0.33333333333333331, "\"0.33333333333333\""},
        {"%q", 42.0, "\"42\""},
        {"%%", NO_ARG, "%"},
        {"100%%", NO_ARG, "100%"},
        {"a%%b%%", NO_ARG, "a%b%"},
        {"%5%", NO_ARG, new Err("invalid option '%5%' to 'format'")},
    };

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static String fmt(String f, Object... values) {
        Object[] args = new Object[values.length + 1];
        args[0] = f;
        System.arraycopy(values, 0, args, 1, values.length);
        return StringFormat.format(f, args, 1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesLuaJit(String f, Object arg, Object expected) {
        Object[] args = arg == NO_ARG ? new Object[] {f} : new Object[] {f, arg};
        if (expected instanceof Err err) {
            LuaError e = assertThrows(LuaError.class, () -> StringFormat.format(f, args, 1));
            assertEquals(err.message().replace("FNAME", "format"), e.getMessage());
        } else {
            assertEquals(expected, StringFormat.format(f, args, 1));
        }
    }

    @Test
    void severalArgumentsAndLiterals() {
        assertEquals("x=1 y=2.50 z=abc!", fmt("x=%d y=%.2f z=%s!", 1.0, 2.5, "abc"));
        assertEquals("no conversions", fmt("no conversions"));
        assertEquals("", fmt(""));
    }

    @Test
    void missingArgument() {
        LuaError e = assertThrows(LuaError.class, () -> fmt("%d %d", 1.0));
        assertEquals("bad argument #3 to 'format' (value expected)", e.getMessage());
        e = assertThrows(LuaError.class, () -> fmt("%s"));
        assertEquals("bad argument #2 to 'format' (value expected)", e.getMessage());
    }

    @Test
    void wrongArgumentType() {
        LuaError e = assertThrows(LuaError.class, () -> fmt("%d", (Object) null));
        assertEquals("bad argument #2 to 'format' (number expected, got nil)", e.getMessage());
        e = assertThrows(LuaError.class, () -> fmt("%f", "abc"));
        assertEquals("bad argument #2 to 'format' (number expected, got string)", e.getMessage());
        e = assertThrows(LuaError.class, () -> fmt("%s %x", "a", new LuaTable()));
        assertEquals("bad argument #3 to 'format' (number expected, got table)", e.getMessage());
    }

    @Test
    void invalidOptions() {
        assertEquals("invalid option '%y' to 'format'",
                assertThrows(LuaError.class, () -> fmt("%y", 1.0)).getMessage());
        assertEquals("invalid option '%' to 'format'",
                assertThrows(LuaError.class, () -> fmt("abc%")).getMessage());
        assertEquals("invalid option '%100' to 'format'",
                assertThrows(LuaError.class, () -> fmt("%100d", 1.0)).getMessage());
        assertEquals("invalid option '%.123' to 'format'",
                assertThrows(LuaError.class, () -> fmt("%.123f", 1.0)).getMessage());
        assertEquals("invalid option '%-' to 'format'",
                assertThrows(LuaError.class, () -> fmt("%-\n", 1.0)).getMessage());
        assertEquals("invalid option '%D' to 'format'",
                assertThrows(LuaError.class, () -> fmt("%D", 1.0)).getMessage());
    }

    @Test
    void stringConversionUsesToStringMetamethod() {
        LuaTable t = new LuaTable();
        LuaTable mt = new LuaTable();
        mt.set("__tostring", new LibFunction("ts", a -> new Object[] {"OBJ"}));
        t.metatable = mt;
        assertEquals("[OBJ]", fmt("[%s]", t));
        assertEquals("[  OBJ]", fmt("[%5s]", t));
        assertEquals("\"OBJ\"", fmt("%q", t));
        assertEquals("nil true false", fmt("%s %s %s", null, Boolean.TRUE, Boolean.FALSE));
        assertEquals(Lua.rawToString(mt), fmt("%s", mt));
    }

    @Test
    void pointerFormat() {
        assertEquals("NULL NULL NULL", fmt("%p %p %p", null, 1.0, Boolean.TRUE));
        LuaTable t = new LuaTable();
        assertEquals(Lua.address(t), fmt("%p", t));
    }

    @Test
    void toStringFormatG14() {
        assertEquals("1.2345678901235e+14", StringFormat.formatG14(123456789012345.0));
        assertEquals("12345678901235", StringFormat.formatG14(12345678901234.5));
        assertEquals("33.333333333333", StringFormat.formatG14(100.0 / 3));
    }
}
