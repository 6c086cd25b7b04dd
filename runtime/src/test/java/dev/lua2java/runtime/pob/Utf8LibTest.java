package dev.lua2java.runtime.pob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.runtime.lib.StringLib;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * lua-utf8 (starwing/luautf8 0.2.1). Expected values follow lutf8lib.c and its README/test.lua (cases
 * marked "luautf8 test.lua" are taken from there); strings are written as Java text and passed as their
 * UTF-8 bytes.
 */
class Utf8LibTest {
    private record Err(String message) {
    }

    /** The UTF-8 bytes of Java text, one char per byte (a Lua string). */
    private static String b(String text) {
        return LuaGlobals.bytes(text);
    }

    private static final String HW = b("héllo wörld"); // h é l l o _ w ö r l d: 11 code points, 13 bytes
    private static final String JP = b("日本語"); // 3 code points, 9 bytes
    private static final String ZH = b("中国");
    private static final String HELLO = b("héllo"); // bytes: h 1, é 2-3, l 4, l 5, o 6
    private static final String SURROGATE = "\u00ED\u00A0\u0080"; // U+D800 encoded (escape "%xD800")

    private static final Object[][] CASES = {
        // reverse (by code points; combining marks stay after their base unless lax)
        {"reverse", new Object[] {"abc"}, new Object[] {"cba"}},
        {"reverse", new Object[] {HW}, new Object[] {b("dlröw olléh")}},
        {"reverse", new Object[] {JP}, new Object[] {b("語本日")}},
        {"reverse", new Object[] {""}, new Object[] {""}},
        // luautf8 test.lua: reverse("नमस्ते") == "तेस्मन", reverse(s .. " ", true) == " ेत्समन"
        {"reverse", new Object[] {b("\u0928\u092E\u0938\u094D\u0924\u0947")},
            new Object[] {b("\u0924\u0947\u0938\u094D\u092E\u0928")}},
        {"reverse", new Object[] {b("\u0928\u092E\u0938\u094D\u0924\u0947 "), true},
            new Object[] {b(" \u0947\u0924\u094D\u0938\u092E\u0928")}},
        {"reverse", new Object[] {b("e\u0301a")}, new Object[] {b("ae\u0301")}},
        {"reverse", new Object[] {b("e\u0301a"), 1.0}, new Object[] {b("a\u0301e")}},
        {"reverse", new Object[] {SURROGATE}, new Err("invalid UTF-8 code")},
        {"reverse", new Object[] {"a\u00FF"}, new Err("invalid UTF-8 code")},
        {"reverse", new Object[] {"a\u00FF", true}, new Object[] {"\u00FFa"}},
        {"reverse", new Object[] {}, new Err("bad argument #1 to 'reverse' (string expected, got no value)")},
        // sub (code-point positions)
        {"sub", new Object[] {HW, 2.0, 4.0}, new Object[] {b("éll")}},
        {"sub", new Object[] {HW, -5.0}, new Object[] {b("wörld")}},
        {"sub", new Object[] {HW, -5.0, -4.0}, new Object[] {b("wö")}},
        {"sub", new Object[] {HW, 8.0, 8.0}, new Object[] {b("ö")}},
        {"sub", new Object[] {JP, 2.0}, new Object[] {b("本語")}},
        {"sub", new Object[] {JP, 0.0}, new Object[] {JP}},
        {"sub", new Object[] {JP, 4.0}, new Object[] {""}},
        {"sub", new Object[] {JP, -100.0, 1.0}, new Object[] {b("日")}},
        {"sub", new Object[] {JP, 2.0, 100.0}, new Object[] {b("本語")}},
        {"sub", new Object[] {JP, 3.0, 2.0}, new Object[] {""}},
        {"sub", new Object[] {JP, -100.0, -200.0}, new Object[] {""}},
        {"sub", new Object[] {JP, -100.0, 0.0}, new Object[] {""}},
        {"sub", new Object[] {JP, 100.0, 200.0}, new Object[] {""}},
        {"sub", new Object[] {"hello", 2.0, "3"}, new Object[] {"el"}},
        {"sub", new Object[] {JP}, new Err("bad argument #2 to 'sub' (number expected, got no value)")},
        {"sub", new Object[] {null, 1.0}, new Err("bad argument #1 to 'sub' (string expected, got nil)")},
        // len (byte positions; nil and the byte position of an invalid sequence)
        {"len", new Object[] {HW}, new Object[] {11.0}},
        {"len", new Object[] {JP}, new Object[] {3.0}},
        {"len", new Object[] {""}, new Object[] {0.0}},
        {"len", new Object[] {JP, 4.0}, new Object[] {2.0}},
        {"len", new Object[] {JP, -3.0}, new Object[] {1.0}},
        {"len", new Object[] {JP, 1.0, 3.0}, new Object[] {1.0}},
        {"len", new Object[] {JP, 2.0}, new Object[] {null, 2.0}},
        {"len", new Object[] {"abc\u00FFdef"}, new Object[] {null, 4.0}},
        {"len", new Object[] {"\u00EA\u0080a"}, new Object[] {null, 1.0}}, // luautf8 test.lua
        {"len", new Object[] {"\u00EA\u0080a", null, null, true}, new Object[] {2.0}}, // luautf8 test.lua
        {"len", new Object[] {"\u00F0\u0080\u0080\u0080\u0080"}, new Object[] {null, 1.0}}, // luautf8 test.lua
        {"len", new Object[] {SURROGATE}, new Object[] {null, 1.0}},
        {"len", new Object[] {"abc", 5.0}, new Err("bad argument #2 to 'len' (initial position out of bounds)")},
        {"len", new Object[] {"abc", 1.0, 4.0}, new Err("bad argument #3 to 'len' (final position out of bounds)")},
        // next (byte positions; nothing past the last character)
        {"next", new Object[] {HELLO}, new Object[] {1.0, 104.0}},
        {"next", new Object[] {HELLO, 1.0}, new Object[] {2.0, 233.0}},
        {"next", new Object[] {HELLO, 2.0}, new Object[] {4.0, 108.0}},
        {"next", new Object[] {HELLO, 2.0, 1.0}, new Object[] {4.0, 108.0}},
        {"next", new Object[] {HELLO, 5.0, 1.0}, new Object[] {6.0, 111.0}},
        {"next", new Object[] {HELLO, 6.0, 1.0}, new Object[] {}},
        {"next", new Object[] {HELLO, 4.0, -1.0}, new Object[] {2.0, 233.0}},
        {"next", new Object[] {HELLO, 2.0, -1.0}, new Object[] {1.0, 104.0}},
        {"next", new Object[] {HELLO, 1.0, -1.0}, new Object[] {}},
        {"next", new Object[] {HELLO, 7.0, -1.0}, new Object[] {6.0, 111.0}},
        {"next", new Object[] {HELLO, 3.0, 0.0}, new Object[] {2.0, 233.0}},
        {"next", new Object[] {HELLO, -1.0}, new Object[] {}},
        {"next", new Object[] {JP, 1.0}, new Object[] {4.0, 26412.0}},
        {"next", new Object[] {JP, 10.0, -1.0}, new Object[] {7.0, 35486.0}},
        {"next", new Object[] {JP, 7.0, -2.0}, new Object[] {1.0, 26085.0}},
        {"next", new Object[] {JP, 1.0, 3.0}, new Object[] {}},
        {"next", new Object[] {b("你好"), 1.0}, new Object[] {4.0, 22909.0}}, // luautf8 README
        {"next", new Object[] {b("你好world"), 1.0, 2.0}, new Object[] {7.0, 119.0}}, // luautf8 README
        {"next", new Object[] {""}, new Object[] {}},
        // offset (Lua 5.3 positions; luautf8 also returns the last byte of the character)
        {"offset", new Object[] {ZH, 0.0}, new Object[] {1.0, 3.0}}, // luautf8 test.lua (first result)
        {"offset", new Object[] {ZH, 0.0, 1.0}, new Object[] {1.0, 3.0}},
        {"offset", new Object[] {ZH, 0.0, 2.0}, new Object[] {1.0, 3.0}},
        {"offset", new Object[] {ZH, 0.0, 3.0}, new Object[] {1.0, 3.0}},
        {"offset", new Object[] {ZH, 0.0, 4.0}, new Object[] {4.0, 6.0}},
        {"offset", new Object[] {ZH, 0.0, 5.0}, new Object[] {4.0, 6.0}},
        {"offset", new Object[] {ZH, 1.0}, new Object[] {1.0, 3.0}},
        {"offset", new Object[] {ZH, 1.0, 2.0}, new Err("initial position is a continuation byte")},
        {"offset", new Object[] {ZH, 2.0}, new Object[] {4.0, 6.0}},
        {"offset", new Object[] {ZH, 3.0}, new Object[] {7.0, 7.0}},
        {"offset", new Object[] {ZH, 4.0}, new Object[] {null}},
        {"offset", new Object[] {ZH, -1.0, -3.0}, new Object[] {1.0, 3.0}},
        {"offset", new Object[] {ZH, -1.0, 1.0}, new Object[] {null}},
        {"offset", new Object[] {ZH, -1.0}, new Object[] {4.0, 6.0}},
        {"offset", new Object[] {"abc", 2.0}, new Object[] {2.0, 2.0}},
        {"offset", new Object[] {"abc", 1.0, 5.0}, new Err("bad argument #3 to 'offset' (position out of range)")},
        // codepoint (byte positions)
        {"codepoint", new Object[] {HELLO}, new Object[] {104.0}},
        {"codepoint", new Object[] {HELLO, 2.0}, new Object[] {233.0}},
        {"codepoint", new Object[] {HELLO, 1.0, -1.0}, new Object[] {104.0, 233.0, 108.0, 108.0, 111.0}},
        {"codepoint", new Object[] {JP, 1.0, -1.0}, new Object[] {26085.0, 26412.0, 35486.0}},
        {"codepoint", new Object[] {JP, 4.0}, new Object[] {26412.0}},
        {"codepoint", new Object[] {JP, 2.0}, new Err("invalid UTF-8 code")},
        {"codepoint", new Object[] {"abc", 3.0, 2.0}, new Object[] {}},
        {"codepoint", new Object[] {"abc", 0.0}, new Err("bad argument #2 to 'codepoint' (out of bounds)")},
        {"codepoint", new Object[] {"abc", 1.0, 4.0}, new Err("bad argument #3 to 'codepoint' (out of bounds)")},
        {"codepoint", new Object[] {SURROGATE}, new Err("invalid UTF-8 code")}, // luautf8 test.lua
        {"codepoint", new Object[] {SURROGATE, 1.0, 1.0, true}, new Object[] {55296.0}},
        {"codepoint", new Object[] {b("\uD83D\uDE00")}, new Object[] {128512.0}},
        // byte (code-point positions)
        {"byte", new Object[] {HELLO}, new Object[] {104.0}},
        {"byte", new Object[] {HELLO, 2.0}, new Object[] {233.0}},
        {"byte", new Object[] {HW, -3.0}, new Object[] {114.0}},
        {"byte", new Object[] {HW, 7.0, 9.0}, new Object[] {119.0, 246.0, 114.0}},
        {"byte", new Object[] {JP, 1.0, -1.0}, new Object[] {26085.0, 26412.0, 35486.0}},
        {"byte", new Object[] {JP, 100.0}, new Object[] {}},
        {"byte", new Object[] {JP, -100.0}, new Object[] {}},
        {"byte", new Object[] {JP, 200.0, 100.0}, new Object[] {}},
        // char
        {"char", new Object[] {72.0, 233.0, 26085.0}, new Object[] {b("Hé日")}},
        {"char", new Object[] {}, new Object[] {""}},
        {"char", new Object[] {1114111.0}, new Object[] {"\u00F4\u008F\u00BF\u00BF"}},
        {"char", new Object[] {128512.0}, new Object[] {b("\uD83D\uDE00")}},
        {"char", new Object[] {1114112.0}, new Err("bad argument #1 to 'char' (value out of range)")},
        {"char", new Object[] {-1.0}, new Err("bad argument #1 to 'char' (value out of range)")}, // luautf8 test.lua
        {"char", new Object[] {65.0, "x"}, new Err("bad argument #2 to 'char' (number expected, got string)")},
        // upper / lower (code points: strings, or a code point number)
        {"upper", new Object[] {HW}, new Object[] {b("HÉLLO WÖRLD")}},
        {"lower", new Object[] {b("HÉLLO WÖRLD")}, new Object[] {HW}},
        {"upper", new Object[] {"abc1"}, new Object[] {"ABC1"}},
        {"lower", new Object[] {JP}, new Object[] {JP}},
        {"upper", new Object[] {97.0}, new Object[] {65.0}},
        {"lower", new Object[] {201.0}, new Object[] {233.0}},
        {"upper", new Object[] {"a\u00FF"}, new Err("invalid UTF-8 code")},
        {"upper", new Object[] {null}, new Err("number/string expected, got nil")},
        {"lower", new Object[] {}, new Err("number/string expected, got no value")},
        // find (code-point positions)
        {"find", new Object[] {"hello world", "o", 6.0}, new Object[] {8.0, 8.0}},
        {"find", new Object[] {"hello", "l+"}, new Object[] {3.0, 4.0}},
        {"find", new Object[] {"a+b", "+", 1.0, true}, new Object[] {2.0, 2.0}},
        {"find", new Object[] {HW, b("wö")}, new Object[] {7.0, 8.0}},
        {"find", new Object[] {HW, b("ö"), 1.0, true}, new Object[] {8.0, 8.0}},
        {"find", new Object[] {HW, "l+"}, new Object[] {3.0, 4.0}},
        {"find", new Object[] {HW, "l", 5.0}, new Object[] {10.0, 10.0}},
        {"find", new Object[] {HW, "l", -2.0}, new Object[] {10.0, 10.0}},
        {"find", new Object[] {HW, b("(w)(ö)")}, new Object[] {7.0, 8.0, "w", b("ö")}},
        {"find", new Object[] {HW, b("()ö()")}, new Object[] {8.0, 8.0, 8.0, 9.0}},
        {"find", new Object[] {JP, b("本")}, new Object[] {2.0, 2.0}},
        {"find", new Object[] {JP, b("[本語]+")}, new Object[] {2.0, 3.0}},
        {"find", new Object[] {JP, ".", -1.0}, new Object[] {3.0, 3.0}},
        {"find", new Object[] {JP, "x"}, new Object[] {null}},
        {"find", new Object[] {JP, b("^本")}, new Object[] {null}},
        {"find", new Object[] {b(",123,456"), ",", 1.0, 2.0}, new Object[] {1.0, 1.0}},
        {"find", new Object[] {b("\u00A0123\u00A0456"), b("\u00A0"), 1.0, 2.0}, new Object[] {1.0, 1.0}},
        {"find", new Object[] {b("a\u00A0b"), b("\u00A0"), 1.0, 2.0}, new Object[] {2.0, 2.0}},
        {"find", new Object[] {JP}, new Err("bad argument #2 to 'find' (string expected, got no value)")},
        // match
        {"match", new Object[] {"hello, ", "[%s%p]*$"}, new Object[] {", "}},
        {"match", new Object[] {b("héllo, wörld "), "[%s%p]*$"}, new Object[] {" "}},
        {"match", new Object[] {b("wörld."), "[%s%p]*$"}, new Object[] {"."}},
        {"match", new Object[] {b("héllo"), "%w*$"}, new Object[] {"llo"}}, // ASCII %w (luautf8: "héllo")
        {"match", new Object[] {HW, "^%w*"}, new Object[] {"h"}}, // ASCII %w (luautf8: "héllo")
        {"match", new Object[] {b("日本語 abc"), "%a+"}, new Object[] {"abc"}},
        {"match", new Object[] {HELLO, "^h(.)"}, new Object[] {b("é")}},
        {"match", new Object[] {JP, "(.)(.)$"}, new Object[] {b("本"), b("語")}},
        {"match", new Object[] {JP, b("()語")}, new Object[] {3.0}},
        {"match", new Object[] {HELLO, ".", 2.0}, new Object[] {b("é")}},
        {"match", new Object[] {HELLO, b("[à-ê]")}, new Object[] {b("é")}},
        {"match", new Object[] {HW, b("[^a-zé ]+")}, new Object[] {b("ö")}},
        {"match", new Object[] {b("x=日本"), "=(.*)"}, new Object[] {b("日本")}},
        {"match", new Object[] {b("a«b(c)d»e"), b("%b«»")}, new Object[] {b("«b(c)d»")}},
        {"match", new Object[] {b("café"), b("%é")}, new Object[] {b("é")}},
        {"match", new Object[] {b("日日本"), b("(日)%1")}, new Object[] {b("日")}},
        {"match", new Object[] {"h\u00FF" + b("é"), b("é")}, new Err("invalid UTF-8 code")},
        {"match", new Object[] {JP, b("(本")}, new Err("unfinished capture")},
        // gsub
        {"gsub", new Object[] {"7654321", "(%d%d%d)", "%1,"}, new Object[] {"765,432,1", 2.0}},
        {"gsub", new Object[] {HW, b("ö"), "o"}, new Object[] {b("héllo world"), 1.0}},
        {"gsub", new Object[] {HW, "l", "L", 2.0}, new Object[] {b("héLLo wörld"), 2.0}},
        {"gsub", new Object[] {JP, ".", "%0 "}, new Object[] {b("日 本 語 "), 3.0}},
        {"gsub", new Object[] {JP, b("本"), b("ほん")}, new Object[] {b("日ほん語"), 1.0}},
        {"gsub", new Object[] {HELLO, "()l", "%1"}, new Object[] {b("hé34o"), 2.0}},
        {"gsub", new Object[] {b("ééa"), b("^é"), "e"}, new Object[] {b("eéa"), 1.0}},
        {"gsub", new Object[] {b("é"), b("é"), 5.0}, new Object[] {"5", 1.0}},
        {"gsub", new Object[] {b("héllo"), "", "-"}, new Object[] {b("-h-é-l-l-o-"), 6.0}},
        {"gsub", new Object[] {"x^[]+$", "%p", "%%%0"}, new Object[] {"x%^%[%]%+%$", 5.0}}, // luautf8 test.lua
        {"gsub", new Object[] {b("é"), b("é"), true},
            new Err("bad argument #3 to 'gsub' (string/function/table expected)")},
    };

