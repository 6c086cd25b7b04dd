/** Compiling generated Java in memory, for running Lua at once and for tests. */
package dev.lua2java.transpiler.compile;
