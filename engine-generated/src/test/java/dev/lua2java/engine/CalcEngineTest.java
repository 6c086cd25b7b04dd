package dev.lua2java.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.engine.cli.ExampleBuilds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine over the bundled example data and builds: results, batches, threads, errors. */
class CalcEngineTest {
    private static final CalcEngine ENGINE = CalcEngine.create(GameData.examples());

    @Test
    void everyExampleBuildCalculates() throws Exception {
        List<Build> builds = ExampleBuilds.builds();
        assertTrue(builds.size() >= 5, "example builds: " + builds.size());
        for (Build b : builds) {
            Stats s = ENGINE.calculate(b);
            assertTrue(s.life() > 0, b + " life " + s.life());
            for (String key : Stats.KEYS) {
                assertTrue(s.get(key) instanceof Double, b + " has no number for " + key);
            }
        }
    }

    @Test
    void allCoresGiveTheSameResultsAsOneThread() throws Exception {
        List<Build> builds = ExampleBuilds.builds();
        List<Build> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(builds.get(i % builds.size()));
        }
        List<CalcResult> parallel = ENGINE.calculateAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            assertTrue(parallel.get(i).ok(), String.valueOf(parallel.get(i).error()));
            assertEquals(ENGINE.calculate(batch.get(i)).all(), parallel.get(i).stats().all());
        }
    }

    @Test
    void oneBadBuildDoesNotStopTheBatch() throws Exception {
        Build good = ExampleBuilds.builds().get(0);
        Build unknownNode = good.withPassives(List.of(987654321), List.of()).withName("bad-node");
        List<CalcResult> results = ENGINE.calculateAll(List.of(good, unknownNode, good));
        assertTrue(results.get(0).ok());
        assertFalse(results.get(1).ok());
        assertEquals("bad-node: unknown passive node 987654321 in example data", results.get(1).error().getMessage());
        assertTrue(results.get(2).ok());
    }

    @Test
    void unknownItemBaseNamesTheBuildAndTheBase() throws Exception {
        String xml = BuildTest.XML.replace("Iron Gauntlets", "Nonexistent Gauntlets").replace("Warrior", firstClass())
                .replace("ascendClassName=\"Titan\"", "");
        Build b = Build.fromXml("odd-item", xml).withPassives(List.of(), List.of(10, 20, 30));
        BuildException e = assertThrows(BuildException.class, () -> ENGINE.calculate(b));
        assertTrue(e.getMessage().startsWith("odd-item: ") && e.getMessage().contains("Nonexistent Gauntlets"), e.getMessage());
    }

    @Test
    void whatIfPassivesChangeTheResult() throws Exception {
        Build b = ExampleBuilds.builds().get(0);
        Stats base = ENGINE.calculate(b);
        Build fewer = b.withPassives(List.of(), b.passives());
        Stats without = ENGINE.calculate(fewer);
        assertTrue(!base.all().equals(without.all()), "removing every passive changed nothing");
    }

    private static String firstClass() throws Exception {
        return ExampleBuilds.builds().get(0).className();
    }
}