    private static final LuaTable UTF8 = Utf8Lib.create();

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static Object[] call(String fn, Object... args) {
        return ((LuaFunction) UTF8.get(fn)).invoke(args);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesLuautf8(String fn, Object[] args, Object expected) {
        LuaFunction f = (LuaFunction) UTF8.get(fn);
        if (expected instanceof Err err) {
            LuaError e = assertThrows(LuaError.class, () -> f.invoke(args));
            assertEquals(err.message(), e.getMessage());
        } else {
            assertArrayEquals((Object[]) expected, f.invoke(args));
        }
    }

    @Test
    void thousandsSeparatorAsPobFormatsIt() {
        // Common.lua formatNumSep: utf8.reverse(utf8.gsub(utf8.reverse(integer), "(%d%d%d)", "%1" .. rev1kSep))
        // passes gsub's count as reverse's second argument (lax).
        assertEquals("1,234,567", pobThousands("1234567", ","));
        assertEquals("123,456", pobThousands("123456", ","));
        assertEquals("12", pobThousands("12", ","));
        String nbsp = b("\u00A0");
        assertEquals(b("1\u00A0234\u00A0567"), pobThousands("1234567", nbsp));
        assertEquals(b("123\u00A0456"), pobThousands("123456", nbsp));
        String thin = b("\u2009"); // THIN SPACE: 3 bytes
        assertEquals(b("9\u2009876\u2009543\u2009210"), pobThousands("9876543210", thin));
    }

    private static String pobThousands(String integer, String sep) {
        String rev1kSep = (String) call("reverse", sep)[0];
        Object[] g = call("gsub", call("reverse", integer)[0], "(%d%d%d)", "%1" + rev1kSep);
        String s = (String) call("reverse", g[0], g[1])[0];
        Object[] found = call("find", s, rev1kSep, 1.0, 2.0);
        if (found[0] != null && (double) found[0] == 1.0) {
            s = (String) call("sub", s, 2.0)[0];
        }
        return s;
    }

    @Test
    void caretMovesAsPobEditControl() {
        String buf = b("aé日b"); // bytes: a 1, é 2-3, 日 4-6, b 7; #buf = 7
        int caret = 1;
        List<Integer> right = new ArrayList<>();
        while (caret <= buf.length()) {
            // self.caret = utf8.next(self.buf, self.caret, 1) or #self.buf + 1
            Object[] next = call("next", buf, (double) caret, 1.0);
            caret = next.length > 0 && next[0] != null ? (int) (double) (Double) next[0] : buf.length() + 1;
            right.add(caret);
        }
        assertEquals(List.of(2, 4, 7, 8), right);
        List<Integer> left = new ArrayList<>();
        while (caret > 1) {
            // self.caret = utf8.next(self.buf, self.caret, -1) or 0
            Object[] prev = call("next", buf, (double) caret, -1.0);
            caret = prev.length > 0 && prev[0] != null ? (int) (double) (Double) prev[0] : 0;
            left.add(caret);
        }
        assertEquals(List.of(7, 4, 2, 1), left);
        // Ctrl+Left: caret - #utf8.match(buf:sub(1, caret-1), "[%s%p]*$") - #utf8.match(..., "%w*$")
        String text = b("foo, bar");
        Object[] m = call("match", text, "[%s%p]*$");
        assertEquals("", m[0]);
        assertEquals("bar", call("match", text, "%w*$")[0]);
        assertEquals(", ", call("match", b("foo, "), "[%s%p]*$")[0]);
    }

    @Test
    void iteratesWithNext() {
        // for pos, code in utf8.next, s do ... end (luautf8 README)
        LuaFunction next = (LuaFunction) UTF8.get("next");
        List<String> seen = new ArrayList<>();
        Object pos = null;
        for (;;) {
            Object[] r = next.invoke(new Object[] {JP, pos});
            if (r.length == 0 || r[0] == null) {
                break;
            }
            pos = r[0];
            seen.add(Lua.tostring(r[0]) + ":" + Lua.tostring(r[1]));
        }
        assertEquals(List.of("1:26085", "4:26412", "7:35486"), seen);
    }

    private static List<List<Object>> gmatchAll(Object s, Object p) {
        LuaFunction it = (LuaFunction) call("gmatch", s, p)[0];
        List<List<Object>> out = new ArrayList<>();
        for (Object[] r = it.invoke(Lua.NONE); r.length > 0 && r[0] != null; r = it.invoke(Lua.NONE)) {
            out.add(Arrays.asList(r));
        }
        return out;
    }

    @Test
    void gmatch() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), gmatchAll("a,b,c", "[^,]+"));
        assertEquals(List.of(List.of(b("héllo")), List.of(b("wörld"))), gmatchAll(HW, "[^ ]+"));
        assertEquals(List.of(List.of(b("日")), List.of(b("本")), List.of(b("語"))), gmatchAll(JP, "."));
        assertEquals(List.of(List.of(1.0), List.of(2.0), List.of(3.0), List.of(4.0)), gmatchAll(JP, "()"));
        assertEquals(List.of(List.of("k", b("値")), List.of("x", "y")), gmatchAll(b("k=値, x=y"), "(%w+)=([^,]+)"));
        LuaError e = assertThrows(LuaError.class, () -> call("gmatch", JP));
        assertEquals("bad argument #2 to 'gmatch' (string expected, got no value)", e.getMessage());
    }

    private static LuaFunction fn(java.util.function.Function<Object[], Object> body) {
        return new LuaFunction() {
            @Override
            public Object[] invoke(Object[] args) {
                return new Object[] {body.apply(args)};
            }
        };
    }

    @Test
    void gsubWithFunctionsAndTables() {
        List<List<Object>> calls = new ArrayList<>();
        LuaFunction bracket = fn(a -> {
            calls.add(Arrays.asList(a));
            return "[" + a[0] + "]";
        });
        assertArrayEquals(new Object[] {b("[h][é][l][l][o]"), 5.0}, call("gsub", HELLO, "(.)", bracket));
        assertEquals(List.of("h"), calls.get(0));
        assertEquals(List.of(b("é")), calls.get(1));
        calls.clear();
        assertArrayEquals(new Object[] {"h<2>", 1.0}, call("gsub", b("hé"), b("()é"), fn(a -> {
            calls.add(Arrays.asList(a));
            return "<" + Lua.tostring(a[0]) + ">";
        })));
        assertEquals(List.of(List.of(2.0)), calls);
        // nil/false keeps the match; a number is converted; invalid bytes of a result are kept as they are
        assertArrayEquals(new Object[] {JP, 3.0}, call("gsub", JP, ".", fn(a -> null)));
        assertArrayEquals(new Object[] {b("日7語"), 1.0}, call("gsub", JP, b("本"), fn(a -> 7.0)));
        assertArrayEquals(new Object[] {"a\u00FF", 1.0}, call("gsub", b("aé"), b("é"), fn(a -> "\u00FF")));
        LuaTable t = new LuaTable();
        t.set(b("日"), "sun");
        t.set(b("語"), b("ことば"));
        assertArrayEquals(new Object[] {b("sun本ことば"), 3.0}, call("gsub", JP, ".", t));
        LuaError e = assertThrows(LuaError.class, () -> call("gsub", JP, ".", fn(a -> new LuaTable())));
        assertEquals("invalid replacement value (a table)", e.getMessage());
    }

    @Test
    void asciiCallsAreTheStringLibrary() {
        Object[][] findArgs = {
            {"hello", "l"}, {"hello", "", 10.0}, {"hello", "(h)(e)"}, {"a.b", ".", 1.0, true}, {"abc", "()b()"},
            {"abc", "^b"}, {"hello", "l", -2.0}, {123.0, "2"},
        };
        for (Object[] a : findArgs) {
            assertArrayEquals(StringLib.findAux(a, true), call("find", a), Arrays.toString(a));
            assertArrayEquals(StringLib.findAux(a, false), call("match", a), Arrays.toString(a));
        }
        assertArrayEquals(new Object[] {6.0, 5.0}, call("find", "hello", "", 10.0)); // LuaJIT clamps init
        assertArrayEquals(StringLib.gsub(new Object[] {"hello world", "o", "%x"}), call("gsub", "hello world", "o", "%x"));
        assertArrayEquals(new Object[] {"hellx wxrld", 2.0}, call("gsub", "hello world", "o", "%x"));
    }

    @Test
    void escapedCharsAreLiteralWithManyDistinctChars() {
        // 200 distinct code points: the later ones get chars above 0x13F; '%' before them stays literal.
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x100; cp < 0x1C8; cp++) {
            sb.appendCodePoint(cp);
        }
        String s = b(sb.toString());
        for (int cp = 0x100; cp < 0x1C8; cp++) {
            String c = b(new String(Character.toChars(cp)));
            assertArrayEquals(new Object[] {c}, call("match", s, "%" + c), Integer.toHexString(cp));
            double pos = cp - 0x100 + 1;
            assertArrayEquals(new Object[] {pos, pos}, call("find", s, "[" + c + "]"), Integer.toHexString(cp));
        }
        String range = b("[\u0141-\u0143]+");
        assertArrayEquals(new Object[] {b("\u0141\u0142\u0143")}, call("match", s, range));
    }

    @Test
    void supplementaryCharacters() {
        String s = b("a\uD83D\uDE00b\uD83D\uDE01");
        assertArrayEquals(new Object[] {4.0}, call("len", s));
        assertArrayEquals(new Object[] {3.0}, call("len", s.substring(0, 6)));
        assertArrayEquals(new Object[] {2.0, 2.0}, call("find", s, b("\uD83D\uDE00")));
        assertArrayEquals(new Object[] {b("\uD83D\uDE01")}, call("match", s, "b(.)"));
        assertArrayEquals(new Object[] {b("\uD83D\uDE01b\uD83D\uDE00a")}, call("reverse", s));
        assertArrayEquals(new Object[] {b("\uD83D\uDE00")}, call("sub", s, 2.0, 2.0));
    }

    @Test
    void charpatternAndModule() {
        // luautf8 built for Lua 5.1/LuaJIT: "[%z\1-\x7F\xC2-\xF4][\x80-\xBF]*"
        assertEquals("[%z\u0001-\u007F\u00C2-\u00F4][\u0080-\u00BF]*", UTF8.get("charpattern"));
        Object it = StringLib.gmatch(new Object[] {b("a日é"), UTF8.get("charpattern")})[0];
        List<Object> chars = new ArrayList<>();
        for (Object c = ((LuaFunction) it).call(); c != null; c = ((LuaFunction) it).call()) {
            chars.add(c);
        }
        assertEquals(List.of("a", b("日"), b("é")), chars);
        for (String name : List.of("offset", "codepoint", "find", "gmatch", "gsub", "match", "len", "sub", "reverse",
                "lower", "upper", "byte", "char", "next")) {
            Object f = UTF8.get(name);
            assertTrue(f instanceof LuaFunction, name);
            assertEquals(name, ((LuaFunction) f).name());
            assertTrue(Lua.tostring(f).startsWith("function: 0x"), name); // a C function, not a fast function
        }
        assertNull(UTF8.get("codes"));
        assertNotSame(UTF8, Utf8Lib.create());
    }
}
