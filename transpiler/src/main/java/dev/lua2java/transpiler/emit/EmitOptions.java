package dev.lua2java.transpiler.emit;

/**
 * Settings of the Java emitter.
 *
 * @param packageName Java package of the generated class
 * @param className simple name of the generated class
 * @param splitBudget estimated bytecode bytes above which a function's body is split into helper
 *     methods; tests use a tiny budget so the splitting path runs on every program
 * @param optimisations the optimisations applied (all by default)
 */
public record EmitOptions(String packageName, String className, int splitBudget, Optimisations optimisations) {
    /** Well under HotSpot's 8,000-byte limit, leaving room for the estimate's error. */
    public static final int DEFAULT_SPLIT_BUDGET = 2500;

    public EmitOptions(String packageName, String className, int splitBudget) {
        this(packageName, className, splitBudget, Optimisations.ALL);
    }
}
