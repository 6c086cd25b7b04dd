package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How several runs per side are judged: matched, order-dependent, or a mismatch. */
class ParityReportTest {
    @Test
    void javaEqualToOneLuaJitRunMatches() {
        ParityReport r = new ParityReport();
        r.addRuns("b", List.of(Map.of("Life", 10.0), Map.of("Life", 12.0)), List.of(Map.of("Life", 12.0)));
        r.classifyByKeysLuaJitVaries();
        assertEquals(0, r.beyondTolerance());
        assertEquals(0, r.orderDependentDifferences());
    }

    @Test
    void differenceWhereLuaJitItselfVariesIsListedApart() {
        ParityReport r = new ParityReport();
        r.addRuns("b", List.of(Map.of("Life", 10.0, "Str", 5.0), Map.of("Life", 12.0, "Str", 5.0)),
                List.of(Map.of("Life", 11.0, "Str", 5.0)));
        r.classifyByKeysLuaJitVaries();
        assertEquals(0, r.beyondTolerance());
        assertEquals(1, r.orderDependentDifferences());
    }

    @Test
    void differenceOnlyOnKeysLuaJitVariedOnElsewhereIsListedApart() {
        ParityReport r = new ParityReport();
        r.addRuns("varies", List.of(Map.of("FreezeAvoid", 0.0), Map.of("FreezeAvoid", 100.0)), List.of(Map.of("FreezeAvoid", 0.0)));
        r.addRuns("steady", List.of(Map.of("FreezeAvoid", 0.0), Map.of("FreezeAvoid", 0.0)), List.of(Map.of("FreezeAvoid", 100.0)));
        r.classifyByKeysLuaJitVaries();
        assertEquals(0, r.beyondTolerance());
        assertEquals(1, r.orderDependentDifferences());
    }

    @Test
    void differenceOnAKeyLuaJitNeverVariedOnIsAMismatch() {
        ParityReport r = new ParityReport();
        r.addRuns("varies", List.of(Map.of("FreezeAvoid", 0.0), Map.of("FreezeAvoid", 100.0)), List.of(Map.of("FreezeAvoid", 0.0)));
        r.addRuns("steady", List.of(Map.of("FreezeAvoid", 0.0, "Life", 10.0), Map.of("FreezeAvoid", 0.0, "Life", 10.0)),
                List.of(Map.of("FreezeAvoid", 100.0, "Life", 11.0)));
        r.classifyByKeysLuaJitVaries();
        assertEquals(2, r.beyondTolerance());
    }

    @Test
    void javaDisagreeingWithItselfWhileLuaJitAgreesFails() {
        ParityReport r = new ParityReport();
        r.addRuns("b", List.of(Map.of("Life", 10.0)), List.of(Map.of("Life", 10.0), Map.of("Life", 11.0)));
        r.classifyByKeysLuaJitVaries();
        assertEquals(1, r.failedBuilds());
    }

    @Test
    void javaVaryingOnlyOnKeysLuaJitVariedOnElsewhereIsListedApart() {
        ParityReport r = new ParityReport();
        r.addRuns("varies", List.of(Map.of("FreezeAvoid", 0.0), Map.of("FreezeAvoid", 100.0)), List.of(Map.of("FreezeAvoid", 0.0)));
        r.addRuns("steady", List.of(Map.of("FreezeAvoid", 0.0)), List.of(Map.of("FreezeAvoid", 0.0), Map.of("FreezeAvoid", 100.0)));
        r.classifyByKeysLuaJitVaries();
        assertEquals(0, r.failedBuilds());
        assertEquals(0, r.beyondTolerance());
        assertEquals(1, r.orderDependentDifferences());
    }
}
