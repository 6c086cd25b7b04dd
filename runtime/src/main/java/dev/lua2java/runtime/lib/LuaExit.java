package dev.lua2java.runtime.lib;

/**
 * Thrown by {@code os.exit(code)}: library code never calls {@link System#exit}, because the Lua program
 * runs inside a host (a GUI, a test, a server) that decides what ending the program means. The host
 * catches this exception around the chunk call and exits (or not) with {@link #status()}. It is not a
 * {@code LuaError}, so {@code pcall} does not catch it, and it crosses coroutine boundaries: an
 * {@code os.exit} inside a coroutine ends the coroutine and is rethrown by the resume.
 */
public final class LuaExit extends RuntimeException {
    private final int status;

    public LuaExit(int status) {
        super("os.exit(" + status + ")", null, false, false);
        this.status = status;
    }

    /** The process exit status the Lua program asked for (0 for {@code true} or no argument, 1 for {@code false}). */
    public int status() {
        return status;
    }
}
