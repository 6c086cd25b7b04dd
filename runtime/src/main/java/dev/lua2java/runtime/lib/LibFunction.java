package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;

/** A standard-library function written in Java: a name for error messages and a body over all arguments. */
public final class LibFunction extends LuaFunction {
    /** The body of a library function: all arguments in, all results out. */
    @FunctionalInterface
    public interface Body {
        Object[] apply(Object[] args);
    }

    private final String name;
    private final Body body;
    private final boolean builtin;

    /** A LuaJIT fast function (the base and standard libraries): prints as {@code builtin#N}. */
    public LibFunction(String name, Body body) {
        this(name, body, true);
    }

    /** {@code builtin} false: a function of a C module, which prints as {@code function: 0x...}. */
    public LibFunction(String name, Body body, boolean builtin) {
        this.name = name;
        this.body = body;
        this.builtin = builtin;
    }

    @Override
    public Object[] invoke(Object[] args) {
        try {
            return body.apply(args);
        } catch (LuaError e) {
            throw e.raisedBy(this);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isBuiltin() {
        return builtin;
    }
}
