package dev.lua2java.transpiler;

/** A Lua source the compiler cannot accept; prints as one line {@code file:line:col: message}. */
public final class LuaCompileError extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    public LuaCompileError(String file, int line, int column, String detail) {
        super(file + ":" + line + ":" + column + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String detail() {
        return detail;
    }
}
