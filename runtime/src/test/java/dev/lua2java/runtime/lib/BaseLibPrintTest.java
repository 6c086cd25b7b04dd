package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code print} converts through the global {@code tostring} as it is at the call, as LuaJIT's does. The
 * conformance corpus cannot check this against LuaJIT, whose print its harness replaces to capture the
 * output; the expected texts here were printed by LuaJIT 2.1 for the same calls.
 */
class BaseLibPrintTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final LuaTable g = LuaGlobals.create(out);

    private String print(Object... args) {
        out.reset();
        ((LuaFunction) g.get("print")).invoke(args);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static LuaFunction returning(Object value) {
        return new LibFunction("f", args -> new Object[] {value});
    }

    private static LuaTable withTostring(Object result) {
        LuaTable mt = new LuaTable();
        mt.set("__tostring", returning(result));
        LuaTable t = new LuaTable();
        t.metatable = mt;
        return t;
    }

    @Test
    void theBuiltInTostringWritesStringsNumbersAndMetamethodResults() {
        assertEquals("1\ta\tnil\ttrue\t0.5\n", print(1.0, "a", null, true, 0.5));
        assertEquals("42\n", print(withTostring(42.0)));
        assertEquals("x\n", print(withTostring("x")));
    }

    @Test
    void aMetamethodResultThatIsNeitherStringNorNumberIsAnError() {
        LuaError e = assertThrows(LuaError.class, () -> print(withTostring(new LuaTable())));
        assertEquals("'tostring' must return a string to 'print'", Lua.tostring(e.value()));
        e = assertThrows(LuaError.class, () -> print(withTostring(null)));
        assertEquals("'tostring' must return a string to 'print'", Lua.tostring(e.value()));
    }

    @Test
    void aReplacedGlobalTostringConvertsEveryValue() {
        g.set("tostring", new LibFunction("t", args -> new Object[] {"<" + Lua.type(args.length > 0 ? args[0] : null) + ">"}));
        assertEquals("<number>\t<string>\t<nil>\t<boolean>\n", print(1.0, "a", null, true));
        g.set("tostring", returning(7.0));
        assertEquals("7\t7\n", print(1.0, "a"));
        g.set("tostring", returning(new LuaTable()));
        LuaError e = assertThrows(LuaError.class, () -> print(1.0));
        assertEquals("'tostring' must return a string to 'print'", Lua.tostring(e.value()));
    }

    @Test
    void noGlobalTostringIsACallOfNil() {
        g.set("tostring", null);
        assertEquals("\n", print()); // nothing to convert, nothing called
        LuaError e = assertThrows(LuaError.class, () -> print(1.0));
        assertEquals("attempt to call a nil value", Lua.tostring(e.value()));
    }
}
