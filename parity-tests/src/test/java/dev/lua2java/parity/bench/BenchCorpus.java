package dev.lua2java.parity.bench;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.BuildException;
import dev.lua2java.engine.CalcEngine;
import dev.lua2java.engine.GameData;
import dev.lua2java.engine.cli.ExampleBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The builds and data every benchmarked engine runs: the shared PoE2 builds with the shared game data
 * when present (the realistic workload), otherwise the project's example builds and data. Builds that
 * the Java engine rejects are left out for every engine.
 */
public final class BenchCorpus {
    public static final Path LUA = Path.of(System.getProperty("bench.lua", "../lua/src"));
    static final Path SHARED_BUILDS = Path.of(System.getProperty("bench.builds", "../../shared/builds"));
    static final Path SHARED_DATA = Path.of(System.getProperty("bench.data", "../../shared/pob-data"));

    public final GameData data;
    public final List<Build> builds;
    public final String description;

    private BenchCorpus(GameData data, List<Build> builds, String description) {
        this.data = data;
        this.builds = builds;
        this.description = description;
    }

    public static BenchCorpus load() throws IOException {
        GameData data;
        List<Build> candidates = new ArrayList<>();
        String description;
        if (Files.isDirectory(SHARED_BUILDS) && Files.isDirectory(SHARED_DATA)) {
            data = GameData.load(SHARED_DATA);
            try (Stream<Path> files = Files.walk(SHARED_BUILDS)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    try {
                        candidates.add(Build.fromXml(f));
                    } catch (BuildException e) {
                        System.err.println("bench: skipped " + e.getMessage());
                    }
                }
            }
            description = "shared PoE2 builds";
        } else {
            data = GameData.examples();
            candidates.addAll(ExampleBuilds.builds());
            description = "example builds";
        }
        CalcEngine engine = CalcEngine.create(data);
        List<Build> usable = new ArrayList<>();
        for (Build b : candidates) {
            try {
                engine.calculate(b);
                usable.add(b);
            } catch (BuildException e) {
                System.err.println("bench: skipped " + e.getMessage());
            }
        }
        return new BenchCorpus(data, usable, usable.size() + " " + description);
    }
}
