package dev.lua2java.engine.cli;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.BuildException;
import dev.lua2java.engine.GameData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns command-line arguments into builds and data: XML files, directories of them, or build codes. */
final class BuildInputs {
    private BuildInputs() {
    }

    /** A build or the error that stops it, so one bad input does not stop the others. */
    record Loaded(String name, Build build, BuildException error) {
    }

    static List<Loaded> load(List<String> inputs) throws IOException {
        List<Loaded> loaded = new ArrayList<>();
        int codes = 0;
        for (String in : inputs) {
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.filter(x -> x.toString().endsWith(".xml")).sorted().toList()) {
                        loaded.add(fromFile(f));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                loaded.add(fromFile(p));
            } else if (in.matches("[A-Za-z0-9_\\-+/=\\s]{20,}")) {
                String name = "build-code-" + (++codes);
                try {
                    loaded.add(new Loaded(name, Build.fromBuildCode(name, in), null));
                } catch (BuildException e) {
                    loaded.add(new Loaded(name, null, e));
                }
            } else {
                throw new IOException(in + ": no such file or directory, and not a build code");
            }
        }
        return loaded;
    }

    private static Loaded fromFile(Path f) {
        try {
            return new Loaded(f.getFileName().toString(), Build.fromXml(f), null);
        } catch (BuildException e) {
            return new Loaded(f.getFileName().toString(), null, e);
        }
    }

    static GameData data(Path dir) throws IOException {
        return dir == null ? GameData.examples() : GameData.load(dir);
    }
}
