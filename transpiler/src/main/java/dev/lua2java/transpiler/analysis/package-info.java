/** Scope resolution: what each name refers to, which locals closures capture, where each goto jumps. */
package dev.lua2java.transpiler.analysis;
