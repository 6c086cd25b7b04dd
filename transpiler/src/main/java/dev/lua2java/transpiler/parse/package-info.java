/** Lua source to AST: the ANTLR parser, literal decoding and positioned syntax errors. */
package dev.lua2java.transpiler.parse;
