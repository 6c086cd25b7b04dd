/** The Lua-to-Java pipeline for one file and for a source tree. */
package dev.lua2java.transpiler;
