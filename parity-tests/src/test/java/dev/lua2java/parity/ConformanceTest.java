package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential conformance: each corpus program runs in LuaJIT and as generated Java; the printed output
 * must be byte-identical. The corpus runs twice: with the default split budget and with a tiny one, so
 * the method-splitting path runs on every program.
 */
class ConformanceTest {
    static final int TINY_SPLIT_BUDGET = 1;

    @TestFactory
    Stream<DynamicTest> defaultSplitBudget() {
        return tests(dev.lua2java.transpiler.emit.EmitOptions.DEFAULT_SPLIT_BUDGET);
    }

    @TestFactory
    Stream<DynamicTest> tinySplitBudget() {
        return tests(TINY_SPLIT_BUDGET);
    }

    private Stream<DynamicTest> tests(int budget) {
        ConformanceCorpus.Compiled compiled = ConformanceCorpus.compiled(budget);
        return ConformanceCorpus.programs().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            String expected = ConformanceCorpus.reference(p);
            assertFalse(expected.startsWith("luajit rejected"), "broken test: " + expected);
            String failure = compiled.failures().get(p.name());
            if (failure != null) {
                fail(p.name() + ": " + failure);
            }
            String actual = GeneratedJavaRunner.run(compiled.chunk(p.name()));
            String reason = KnownDifferences.PROGRAMS.get(p.name());
            if (reason != null) {
                assertNotEquals(expected, actual, "listed as a known difference (" + reason + ") but now matches: remove it");
                return;
            }
            assertEquals(expected, actual, p.name());
        }));
    }

    @Test
    void corpusCoversEveryFeatureWithEnoughPrograms() {
        long count = ConformanceCorpus.programs().size();
        assertTrue(count >= 250, "corpus has " + count + " programs");
    }

    /** HotSpot never JIT-compiles a method of 8,000 bytecode bytes or more (DESIGN §9). */
    @Test
    void everyGeneratedMethodIsUnderTheHugeMethodLimit() throws Exception {
        List<String> tooBig = new ArrayList<>();
        int checked = 0;
        for (int budget : new int[] {dev.lua2java.transpiler.emit.EmitOptions.DEFAULT_SPLIT_BUDGET, TINY_SPLIT_BUDGET}) {
            for (Map.Entry<String, byte[]> c : ConformanceCorpus.compiled(budget).classes().classFiles().entrySet()) {
                for (Map.Entry<String, Integer> m : ClassFileMethodSizes.of(c.getValue()).entrySet()) {
                    checked++;
                    if (m.getValue() >= 8000) {
                        tooBig.add(c.getKey() + "." + m.getKey() + " = " + m.getValue() + " bytes");
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked only " + checked + " methods");
        assertEquals(List.of(), tooBig);
    }
}
