package dev.lua2java.runtime.lib;

/**
 * Decodes the escapes of a quoted Lua string literal's body (between the quotes) into its bytes, as
 * LuaJIT's lexer does: {@code \n \t ... \ddd \xXX \z} and backslash-newline. Shared by the
 * transpiler's lexer and the runtime's constant-table reader; an invalid escape throws
 * IllegalArgumentException with LuaJIT's wording.
 */
public final class LuaStringEscapes {
    private LuaStringEscapes() {
    }

    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '\\', '"', '\'' -> out.append(e);
                case '\n', '\r' -> {
                    out.append('\n');
                    if (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r') && s.charAt(i) != e) {
                        i++;
                    }
                }
                case 'x' -> {
                    if (i + 2 > s.length() || !isHex(s.charAt(i)) || !isHex(s.charAt(i + 1))) {
                        throw new IllegalArgumentException("invalid escape sequence near '\\x'");
                    }
                    out.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'z' -> {
                    while (i < s.length() && isSpace(s.charAt(i))) {
                        i++;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '9') {
                        int value = e - '0';
                        for (int k = 0; k < 2 && i < s.length() && Character.isDigit(s.charAt(i)); k++) {
                            value = value * 10 + (s.charAt(i++) - '0');
                        }
                        if (value > 255) {
                            throw new IllegalArgumentException("invalid escape sequence near '\\" + value + "'");
                        }
                        out.append((char) value);
                    } else {
                        throw new IllegalArgumentException("invalid escape sequence near '\\" + e + "'");
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
