package dev.lua2java.transpiler.parse;

import dev.lua2java.runtime.lib.LuaStringEscapes;
import java.math.BigInteger;

/**
 * Decodes Lua number and string literal text exactly as LuaJIT reads it: hex integers beyond 2^53 are
 * rounded once (correctly), hex fractions and binary exponents are accepted, strings keep their bytes.
 */
final class LiteralDecoder {
    private LiteralDecoder() {
    }

    static double number(String text) {
        if (text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            String digits = text.substring(2);
            if (digits.matches("[0-9a-fA-F]+")) {
                return new BigInteger(digits, 16).doubleValue();
            }
            String hex = digits.contains("p") || digits.contains("P") ? digits : digits + "p0";
            if (hex.startsWith(".")) {
                hex = "0" + hex;
            }
            return Double.parseDouble("0x" + hex);
        }
        return Double.parseDouble(text);
    }

    /** Decodes a quoted or long string token to its bytes (one char per byte). */
    static String string(String token) {
        char first = token.charAt(0);
        if (first == '[') {
            int level = token.indexOf('[', 1) - 1;
            String body = token.substring(level + 2, token.length() - level - 2);
            return normaliseNewlines(skipFirstNewline(body));
        }
        return LuaStringEscapes.unescape(token.substring(1, token.length() - 1));
    }

    private static String skipFirstNewline(String s) {
        if (s.startsWith("\r\n") || s.startsWith("\n\r")) {
            return s.substring(2);
        }
        if (s.startsWith("\n") || s.startsWith("\r")) {
            return s.substring(1);
        }
        return s;
    }

    /** Any of \n, \r, \r\n, \n\r inside a long string reads as one \n. */
    private static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append('\n');
                if (i + 1 < s.length() && (s.charAt(i + 1) == '\r' || s.charAt(i + 1) == '\n') && s.charAt(i + 1) != c) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
