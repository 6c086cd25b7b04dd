/** Lua semantics for generated code: values, tables, calls, errors and their positions, coroutines, compiled chunks. */
package dev.lua2java.runtime;
