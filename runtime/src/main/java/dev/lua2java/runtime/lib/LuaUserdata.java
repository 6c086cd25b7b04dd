package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.LuaTable;

/**
 * A Java object that Lua code sees as a full userdata with a metatable, such as an open file of the io
 * library. {@code type(u)} is "userdata" (the default of {@code Lua.type} for objects that are no other Lua
 * type), indexing and {@code tostring} go through {@link #metatable()}, as for a C userdata in LuaJIT.
 */
public interface LuaUserdata {
    /** The metatable of this userdata; null for none. */
    LuaTable metatable();
}
