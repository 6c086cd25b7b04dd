package dev.lua2java.runtime;

/**
 * A Lua error in flight: a Java exception carrying the Lua error value.
 *
 * <p>Errors raised with a level (by {@code error(msg, level)} or by a failing operation, level 1) get
 * LuaJIT's {@code chunk:line:} prefix. The prefix is not computed where the error is thrown: the position
 * is read from this exception's Java stack trace through {@link LineMap} when the value is first
 * observed, so the hot path never tracks the current line.
 */
public final class LuaError extends RuntimeException {
    private Object value;
    private int pendingLevel;
    /** For "bad argument" errors: the argument number, the detail and the library function that raised it. */
    private int argument;
    private String argumentDetail;
    private LuaFunction argumentOf;
    /** The library function was tail-called: the next call site up names it, whatever it called. */
    private boolean renameByNextCaller;
    /** Raised by a language operation rather than by a library function about its call. */
    private boolean operation;
    /** The library function that raised this error about its own call (first one wins). */
    private LuaFunction origin;

    private LuaError(Object value, int level) {
        super(null, null, false, true);
        this.value = value;
        this.pendingLevel = level;
    }

    /** An error whose value is used as is (error(v, 0), non-string values, rethrows). */
    public static LuaError ofValue(Object value) {
        return new LuaError(value, 0);
    }

    /** An error with a message that gets the position of the Lua code {@code level} calls up. */
    public static LuaError at(Object message, int level) {
        return new LuaError(message, message instanceof String || message instanceof Double ? level : 0);
    }

    /**
     * An error a library function raises about its call (LuaJIT's {@code lj_err_caller}): it gets the
     * position of the library function's caller, none when that caller is not Lua code.
     */
    public static LuaError runtime(String message) {
        return new LuaError(message, 1);
    }

    /**
     * An error of a language operation (index, arithmetic, compare, call): it gets the position of the
     * activation performing it, which has none when that is a library function (a comparison inside
     * {@code table.sort}).
     */
    public static LuaError operation(String message) {
        LuaError e = new LuaError(message, 1);
        e.operation = true;
        return e;
    }

    /** {@code bad argument #n to 'f' (detail)}, renamed later after the call site's name for the callee. */
    public static LuaError badArgument(int number, String functionName, String detail) {
        LuaError e = new LuaError(argumentMessage(number, functionName, detail), 1);
        e.argument = number;
        e.argumentDetail = detail;
        return e;
    }

    private static String argumentMessage(int number, String functionName, String detail) {
        return "bad argument #" + number + " to '" + functionName + "' (" + detail + ")";
    }

    /** Records the library function that rejected an argument (first one wins). */
    public LuaError raisedBy(LuaFunction f) {
        if (argument > 0 && argumentOf == null) {
            argumentOf = f;
        }
        if (!operation && origin == null) {
            origin = f;
        }
        return this;
    }

    /**
     * LuaJIT names a function in "bad argument" messages as the call site names it ({@code local 'f'} gives
     * 'f', no name gives '?'), and for a method call does not count {@code self}.
     */
    public LuaError renameCallee(LuaFunction callee, String culprit, boolean methodCall) {
        if (argumentOf != callee && !renameByNextCaller || argument == 0) {
            return this;
        }
        renameByNextCaller = false;
        value = calleeMessage(culprit, methodCall);
        argument = 0;
        return this;
    }

    /** The argument error's text with the callee named as the call site {@code culprit} names it ('?' for none). */
    private String calleeMessage(String culprit, boolean methodCall) {
        String name = "?";
        if (culprit != null) {
            int quote = culprit.indexOf('\'');
            name = culprit.substring(quote + 1, culprit.length() - 1);
        }
        int number = methodCall ? argument - 1 : argument;
        return number == 0 ? "calling '" + name + "' on bad self (" + argumentDetail + ")"
                : argumentMessage(number, name, argumentDetail);
    }

    /**
     * The callee of a tail call ({@code return f(...)}) failed. LuaJIT has replaced the caller's frame
     * with the callee's, so a library callee's argument error is named by the next Lua call site up
     * ('?' when there is none), and its position skips the caller ({@link LineMap} drops the activation
     * that made the tail call).
     */
    public LuaError fromTailCall(LuaFunction callee) {
        if (argumentOf == callee && argument > 0 && !renameByNextCaller) {
            value = calleeMessage(null, false);
            renameByNextCaller = true;
        }
        return this;
    }

    /** A library function called from another library function: LuaJIT shows '?' and no position. */
    public LuaError fromCallerWithoutLine(LuaFunction callee) {
        if (argumentOf == callee && argument > 0) {
            renameCallee(callee, null, false);
        }
        if (origin == callee && pendingLevel == 1) {
            pendingLevel = 0;
            value = Lua.tostring(value);
        }
        return this;
    }

    /** The Lua error value, with its position prefix once resolved. */
    public Object value() {
        if (pendingLevel > 0) {
            String where = LineMap.position(getStackTrace(), pendingLevel, operation);
            pendingLevel = 0;
            // LuaJIT turns a number message into a string even when it adds no position.
            value = (where != null ? where + " " : "") + Lua.tostring(value);
        }
        return value;
    }

    @Override
    public String getMessage() {
        Object v = value();
        return v instanceof String || v instanceof Double ? Lua.tostring(v) : "(error object is a " + Lua.type(v) + " value)";
    }
}
