package dev.lua2java.parity;

import java.util.Map;

/**
 * Conformance programs whose output is known to differ from LuaJIT's, each with the reason. The goal is
 * an empty map. A listed program must still differ: when it starts to match, the test says so and the
 * entry must be removed.
 */
final class KnownDifferences {
    static final Map<String, String> PROGRAMS = Map.of(
            "tables/length_with_holes.lua",
            "# of a constructor with constant nil items ({1,nil,3}) depends on how LuaJIT sizes its template "
                    + "table's array part; any border is valid Lua and PoB takes # only of constructors built from "
                    + "variables, varargs and call results, which match",
            "errors/error_lines_inside_multiline_expressions.lua",
            "an error inside an expression spanning several lines names the line where its statement starts, "
                    + "not the line of the failing operation: positions come from one line comment per statement "
                    + "(and per field of a constructor stored by pieces); messages and levels match",
            "metatables/tostring_metamethod_not_a_function.lua",
            "tostring with a __tostring that cannot be called: LuaJIT's tostring hands the metamethod its own "
                    + "call frame, so the failed call is reported as the call of tostring ('attempt to call global "
                    + "'tostring' (a string value)' with the caller's line); the runtime reports 'attempt to call a "
                    + "string value' without position, as for any other library function calling a value");

    private KnownDifferences() {
    }
}
