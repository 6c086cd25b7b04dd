package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pattern matcher through string.find/match/gsub/gmatch; expected results printed by LuaJIT
 * 2.1.1723675123 (a gmatch case lists every value of every iteration).
 */
class LuaPatternTest {
    private record Err(String message) {
    }

    private static final Object[][] CASES = {
        {"find", new Object[] {"hello world", "o w"}, new Object[] {5.0, 7.0}},
        {"find", new Object[] {"hello world", "o", 6.0}, new Object[] {8.0, 8.0}},
        {"find", new Object[] {"hello", "l", -2.0}, new Object[] {4.0, 4.0}},
        {"find", new Object[] {"hello", "xyz"}, new Object[] {null}},
        {"find", new Object[] {"abc", "", 10.0}, new Object[] {4.0, 3.0}},
        {"find", new Object[] {"abc", "", 4.0}, new Object[] {4.0, 3.0}},
        {"find", new Object[] {"abc", "", 0.0}, new Object[] {1.0, 0.0}},
        {"find", new Object[] {"a.b", ".", 1.0, Boolean.TRUE}, new Object[] {2.0, 2.0}},
        {"find", new Object[] {"a+b", "+", 1.0, Boolean.TRUE}, new Object[] {2.0, 2.0}},
        {"find", new Object[] {"hello", "(l)(l)"}, new Object[] {3.0, 4.0, "l", "l"}},
        {"find", new Object[] {"hello", "()ll()"}, new Object[] {3.0, 4.0, 3.0, 5.0}},
        {"find", new Object[] {"hello", "^h"}, new Object[] {1.0, 1.0}},
        {"find", new Object[] {"hello", "^e"}, new Object[] {null}},
        {"find", new Object[] {"hello", "o$"}, new Object[] {5.0, 5.0}},
        {"find", new Object[] {"hello", "l$"}, new Object[] {null}},
        {"find", new Object[] {"a$b", "$b"}, new Object[] {2.0, 3.0}},
        {"find", new Object[] {"x^y", "x^y"}, new Object[] {1.0, 3.0}},
        {"match", new Object[] {"key = value", "(%w+)%s*=%s*(%w+)"}, new Object[] {"key", "value"}},
        {"match", new Object[] {"  trim  ", "^%s*(.-)%s*$"}, new Object[] {"trim"}},
        {"match", new Object[] {"2024-01-15", "(%d+)-(%d+)-(%d+)"}, new Object[] {"2024", "01", "15"}},
        {"match", new Object[] {"abc123", "%a+"}, new Object[] {"abc"}},
        {"match", new Object[] {"abc123", "%d+"}, new Object[] {"123"}},
        {"match", new Object[] {"ABC", "%l"}, new Object[] {null}},
        {"match", new Object[] {"aBc", "%u"}, new Object[] {"B"}},
        {"match", new Object[] {"hello", ".-"}, new Object[] {""}},
        {"match", new Object[] {"hello", ".-l"}, new Object[] {"hel"}},
        {"match", new Object[] {"hello", ".*l"}, new Object[] {"hell"}},
        {"match", new Object[] {"hello", "l+"}, new Object[] {"ll"}},
        {"match", new Object[] {"hello", "x*"}, new Object[] {""}},
        {"match", new Object[] {"hello", "he?l"}, new Object[] {"hel"}},
        {"match", new Object[] {"hllo", "he?l"}, new Object[] {"hl"}},
        {"match", new Object[] {"f(a(b)c)d", "%b()"}, new Object[] {"(a(b)c)"}},
        {"match", new Object[] {"THE (quick) fox", "%f[%a]%a+"}, new Object[] {"THE"}},
        {"match", new Object[] {"THE (quick) fox", "%f[%l]%a+"}, new Object[] {"quick"}},
        {"match", new Object[] {"abcabc", "(abc)%1"}, new Object[] {"abc"}},
        {"match", new Object[] {"abab", "(a)(b)%1%2"}, new Object[] {"a", "b"}},
        {"match", new Object[] {"xx", "()x()"}, new Object[] {1.0, 2.0}},
        {"match", new Object[] {"[test]", "%[(.*)%]"}, new Object[] {"test"}},
        {"match", new Object[] {"a]b", "[]]"}, new Object[] {"]"}},
        {"match", new Object[] {"a-b", "[a-]+"}, new Object[] {"a-"}},
        {"match", new Object[] {"a^b", "[%^b]+"}, new Object[] {"^b"}},
        {"match", new Object[] {"hello", "[^aeiou]+"}, new Object[] {"h"}},
        {"match", new Object[] {"x1_y2", "[%w_]+"}, new Object[] {"x1_y2"}},
        {"match", new Object[] {"tab\011here", "%c"}, new Object[] {"\011"}},
        {"match", new Object[] {"p.u,n;c", "%p+"}, new Object[] {"."}},
        {"match", new Object[] {"\310\311abc", "%a+"}, new Object[] {"abc"}},
        {"match", new Object[] {"\310", "[\200-\377]"}, new Object[] {"\310"}},
        {"match", new Object[] {"\000abc", "%z"}, new Object[] {"\000"}},
        {"match", new Object[] {"a\000b", "a%zb"}, new Object[] {"a\000b"}},
        {"match", new Object[] {"ab", "a\000x"}, new Object[] {"a"}},
        {"match", new Object[] {"hello", "(h)(e)(l)(l)(o)"}, new Object[] {"h", "e", "l", "l", "o"}},
        {"match", new Object[] {"abc", "((a)(b))"}, new Object[] {"ab", "a", "b"}},
        {"match", new Object[] {"abc", "b", -1.0}, new Object[] {null}},
        {"match", new Object[] {"abc", "b", -2.0}, new Object[] {"b"}},
        {"match", new Object[] {"abc", "()", 100.0}, new Object[] {4.0}},
        {"gsub", new Object[] {"hello world", "o", "0"}, new Object[] {"hell0 w0rld", 2.0}},
        {"gsub", new Object[] {"hello world", "(%w+)", "<%1>"}, new Object[] {"<hello> <world>", 2.0}},
        {"gsub", new Object[] {"hello", "", "-"}, new Object[] {"-h-e-l-l-o-", 6.0}},
        {"gsub", new Object[] {"abc", "%w", "%0%0"}, new Object[] {"aabbcc", 3.0}},
        {"gsub", new Object[] {"abc", "b", "%%"}, new Object[] {"a%c", 1.0}},
        {"gsub", new Object[] {"abc", "b", "%x"}, new Object[] {"axc", 1.0}},
        {"gsub", new Object[] {"abc", "b", "%"}, new Object[] {"a\000c", 1.0}},
        {"gsub", new Object[] {"hello world", "o", "0", 1.0}, new Object[] {"hell0 world", 1.0}},
        {"gsub", new Object[] {"hello", "l", "L", 0.0}, new Object[] {"hello", 0.0}},
        {"gsub", new Object[] {"hello", "l", "L", -1.0}, new Object[] {"hello", 0.0}},
        {"gsub", new Object[] {"hello", "^h", "H"}, new Object[] {"Hello", 1.0}},
        {"gsub", new Object[] {"hhh", "^h", "H"}, new Object[] {"Hhh", 1.0}},
        {"gsub", new Object[] {"abc", "()", "%1"}, new Object[] {"1a2b3c4", 4.0}},
        {"gsub", new Object[] {"abc", ".", 5.0}, new Object[] {"555", 3.0}},
        {"gsub", new Object[] {"abc", "(b)", "%2"}, new Err("invalid capture index")},
        {"gsub", new Object[] {"abc", "%", "x"}, new Err("malformed pattern (ends with '%')")},
        {"gsub", new Object[] {"abc", "[a", "x"}, new Err("malformed pattern (missing ']')")},
        {"gsub", new Object[] {"abc", "(a", "x"}, new Object[] {"xbc", 1.0}},
        {"gsub", new Object[] {"abc", "a)", "x"}, new Err("invalid pattern capture")},
        {"gsub", new Object[] {"abc", "%f", "x"}, new Err("missing '[' after '%f' in pattern")},
        {"gsub", new Object[] {"abc", "%b", "x"}, new Err("unbalanced pattern")},
        {"gsub", new Object[] {"abc", "%1", "x"}, new Err("invalid capture index")},
        {"gmatch", new Object[] {"one two three", "%a+"}, new Object[] {"one", "two", "three"}},
        {"gmatch", new Object[] {"k1=v1, k2=v2", "(%w+)=(%w+)"}, new Object[] {"k1", "v1", "k2", "v2"}},
        {"gmatch", new Object[] {"abc", ""}, new Object[] {"", "", "", ""}},
        {"gmatch", new Object[] {"abc", "%a*"}, new Object[] {"abc", ""}},
        {"gmatch", new Object[] {"^a^a", "^a"}, new Object[] {"^a", "^a"}},
        {"gmatch", new Object[] {"a,b,,c", "([^,]*)"}, new Object[] {"a", "", "b", "", "", "c", ""}},
        {"gmatch", new Object[] {"xyz", "()"}, new Object[] {1.0, 2.0, 3.0, 4.0}},
        {"find", new Object[] {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?b"}, new Err("pattern too complex")},
        {"match", new Object[] {"abc", "(a"}, new Err("unfinished capture")},
        {"find", new Object[] {"abc", "(a"}, new Err("unfinished capture")},
        {"match", new Object[] {"x", "(((((((((((((((((((((((((((((((((x)))))))))))))))))))))))))))))))))"}, new Err("too many captures")},
        {"find", new Object[] {12345.0, 34.0}, new Object[] {3.0, 4.0}},
        {"match", new Object[] {3.5, "%d"}, new Object[] {"3"}},
        {"gsub", new Object[] {123.0, 2.0, 9.0}, new Object[] {"193", 1.0}},
    };

    private static final LuaTable STRING = StringLib.install(new LuaTable());

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static Object[] run(String fn, Object[] args) {
        LuaFunction f = (LuaFunction) STRING.get(fn);
        if (!fn.equals("gmatch")) {
            return f.invoke(args);
        }
        LuaFunction it = (LuaFunction) f.invoke(args)[0];
        List<Object> acc = new ArrayList<>();
        while (true) {
            Object[] r = it.invoke(Lua.NONE);
            if (r.length == 0 || r[0] == null) {
                break;
            }
            acc.addAll(Arrays.asList(r));
            if (acc.size() > 40) {
                break;
            }
        }
        return acc.toArray();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesLuaJit(String fn, Object[] args, Object expected) {
        if (expected instanceof Err err) {
            LuaError e = assertThrows(LuaError.class, () -> run(fn, args));
            assertEquals(err.message(), e.getMessage());
        } else {
            assertArrayEquals((Object[]) expected, run(fn, args));
        }
    }

    @Test
    void directMatcherApi() {
        LuaPattern m = new LuaPattern("key=val", "(%w+)=(%w+)");
        m.reset();
        assertEquals(7, m.match(0, 0));
        assertEquals(2, m.level());
        assertArrayEquals(new Object[] {"key", "val"}, m.captures(0, 7, true));
        m.reset();
        assertEquals(7, m.match(1, 0));
        assertArrayEquals(new Object[] {"ey", "val"}, m.captures(1, 7, true));
        LuaPattern anchored = new LuaPattern("abc", "c$");
        anchored.reset();
        assertEquals(-1, anchored.match(0, 0));
        anchored.reset();
        assertEquals(3, anchored.match(2, 0));
    }

    /**
     * Java strings can hold chars above 255, Lua strings cannot: such a char in a pattern is a literal
     * that no byte matches, with or without '%' (decoded byte sets must not read "%\u0100" as "%").
     */
    @Test
    void patternCharsAbove255MatchOnlyThemselves() {
        for (String pat : new String[] {"%\u0100", "\u0100", "x%\u0100*"}) {
            LuaPattern m = new LuaPattern("%x", pat);
            assertEquals(pat.startsWith("x") ? 1 : -1, m.search(0), pat);
        }
        LuaPattern m = new LuaPattern("a\u0100b", "%\u0100");
        assertEquals(1, m.search(0));
        assertEquals(2, m.matchEnd());
    }

    /**
     * The early "no match" of anchored patterns answers only where the matcher would fail on the first
     * item, and never where it would raise an error or where the first item may match nothing.
     */
    @Test
    void anchoredRejectOnlyWhereTheFirstItemFails() {
        // forSearchAt answers null (no matcher: no match) exactly when the search is rejected early.
        assertEquals(true, rejected("+10 to Life", "^{([^}]*)}(.*)$", 0));
        assertEquals(false, rejected("{range:1}x", "^{([^}]*)}(.*)$", 0));
        assertEquals(true, rejected("ab1", "^()%d", 1));
        assertEquals(false, rejected("ab1", "^()%d", 2));
        assertEquals(true, rejected("ab", "^.", 2), "the subject's end has no byte");
        assertEquals(true, rejected("\u00c0", "^[a-z]", 0), "a byte above 127");
        assertEquals(false, rejected("\u0100", "^[a-z]", 0), "left to the matcher");
        for (String mayMatchNothing : new String[] {"^a*", "^a?", "^a-", "^", "^$", "^%f[a]", "^%b()"}) {
            assertEquals(false, rejected("xyz", mayMatchNothing, 0), mayMatchNothing);
        }
        for (String raises : new String[] {"^[a", "^%", "^%1", "^" + "(".repeat(33) + "a"}) {
            assertEquals(false, rejected("xyz", raises, 0), raises);
        }
        assertEquals(true, rejected("xyz", "^" + "(".repeat(32) + "a", 0));
        assertEquals(false, rejected("xyz", "x", 0), "not anchored");
    }

    private static boolean rejected(String s, String p, int init) {
        return LuaPattern.forSearchAt(s, p, init) == null;
    }

    @Test
    void hasSpecials() {
        assertEquals(false, LuaPattern.hasSpecials("plain text, no specials!"));
        for (String s : new String[] {"^", "$", "*", "+", "?", ".", "(", "[", "%", "-"}) {
            assertEquals(true, LuaPattern.hasSpecials("a" + s));
        }
        assertEquals(false, LuaPattern.hasSpecials("a]b)c"));
    }

    @Test
    void gmatchIteratorKeepsGoingAfterEnd() {
        LuaFunction it = (LuaFunction) ((LuaFunction) STRING.get("gmatch")).invoke(new Object[] {"ab", "%a"})[0];
        assertEquals("a", it.call());
        assertEquals("b", it.call());
        assertEquals(null, it.call());
        assertEquals(null, it.call());
    }
}
