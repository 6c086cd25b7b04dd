package dev.lua2java.parity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import party.iroiro.luajava.LuaException;
import party.iroiro.luajava.luajit.LuaJit;

/**
 * Runs a Lua program in LuaJIT 2.1, embedded in this JVM, and returns what it printed (bytes, one char
 * per byte), followed by {@code uncaught error: <message>} if it failed. This is the reference side of
 * every differential test. A LuaJIT state is not thread-safe; each call makes its own.
 */
final class LuaJitReference {
    /** print collects into a buffer instead of stdout, formatting each value with the real tostring. */
    private static final String PRELUDE = String.join("\n",
            "local out, tostring, select, concat = {}, tostring, select, table.concat",
            "__output = out",
            "print = function(...)",
            "  local n = select('#', ...)",
            "  local parts = {}",
            "  for i = 1, n do parts[i] = tostring((select(i, ...))) end",
            "  out[#out + 1] = concat(parts, '\\t') .. '\\n'",
            "end",
            // io.write goes to the same buffer (the generated side writes both to one stream).
            "local realWrite, type = io.write, type",
            "io.write = function(...)",
            "  for i = 1, select('#', ...) do",
            "    local v = (select(i, ...))",
            "    if type(v) == 'number' then out[#out + 1] = tostring(v)",
            "    elseif type(v) == 'string' then out[#out + 1] = v",
            "    else return realWrite(v) end",
            "  end",
            "  return realWrite()",
            "end");

    private LuaJitReference() {
    }

    static String run(String chunkName, byte[] source) {
        try (LuaJit lua = new LuaJit()) {
            lua.openLibraries();
            lua.run(PRELUDE);
            ByteBuffer buffer = ByteBuffer.allocateDirect(source.length);
            buffer.put(source).flip();
            lua.load(buffer, "@" + chunkName);
            lua.setGlobal("__main");
            lua.run("__ok, __err = pcall(__main)\n"
                    + "__text = table.concat(__output)\n"
                    + "if not __ok then __text = __text .. 'uncaught error: ' .. tostring(__err) .. '\\n' end");
            lua.getGlobal("__text");
            ByteBuffer text = lua.toBuffer(-1);
            byte[] bytes = new byte[text.remaining()];
            text.get(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (LuaException e) {
            return "luajit rejected the program: " + e.getMessage() + "\n";
        }
    }
}
