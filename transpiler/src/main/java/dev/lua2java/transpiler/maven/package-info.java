/** The lua2java Maven plugin (goal generate). */
package dev.lua2java.transpiler.maven;
