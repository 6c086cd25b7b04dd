package dev.lua2java.runtime;

/** A local variable that a closure captures and someone reassigns: the closure and its creator share the cell. */
public final class LuaCell {
    public Object value;

    public LuaCell(Object value) {
        this.value = value;
    }
}
