package dev.lua2java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lua2java.runtime.lib.BaseLib;
import org.junit.jupiter.api.Test;

/** The inline iterators of {@link LuaCalls#forStep}: their results, and that they allocate no index. */
class GenericForStepTest {
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
}
