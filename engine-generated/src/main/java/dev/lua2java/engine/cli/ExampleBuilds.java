package dev.lua2java.engine.cli;

import dev.lua2java.engine.Build;
import dev.lua2java.engine.BuildException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The example builds bundled in the jar (from lua/examples/builds), listed in index.txt. */
public final class ExampleBuilds {
    private static final String DIR = "/dev/lua2java/engine/examples/builds/";

    private ExampleBuilds() {
    }

    static List<BuildInputs.Loaded> load() throws IOException {
        List<BuildInputs.Loaded> list = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = ExampleBuilds.class.getResourceAsStream(DIR + name)) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String buildName = name.replaceAll("\\.xml$", "");
                try {
                    list.add(new BuildInputs.Loaded(name, Build.fromXml(buildName, xml), null));
                } catch (BuildException e) {
                    list.add(new BuildInputs.Loaded(name, null, e));
                }
            }
        }
        return list;
    }

    /** The bundled example builds, parsed. */
    public static List<Build> builds() throws IOException {
        List<Build> builds = new ArrayList<>();
        for (BuildInputs.Loaded l : load()) {
            if (l.build() != null) {
                builds.add(l.build());
            }
        }
        return builds;
    }

    static List<String> names() throws IOException {
        try (InputStream in = ExampleBuilds.class.getResourceAsStream(DIR + "index.txt")) {
            if (in == null) {
                throw new IOException("example build index missing from the jar");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return names;
        }
    }
}
