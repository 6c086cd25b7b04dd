package dev.lua2java.parity.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.CalcEngine;
import dev.lua2java.engine.Stats;
import org.junit.jupiter.api.Test;
import org.luaj.vm2.LuaValue;

/** The benchmark's LuaJ peer must do the same work: same outputs as the generated engine on every build. */
class LuaJPeerTest {
    @Test
    void luajComputesWhatTheGeneratedEngineComputes() throws Exception {
        BenchCorpus corpus = BenchCorpus.load();
        CalcEngine engine = CalcEngine.create(corpus.data);
        LuaJEngine luaj = new LuaJEngine(BenchCorpus.LUA, CalcEngine.ENTRY_MODULE);
        int compared = 0;
        for (Build b : corpus.builds) {
            Stats java = engine.calculate(b);
            LuaValue out = luaj.calculate(LuaJEngine.copy(b.toLua()), LuaJEngine.copy(corpus.data.tableFor(b)));
            for (String key : Stats.KEYS) {
                assertEquals((Double) java.get(key), out.get(key).todouble(), 1e-9 * Math.max(1, Math.abs((Double) java.get(key))),
                        b.name() + " " + key);
                compared++;
            }
        }
        assertTrue(compared >= 5 * Stats.KEYS.length, "compared " + compared);
    }
}
