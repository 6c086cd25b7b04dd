package dev.lua2java.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential conformance: each corpus program runs in LuaJIT and as generated Java; the printed output
 * must be byte-identical. The corpus runs three times: as built by default (every optimisation on),
 * with a tiny split budget, so the method-splitting path runs on every program, and with every
 * optimisation off.
 */
class ConformanceTest {
    static final ConformanceCorpus.Variant TINY_BUDGET = new ConformanceCorpus.Variant(1, Optimisations.ALL);
    static final ConformanceCorpus.Variant OPTIMISATIONS_OFF =
            new ConformanceCorpus.Variant(EmitOptions.DEFAULT_SPLIT_BUDGET, Optimisations.NONE);

    @TestFactory
    Stream<DynamicTest> defaultSplitBudget() {
        return tests(ConformanceCorpus.Variant.DEFAULT);
    }

    @TestFactory
    Stream<DynamicTest> tinySplitBudget() {
        return tests(TINY_BUDGET);
    }

    @TestFactory
    Stream<DynamicTest> optimisationsOff() {
        return tests(OPTIMISATIONS_OFF);
    }

    private Stream<DynamicTest> tests(ConformanceCorpus.Variant variant) {
        ConformanceCorpus.Compiled compiled = ConformanceCorpus.compiled(variant);
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
        for (ConformanceCorpus.Variant variant : List.of(ConformanceCorpus.Variant.DEFAULT, TINY_BUDGET, OPTIMISATIONS_OFF)) {
            for (Map.Entry<String, byte[]> c : ConformanceCorpus.compiled(variant).classes().classFiles().entrySet()) {
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
