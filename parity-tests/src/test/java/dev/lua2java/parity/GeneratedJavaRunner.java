package dev.lua2java.parity;

import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.LuaGlobals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a compiled chunk with fresh standard globals and returns what it printed, in the same form as
 * {@link LuaJitReference}: bytes as chars, then {@code uncaught error: <message>} if it failed.
 */
final class GeneratedJavaRunner {
    /** A program that runs this long is looping: a conformance program takes milliseconds. */
    private static final long TIMEOUT_MILLIS = 20_000;

    private GeneratedJavaRunner() {
    }

    static String run(LuaChunk chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LuaTable globals = LuaGlobals.create(out);
        StringBuilder failure = new StringBuilder();
        // Deep recursion in a Lua program needs more Java stack than a test thread has.
        Thread thread = new Thread(null, () -> {
            try {
                chunk.load(globals).invoke(new Object[0]);
            } catch (LuaError e) {
                failure.append("uncaught error: ").append(e.getMessage()).append('\n');
            } catch (RuntimeException | StackOverflowError e) {
                failure.append("java exception: ").append(e).append('\n');
            }
        }, "lua", 1L << 29);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            return new String(out.toByteArray(), StandardCharsets.ISO_8859_1) + "timed out after " + TIMEOUT_MILLIS + " ms\n";
        }
        return new String(out.toByteArray(), StandardCharsets.ISO_8859_1) + failure;
    }
}
