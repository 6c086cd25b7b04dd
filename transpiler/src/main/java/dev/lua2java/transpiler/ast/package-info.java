/** The immutable Lua syntax tree the passes share. */
package dev.lua2java.transpiler.ast;
