package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.runtime.LuaError;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** tostring / tonumber of numbers; expected values printed by LuaJIT 2.1.1723675123. */
class NumberTextTest {
    private static final Object[][] TOSTRING = {
        {0.0, "0"},
        {-0.0, "-0"},
        {1.0, "1"},
        {-1.0, "-1"},
        {62.0, "62"},
        {-3.0, "-3"},
        {1000000000000000.0, "1e+15"},
        {100000000000000.0, "1e+14"},
        {99999999999999.0, "99999999999999"},
        {123456789012345.0, "1.2345678901235e+14"},
        {12345678901234.5, "12345678901235"},
        {9007199254740992.0, "9.007199254741e+15"},
        {9.2233720368547758e+18, "9.2233720368548e+18"},
        {33.333333333333336, "33.333333333333"},
        {0.10000000000000001, "0.1"},
        {0.33333333333333331, "0.33333333333333"},
        {-0.33333333333333331, "-0.33333333333333"},
        {1.0000000000000001e-05, "1e-05"},
        {0.0001, "0.0001"},
        {1e+100, "1e+100"},
        {1e-100, "1e-100"},
        {4.9406564584124654e-324, "4.9406564584125e-324"},
        {1.7976931348623157e+308, "1.7976931348623e+308"},
        {Double.POSITIVE_INFINITY, "inf"},
        {Double.NEGATIVE_INFINITY, "-inf"},
        {Double.NaN, "nan"},
        {123.456, "123.456"},
        {0.5, "0.5"},
        {2.5, "2.5"},
        {1e+21, "1e+21"},
        {3.14159265358979, "3.1415926535898"},
        {100000000000000.5, "1e+14"},
        {255.0, "255"},
        {1024.0, "1024"},
        {1025.0, "1025"},
        {-256.0, "-256"},
        {-257.0, "-257"},
        {4294967296.0, "4294967296"},
    };

    private static final Object[][] TONUMBER = {
        {"0", 0.0},
        {"12", 12.0},
        {"  12  ", 12.0},
        {"\011\013\014\015\0125\012", 5.0},
        {"-0", -0.0},
        {"+5", 5.0},
        {".5", 0.5},
        {"5.", 5.0},
        {"1e5", 100000.0},
        {"1E+5", 100000.0},
        {"1e-5", 1.0000000000000001e-05},
        {"0x1F", 31.0},
        {"0X1f", 31.0},
        {"-0x1f", -31.0},
        {"0x1p4", 16.0},
        {"0x.8", 0.5},
        {"0x1.8p1", 3.0},
        {"0b101", 5.0},
        {"0B11", 3.0},
        {"inf", Double.POSITIVE_INFINITY},
        {"-inf", Double.NEGATIVE_INFINITY},
        {"nan", Double.NaN},
        {"Infinity", Double.POSITIVE_INFINITY},
        {"  inf  ", Double.POSITIVE_INFINITY},
        {"", null},
        {" ", null},
        {"1e", null},
        {"0x", null},
        {"1 2", null},
        {"abc", null},
        {"1e5x", null},
        {"..5", null},
        {".", null},
        {"-", null},
        {"+-5", null},
        {"- 5", null},
        {"0b2", null},
        {"0b1.1", null},
        {"5LL", null},
        {"5u", null},
        {"5i", null},
        {"1\000", null},
        {"infx", null},
        {"1e1048576", null},
        {"1e1048575", Double.POSITIVE_INFINITY},
        {"1e-400", 0.0},
        {"1e400", Double.POSITIVE_INFINITY},
        {"123456789012345678901234567890", 1.2345678901234568e+29},
        {"0x123456789abcdef0123", 5.3730036427316852e+21},
        {"00012", 12.0},
        {"0.1", 0.10000000000000001},
        {"3.14159", 3.1415899999999999},
        {"9007199254740993", 9007199254740992.0},
        {"1.7976931348623157e308", 1.7976931348623157e+308},
        {"2.2250738585072014e-308", 2.2250738585072014e-308},
        {"4.9e-324", 4.9406564584124654e-324},
    };

    private static final Object[][] TONUMBER_BASE = {
        {"ff", 16, 255.0},
        {"FF", 16, 255.0},
        {"  -ff  ", 16, -255.0},
        {"+ff", 16, 255.0},
        {"z", 36, 35.0},
        {"Z", 36, 35.0},
        {"102", 2, null},
        {"101", 2, 5.0},
        {"8", 8, null},
        {"0x10", 16, 16.0},
        {"0x", 16, null},
        {"-", 16, null},
        {" 1 0", 2, null},
        {"777", 8, 511.0},
        {"ffffffffffffffff", 16, 1.8446744073709552e+19},
        {"1ffffffffffffffff", 16, 1.8446744073709552e+19},
        {"7fffffff", 16, 2147483647.0},
        {"-80000000", 16, -2147483648.0},
        {"ff\000zz", 16, 255.0},
        {"1.5", 16, null},
        {"1.5", 10, 1.5},
        {" 0x10 ", 10, 16.0},
        {"", 2, null},
        {"10", 3, 3.0},
        {"zz", 35, null},
    };

    static Stream<Arguments> tostringCases() {
        return Arrays.stream(TOSTRING).map(c -> Arguments.of(c[0], c[1]));
    }

    static Stream<Arguments> tonumberCases() {
        return Arrays.stream(TONUMBER).map(c -> Arguments.of(c[0], c[1]));
    }

    static Stream<Arguments> tonumberBaseCases() {
        return Arrays.stream(TONUMBER_BASE).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "tostring({0}) = {1}")
    @MethodSource("tostringCases")
    void tostring(double value, String expected) {
        assertEquals(expected, NumberText.toLuaString(value));
    }

    @ParameterizedTest(name = "tonumber({0})")
    @MethodSource("tonumberCases")
    void tonumber(String text, Double expected) {
        Double got = NumberText.parse(text);
        if (expected == null) {
            assertNull(got);
        } else {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(got), () -> "got " + got);
        }
    }

    @ParameterizedTest(name = "tonumber({0}, {1})")
    @MethodSource("tonumberBaseCases")
    void tonumberWithBase(String text, int base, Double expected) {
        Double got = NumberText.parse(text, base);
        if (expected == null) {
            assertNull(got);
        } else {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(got), () -> "got " + got);
        }
    }

    @Test
    void baseOutOfRange() {
        LuaError e = assertThrows(LuaError.class, () -> NumberText.parse("10", 37));
        assertEquals("bad argument #2 to 'tonumber' (base out of range)", e.getMessage());
        assertThrows(LuaError.class, () -> NumberText.parse("10", 1));
    }

    @Test
    void int32AndInt64ConversionsAreX86Truncations() {
        assertEquals(3, NumberText.toInt32(3.99));
        assertEquals(-3, NumberText.toInt32(-3.99));
        assertEquals(Integer.MIN_VALUE, NumberText.toInt32(2147483648.0));
        assertEquals(2147483647, NumberText.toInt32(2147483647.9));
        assertEquals(Integer.MIN_VALUE, NumberText.toInt32(Double.NaN));
        assertEquals(Long.MIN_VALUE, NumberText.toInt64(1e20));
        assertEquals(Long.MIN_VALUE, NumberText.toInt64(Double.NaN));
        assertEquals(9007199254740992L, NumberText.toInt64(9007199254740992.0));
    }

    @Test
    void smallIntegersAreCachedButEqual() {
        for (int i = -300; i <= 1100; i++) {
            assertEquals(Integer.toString(i), NumberText.toLuaString(i));
        }
    }
}
