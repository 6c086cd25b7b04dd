/** The Lua standard library with LuaJIT 2.1 behaviour, written in Java. */
package dev.lua2java.runtime.lib;
