package dev.lua2java.engine;

/** A build that cannot be loaded or calculated; the message names the build and the problem. */
public final class BuildException extends Exception {
    private final String buildName;

    public BuildException(String buildName, String problem) {
        super(buildName + ": " + problem);
        this.buildName = buildName;
    }

    public BuildException(String buildName, String problem, Throwable cause) {
        super(buildName + ": " + problem, cause);
        this.buildName = buildName;
    }

    public String buildName() {
        return buildName;
    }
}
