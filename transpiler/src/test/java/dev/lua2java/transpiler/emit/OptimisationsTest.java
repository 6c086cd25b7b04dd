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
        assertEquals(new Optimisations(true, false), Optimisations.parse("fieldHints"));
        assertEquals(new Optimisations(false, true), Optimisations.parse("directcalls"));
        assertEquals(Optimisations.ALL, Optimisations.parse("fieldHints, directCalls"));
    }

    @Test
    void everyCombinationReadsBackAsItself() {
        for (boolean hints : new boolean[] {false, true}) {
            for (boolean direct : new boolean[] {false, true}) {
                Optimisations o = new Optimisations(hints, direct);
                assertEquals(o, Optimisations.parse(o.toString()), o.toString());
            }
        }
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimisations.parse("all,fast"));
        assertEquals("unknown optimisation 'fast' (known: all, none, fieldHints, directCalls)", e.getMessage());
    }
}
