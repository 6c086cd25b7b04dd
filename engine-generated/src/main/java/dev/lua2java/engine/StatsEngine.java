package dev.lua2java.engine;

/**
 * What an optimizer calls: a build in, its stats out, on the calling thread. {@link CalcEngine} (the
 * project's own calc modules) and {@link PobEngine} (Path of Building's Lua, generated from the user's
 * checkout) both implement it, so switching engines is the line that creates one.
 */
public interface StatsEngine {
    Stats calculate(Build build) throws BuildException;
}
