package dev.lua2java.engine;

/** One build's outcome in a batch: its stats, or the error that stopped it (never both). */
public record CalcResult(Build build, Stats stats, BuildException error) {
    public boolean ok() {
        return error == null;
    }
}
