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

    public LibFunction(String name, Body body) {
        this.name = name;
        this.body = body;
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
        return true;
    }
}
