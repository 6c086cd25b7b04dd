package dev.lua2java.transpiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The optimisation setting: its words, lists, and the text written into the build's status file. */
class OptimisationsTest {
    @Test
    void parsesWordsAndLists() {
        assertEquals(Optimisations.ALL, Optimisations.parse(" All "));
        assertEquals(Optimisations.NONE, Optimisations.parse("none"));
        assertEquals(Optimisations.NONE, Optimisations.parse(""));
        assertEquals(new Optimisations(true, false, false, false, false, false, false, false, false), Optimisations.parse("fieldHints"));
        assertEquals(new Optimisations(false, true, false, false, false, false, false, false, false), Optimisations.parse("directcalls"));
        assertEquals(new Optimisations(false, false, true, false, false, false, false, false, false), Optimisations.parse("varargSelect"));
        assertEquals(new Optimisations(false, false, false, true, false, false, false, false, false), Optimisations.parse("numericLocals"));
        assertEquals(new Optimisations(false, false, false, false, true, false, false, false, false), Optimisations.parse("tableLayouts"));
        assertEquals(new Optimisations(false, false, false, false, false, true, false, false, false), Optimisations.parse("appendKeys"));
        assertEquals(new Optimisations(false, false, false, false, false, false, true, false, false), Optimisations.parse("loopsetup"));
        assertEquals(new Optimisations(false, false, false, false, false, false, false, true, false), Optimisations.parse("firstResultBodies"));
        assertEquals(new Optimisations(false, false, false, false, false, false, false, false, true), Optimisations.parse("siteCalls"));
        assertEquals(Optimisations.ALL, Optimisations.parse(
                "fieldHints, directCalls,varargSelect,numericLocals,tableLayouts,appendKeys,loopSetup,firstResultBodies,siteCalls"));
    }

    @Test
    void everyCombinationReadsBackAsItself() {
        for (int bits = 0; bits < 512; bits++) {
            Optimisations o = new Optimisations((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                    (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0, (bits & 128) != 0, (bits & 256) != 0);
            assertEquals(o, Optimisations.parse(o.toString()), o.toString());
        }
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimisations.parse("all,fast"));
        assertEquals("unknown optimisation 'fast' (known: all, none, fieldHints, directCalls, varargSelect, numericLocals, tableLayouts, appendKeys, loopSetup, firstResultBodies, siteCalls)", e.getMessage());
    }
}
