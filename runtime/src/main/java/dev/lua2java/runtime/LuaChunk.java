package dev.lua2java.runtime;

/**
 * A compiled Lua chunk (one source file). Generated classes implement it; {@link #load} binds the chunk's
 * main function to a globals table, like {@code loadfile} does in Lua, without running it.
 */
public interface LuaChunk {
    /** The chunk name used in error positions, e.g. {@code Modules/CalcSetup.lua}. */
    String chunkName();

    /** The chunk's main function, reading and writing globals in {@code env}. */
    LuaFunction load(LuaTable env);
}
