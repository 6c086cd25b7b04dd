package dev.lua2java.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps Java stack frames of generated classes back to Lua positions ({@code chunk:line:}).
 *
 * <p>Each generated chunk class registers, from its static initialiser, the Lua chunk name and a table
 * from Java source lines to Lua lines. Error positions are then computed from a Java stack trace only
 * when an error is observed, so running code never has to track its current line.
 *
 * <p>Frame conventions of generated code: a Lua function's body is the method {@value #BODY}, or
 * {@value #FIRST_RESULT_BODY} when a single-value caller entered its first-result body; the code of a split
 * function also runs in methods named {@value #PART_PREFIX}N and {@value #FILL_PREFIX}N. Those are the
 * frames that hold Lua code; every other method of a generated class ({@code invoke}, {@code call},
 * {@code all}, ... bridges into the body) is skipped, so a new bridge needs no change here. A tail call
 * shows as a frame of one of the methods of {@link LuaCalls} whose names start with {@value #TAIL_CALL_PREFIX}.
 */
public final class LineMap {
    public static final String BODY = "run";
    /** The first-result body some functions also have (a function whose only multiple results are tail calls). */
    public static final String FIRST_RESULT_BODY = "run1";
    /** Statements of a split function moved out of its body. */
    public static final String PART_PREFIX = "part$";
    /** The fields of a huge table constructor, stored by pieces. */
    public static final String FILL_PREFIX = "fill$";
    /** The methods of {@link LuaCalls} through which tail calls are made. */
    public static final String TAIL_CALL_PREFIX = "tail";

    /** Library functions (LuaJIT's C functions) are the {@code invoke} frames of this package's classes. */
    private static final String LIBRARY_PACKAGE = "dev.lua2java.runtime.lib.";

    private static final Map<String, LineMap> BY_CLASS = new ConcurrentHashMap<>();

    private final String chunkName;
    private final int[] luaLineOfJavaLine;

    private LineMap(String chunkName, int[] luaLineOfJavaLine) {
        this.chunkName = chunkName;
        this.luaLineOfJavaLine = luaLineOfJavaLine;
    }

    /**
     * Registers a generated top-level class. {@code encoded} lists "javaLine:luaLine" pairs separated by
     * commas, in increasing Java line order; a Java line maps to the Lua line of the closest pair above it.
     */
    public static void register(Class<?> chunkClass, String chunkName, String encoded) {
        int max = 0;
        String[] pairs = encoded.isEmpty() ? new String[0] : encoded.split(",");
        int[] javaLines = new int[pairs.length];
        int[] luaLines = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            int colon = pairs[i].indexOf(':');
            javaLines[i] = Integer.parseInt(pairs[i].substring(0, colon));
            luaLines[i] = Integer.parseInt(pairs[i].substring(colon + 1));
            max = Math.max(max, javaLines[i]);
        }
        int[] table = new int[max + 1];
        int p = 0;
        int current = 0;
        for (int line = 0; line <= max; line++) {
            while (p < javaLines.length && javaLines[p] <= line) {
                current = luaLines[p++];
            }
            table[line] = current;
        }
        BY_CLASS.put(chunkClass.getName(), new LineMap(chunkName, table));
    }

    private static LineMap of(StackTraceElement frame) {
        String cls = frame.getClassName();
        int dollar = cls.indexOf('$');
        return BY_CLASS.get(dollar < 0 ? cls : cls.substring(0, dollar));
    }

    private int luaLine(int javaLine) {
        if (javaLine < 0) {
            return 0;
        }
        return luaLineOfJavaLine[Math.min(javaLine, luaLineOfJavaLine.length - 1)];
    }

    private static boolean isTailCall(StackTraceElement frame) {
        return frame.getClassName().equals(LuaCalls.class.getName()) && frame.getMethodName().startsWith(TAIL_CALL_PREFIX);
    }

    /** A frame of a generated class that runs Lua code: a body or a piece of one, not a bridge. */
    private static boolean isLuaCode(StackTraceElement frame) {
        String m = frame.getMethodName();
        return m.equals(BODY) || m.equals(FIRST_RESULT_BODY) || m.startsWith(PART_PREFIX) || m.startsWith(FILL_PREFIX);
    }

    /**
     * The {@code chunk:line:} of the activation {@code level} calls up, counted as LuaJIT counts: a library
     * function is an activation without a position (a C function), a Lua function one with its current
     * line. For an error raised by a library function, level 1 is that function's caller; for an error of
     * a Lua operation, level 1 is the Lua function itself. Null when that activation has no position.
     */
    public static String position(StackTraceElement[] trace, int level) {
        return position(trace, level, false);
    }

    /** With {@code operation} true, level 1 is the innermost activation, library or Lua. */
    public static String position(StackTraceElement[] trace, int level, boolean operation) {
        java.util.List<String> activations = new java.util.ArrayList<>();
        boolean innermostIsLibrary = false;
        boolean tailCalled = false;
        String pending = null;
        // Library frames between two generated ones are one activation (a C function to LuaJIT), or one
        // per 'invoke' among them when a library function invoked another: a fast body (find, sub) has no
        // 'invoke' frame, and its activation must count all the same, or a tail call's caller would stand in.
        boolean inLibraryRun = false;
        int runInvokes = 0;
        for (StackTraceElement frame : trace) {
            if (isTailCall(frame)) {
                // The Lua function below made a tail call: LuaJIT no longer has its frame, unless the
                // error is the call's own (calling nil), raised before the callee was entered.
                tailCalled = !activations.isEmpty() || pending != null;
                continue;
            }
            if (frame.getClassName().startsWith(LIBRARY_PACKAGE)) {
                boolean invoke = frame.getMethodName().equals("invoke");
                boolean activation;
                if (!inLibraryRun) {
                    inLibraryRun = true;
                    runInvokes = invoke ? 1 : 0;
                    // A library function that made a tail call (tostring calling __tostring) has no
                    // activation left, as in LuaJIT, where such a fast function hands its frame over.
                    activation = !tailCalled;
                    tailCalled = false;
                } else {
                    runInvokes += invoke ? 1 : 0;
                    activation = invoke && runInvokes > 1;
                }
                if (activation) {
                    if (pending != null) {
                        activations.add(pending);
                        pending = null;
                    }
                    if (activations.isEmpty()) {
                        innermostIsLibrary = true;
                    }
                    activations.add(null);
                }
                continue;
            }
            LineMap map = of(frame);
            if (map != null) {
                inLibraryRun = false; // the library call's caller
            }
            if (map == null || !isLuaCode(frame)) {
                continue;
            }
            if (pending == null) {
                pending = map.chunkName + ":" + map.luaLine(frame.getLineNumber()) + ":";
            }
            if (frame.getMethodName().equals(BODY) || frame.getMethodName().equals(FIRST_RESULT_BODY)) {
                if (!tailCalled) {
                    activations.add(pending);
                }
                tailCalled = false;
                pending = null;
            }
            if (activations.size() > level) {
                break;
            }
        }
        if (pending != null) {
            activations.add(pending);
        }
        int index = innermostIsLibrary && !operation ? level : level - 1;
        return index >= 0 && index < activations.size() ? activations.get(index) : null;
    }

    /** The Lua line of the innermost generated frame of a trace, 0 when none (for tests and tools). */
    public static int innermostLine(StackTraceElement[] trace) {
        for (StackTraceElement frame : trace) {
            LineMap map = of(frame);
            if (map != null && isLuaCode(frame)) {
                return map.luaLine(frame.getLineNumber());
            }
        }
        return 0;
    }
}
