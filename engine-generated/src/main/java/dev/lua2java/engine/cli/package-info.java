/** The poe-calc command: calculate builds and time batches with the generated engine. */
package dev.lua2java.engine.cli;
