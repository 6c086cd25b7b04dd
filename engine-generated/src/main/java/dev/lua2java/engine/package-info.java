/** The calculation engine over the Lua calc modules compiled to Java: game data, builds, the engine and its results. */
package dev.lua2java.engine;
