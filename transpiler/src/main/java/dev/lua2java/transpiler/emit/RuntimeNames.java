package dev.lua2java.transpiler.emit;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to: the transpiler's only link to the runtime module. */
final class RuntimeNames {
    private RuntimeNames() {
    }

    private static final String PACKAGE = "dev.lua2java.runtime";

    static final ClassName LUA = ClassName.get(PACKAGE, "Lua");
    static final ClassName CALLS = ClassName.get(PACKAGE, "LuaCalls");
    static final ClassName TABLE = ClassName.get(PACKAGE, "LuaTable");
    static final ClassName FUNCTION = ClassName.get(PACKAGE, "LuaFunction");
    static final ClassName ERROR = ClassName.get(PACKAGE, "LuaError");
    static final ClassName CELL = ClassName.get(PACKAGE, "LuaCell");
    static final ClassName CHUNK = ClassName.get(PACKAGE, "LuaChunk");
    static final ClassName LINE_MAP = ClassName.get(PACKAGE, "LineMap");
}
