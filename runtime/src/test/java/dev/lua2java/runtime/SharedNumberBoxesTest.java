package dev.lua2java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lua2java.runtime.lib.BaseLib;
import dev.lua2java.runtime.lib.StringLib;
import org.junit.jupiter.api.Test;

/**
 * Small integers the runtime hands out (indexes, lengths, positions, counts) are {@link Lua#integer}'s
 * shared boxes, not fresh {@code Double}s: these are the values a calculation makes most of.
 */
class SharedNumberBoxesTest {
    @Test
    void ipairsStepsHandOutTheSharedIndexBoxes() {
        LuaTable t = LuaTable.ofArray(new Object[] {"a", "b", "c"});
        Object[] out = new Object[2];
        Object control = BaseLib.IPAIRS_START;
        int steps = 0;
        while (LuaCalls.forStep(BaseLib.IPAIRS_STEP, t, control, out)) {
            steps++;
            // The same object as Lua.integer's box: a conditional of a Double and a double once unboxed
            // and boxed the index again, one allocation per step.
            assertSame(Lua.integer(steps), out[0]);
            control = out[0];
        }
        assertEquals(3, steps);
    }

    @Test
    void lengthsCountsAndPositions() {
        assertSame(Lua.integer(5), Lua.len("hello"));
        assertSame(Lua.integer(3), Lua.len(LuaTable.ofArray(new Object[] {1.0, 2.0, 3.0})));
        assertSame(Lua.integer(2), LuaCalls.selectFirst(BaseLib.SELECT, null, "#", new Object[] {"x", "y"}));
        Object[] plain = StringLib.findAux(new Object[] {"a,b", ",", 1.0, Boolean.TRUE}, true);
        assertSame(Lua.integer(2), plain[0]);
        assertSame(Lua.integer(2), plain[1]);
        Object[] pattern = StringLib.findAux(new Object[] {"ab12", "%d+"}, true);
        assertSame(Lua.integer(3), pattern[0]);
        assertSame(Lua.integer(4), pattern[1]);
        assertEquals(5000.0, Lua.len("x".repeat(5000)), "beyond the shared range: a box of its own");
    }
}
