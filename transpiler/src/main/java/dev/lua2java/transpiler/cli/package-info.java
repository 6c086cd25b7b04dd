/** The lua2java command: write, dump or run transpiled Lua. */
package dev.lua2java.transpiler.cli;
