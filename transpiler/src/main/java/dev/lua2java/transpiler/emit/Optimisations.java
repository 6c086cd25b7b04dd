package dev.lua2java.transpiler.emit;

import java.util.Locale;

/**
 * Which optimisations the emitter applies. Each one is a separate step of emission with its own class
 * and can be turned off alone: the conformance corpus runs with all of them on and with all of them off,
 * and the generated code must give LuaJIT's output either way.
 *
 * @param fieldHints constant-key field accesses remember where they found their key ({@link FieldHints})
 * @param directCalls calls of {@code local function}s call the callee's body method ({@link DirectCalls})
 * @param varargSelect {@code select(i, ...)} and {@code select("#", ...)} read the varargs in place
 *     ({@link VarargSelect})
 * @param numericLocals accumulating locals keep numbers in a {@code double} slot ({@link NumericLocals}), and a
 *     numeric {@code for} index used as a table key or {@code select} index is passed as its {@code double}
 * @param tableLayouts constructors with constant string keys copy a prebuilt hash index ({@link TableLayouts})
 * @param appendKeys {@code t[#t + 1] = v} takes the table's length plus one without arithmetic ({@link AppendKeys})
 * @param loopSetup {@code for ... in f(x)} is set up without result arrays, {@code pairs}/{@code ipairs}
 *     without calls ({@link LoopSetup})
 * @param firstResultBodies a function whose only multiple results are tail calls also gets a body for
 *     single-value callers, which then get no result array ({@link FirstResultBodies})
 * @param siteCalls a call with a fixed argument list is made at its site, which then has its own type
 *     profile, instead of inside a runtime helper shared by every site; one that wants every result passes
 *     its arguments without an array ({@link SiteCalls})
 */
public record Optimisations(boolean fieldHints, boolean directCalls, boolean varargSelect, boolean numericLocals,
        boolean tableLayouts, boolean appendKeys, boolean loopSetup, boolean firstResultBodies, boolean siteCalls) {
    public static final Optimisations ALL = new Optimisations(true, true, true, true, true, true, true, true, true);
    public static final Optimisations NONE = new Optimisations(false, false, false, false, false, false, false, false,
            false);

    /**
     * Parses a setting: {@code all}, {@code none}, or a comma-separated list of the optimisations to
     * apply (names as in this record, e.g. {@code fieldHints,directCalls}).
     */
    public static Optimisations parse(String setting) {
        boolean fieldHints = false;
        boolean directCalls = false;
        boolean varargSelect = false;
        boolean numericLocals = false;
        boolean tableLayouts = false;
        boolean appendKeys = false;
        boolean loopSetup = false;
        boolean firstResultBodies = false;
        boolean siteCalls = false;
        for (String name : setting.toLowerCase(Locale.ROOT).split(",")) {
            switch (name.trim()) {
                case "", "none" -> { }
                case "all" -> {
                    fieldHints = true;
                    directCalls = true;
                    varargSelect = true;
                    numericLocals = true;
                    tableLayouts = true;
                    appendKeys = true;
                    loopSetup = true;
                    firstResultBodies = true;
                    siteCalls = true;
                }
                case "fieldhints" -> fieldHints = true;
                case "directcalls" -> directCalls = true;
                case "varargselect" -> varargSelect = true;
                case "numericlocals" -> numericLocals = true;
                case "tablelayouts" -> tableLayouts = true;
                case "appendkeys" -> appendKeys = true;
                case "loopsetup" -> loopSetup = true;
                case "firstresultbodies" -> firstResultBodies = true;
                case "sitecalls" -> siteCalls = true;
                default -> throw new IllegalArgumentException("unknown optimisation '" + name.trim()
                        + "' (known: all, none, fieldHints, directCalls, varargSelect, numericLocals, tableLayouts, appendKeys, loopSetup, firstResultBodies, siteCalls)");
            }
        }
        return new Optimisations(fieldHints, directCalls, varargSelect, numericLocals, tableLayouts, appendKeys,
                loopSetup, firstResultBodies, siteCalls);
    }

    /** The setting that parses back to this: {@code all}, {@code none}, or the list of those applied. */
    @Override
    public String toString() {
        if (equals(ALL)) {
            return "all";
        }
        if (equals(NONE)) {
            return "none";
        }
        java.util.List<String> on = new java.util.ArrayList<>();
        if (fieldHints) {
            on.add("fieldHints");
        }
        if (directCalls) {
            on.add("directCalls");
        }
        if (varargSelect) {
            on.add("varargSelect");
        }
        if (numericLocals) {
            on.add("numericLocals");
        }
        if (tableLayouts) {
            on.add("tableLayouts");
        }
        if (appendKeys) {
            on.add("appendKeys");
        }
        if (loopSetup) {
            on.add("loopSetup");
        }
        if (firstResultBodies) {
            on.add("firstResultBodies");
        }
        if (siteCalls) {
            on.add("siteCalls");
        }
        return String.join(",", on);
    }
}
