package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.LuaTable;

/**
 * Reads Lua source that is only a constant table ({@code return { ... }} or {@code { ... }}): numbers,
 * strings, booleans, nil and nested tables with positional, {@code name =} and {@code [key] =} fields.
 * This is how {@code loadstring} of data text (PoB's tree data) works without an interpreter; anything
 * else in the text makes {@link #read} return null.
 */
public final class ConstantTableReader {
    private final String s;
    private int i;

    private ConstantTableReader(String s) {
        this.s = s;
    }

    /** The table the text returns, or null when the text is not a pure constant table. */
    public static LuaTable read(String text) {
        ConstantTableReader r = new ConstantTableReader(text);
        try {
            r.skip();
            if (r.s.startsWith("return", r.i)) {
                r.i += 6;
                r.skip();
            }
            Object v = r.value();
            r.skip();
            if (r.i < r.s.length() && r.s.charAt(r.i) == ';') {
                r.i++;
                r.skip();
            }
            return v instanceof LuaTable t && r.i == r.s.length() ? t : null;
        } catch (RuntimeException notConstant) {
            return null;
        }
    }

    private void skip() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                i++;
            } else if (s.startsWith("--", i)) {
                int level = longBracketLevel(i + 2);
                if (level >= 0) {
                    i = s.indexOf("]" + "=".repeat(level) + "]", i) + level + 2;
                } else {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                }
            } else {
                return;
            }
        }
    }

    private int longBracketLevel(int at) {
        if (at >= s.length() || s.charAt(at) != '[') {
            return -1;
        }
        int j = at + 1;
        while (j < s.length() && s.charAt(j) == '=') {
            j++;
        }
        return j < s.length() && s.charAt(j) == '[' ? j - at - 1 : -1;
    }

    private Object value() {
        skip();
        char c = s.charAt(i);
        if (c == '{') {
            return table();
        }
        if (c == '"' || c == '\'') {
            return quoted(c);
        }
        if (c == '[') {
            return longString();
        }
        if (s.startsWith("true", i) && !identChar(i + 4)) {
            i += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", i) && !identChar(i + 5)) {
            i += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("nil", i) && !identChar(i + 3)) {
            i += 3;
            return null;
        }
        return number();
    }

    private boolean identChar(int at) {
        return at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_');
    }

    private Object number() {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
            skip();
        }
        int digits = i;
        while (i < s.length() && "0123456789abcdefABCDEFxX.+-pP".indexOf(s.charAt(i)) >= 0) {
            if ((s.charAt(i) == '+' || s.charAt(i) == '-') && "eEpP".indexOf(s.charAt(i - 1)) < 0) {
                break;
            }
            i++;
        }
        Double d = NumberText.parse(s.substring(digits, i));
        if (d == null) {
            throw new IllegalArgumentException("not a constant at " + start);
        }
        return s.charAt(start) == '-' ? -d : d;
    }

    /**
     * A constructor, built the way compiled constructors are: positional items become the array part in
     * one piece (holes included) and win over keyed fields with the same index, as in Lua.
     */
    private LuaTable table() {
        i++;
        java.util.List<Object> positional = new java.util.ArrayList<>();
        java.util.List<Object> keyedFields = new java.util.ArrayList<>();
        while (true) {
            skip();
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                LuaTable t = positional.isEmpty() ? new LuaTable(0, keyedFields.size() / 2) : LuaTable.ofArray(positional.toArray());
                for (int f = 0; f < keyedFields.size(); f += 2) {
                    Object key = keyedFields.get(f);
                    if (key instanceof Double d && d == Math.rint(d) && d >= 1 && d <= positional.size()) {
                        continue;
                    }
                    t.set(key, keyedFields.get(f + 1));
                }
                return t;
            }
            Object key = null;
            boolean keyed = false;
            if (c == '[' && longBracketLevel(i) < 0) {
                i++;
                key = value();
                skip();
                expect(']');
                skip();
                expect('=');
                keyed = true;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (identChar(j)) {
                    j++;
                }
                int k = j;
                while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                    k++;
                }
                String word = s.substring(i, j);
                if (k < s.length() && s.charAt(k) == '=' && (k + 1 >= s.length() || s.charAt(k + 1) != '=')
                        && !word.equals("true") && !word.equals("false") && !word.equals("nil")) {
                    key = word;
                    i = k + 1;
                    keyed = true;
                }
            }
            Object v = value();
            if (keyed) {
                if (key == null || key instanceof Double d && d.isNaN()) {
                    throw new IllegalArgumentException("nil or NaN key");
                }
                keyedFields.add(key);
                keyedFields.add(v);
            } else {
                positional.add(v);
            }
            skip();
            c = s.charAt(i);
            if (c == ',' || c == ';') {
                i++;
            } else if (c != '}') {
                throw new IllegalArgumentException("unexpected " + c);
            }
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private String longString() {
        int level = longBracketLevel(i);
        int start = i + level + 2;
        int end = s.indexOf("]" + "=".repeat(level) + "]", start);
        i = end + level + 2;
        String body = s.substring(start, end);
        if (body.startsWith("\r\n") || body.startsWith("\n\r")) {
            return body.substring(2);
        }
        return body.startsWith("\n") || body.startsWith("\r") ? body.substring(1) : body;
    }

    private String quoted(char quote) {
        int start = ++i;
        while (s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return LuaStringEscapes.unescape(s.substring(start, i++));
    }
}
