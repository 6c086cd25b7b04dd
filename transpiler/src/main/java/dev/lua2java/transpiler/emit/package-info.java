/** The Java emitter: chunk and function classes, method splitting, and the analyses it needs. */
package dev.lua2java.transpiler.emit;
