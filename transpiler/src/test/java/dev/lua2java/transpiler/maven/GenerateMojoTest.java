package dev.lua2java.transpiler.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's incremental behaviour: what a second build and a touched file regenerate. */
class GenerateMojoTest {
    @TempDir
    Path dir;

    private GenerateMojo mojo(Path src, Path out) {
        GenerateMojo m = new GenerateMojo();
        m.sourceDirectory = src.toFile();
        m.outputDirectory = out.toFile();
        m.packageName = "gen";
        m.registryClassName = "LuaModules";
        m.splitBudget = 2500;
        m.includes = new ArrayList<>(List.of("**/*.lua"));
        m.excludes = new ArrayList<>();
        m.project = new MavenProject();
        return m;
    }

    /** Java files written after {@code since}. */
    private static Set<String> writtenSince(Path out, FileTime since) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.getLastModifiedTime(p).compareTo(since) > 0) {
                    names.add(p.getFileName().toString());
                }
            }
        }
        return names;
    }

    private static void ageAll(Path out, FileTime time) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, time);
            }
        }
    }

    @Test
    void secondBuildRegeneratesNothingAndATouchedFileOnlyItself() throws Exception {
        Path src = Files.createDirectories(dir.resolve("lua/Modules"));
        Files.writeString(src.resolve("A.lua"), "return 1");
        Files.writeString(src.resolve("B.lua"), "return 2");
        Path out = dir.resolve("out");
        mojo(dir.resolve("lua"), out).execute();
        assertEquals(Set.of("LuaModules.java", "Modules_A.java", "Modules_B.java"), writtenSince(out, FileTime.fromMillis(0)));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);

        ageAll(out, old);
        mojo(dir.resolve("lua"), out).execute();
        assertEquals(Set.of(), writtenSince(out, old), "an unchanged tree regenerates nothing");

        Files.writeString(src.resolve("B.lua"), "return 3");
        mojo(dir.resolve("lua"), out).execute();
        assertEquals(Set.of("LuaModules.java", "Modules_B.java"), writtenSince(out, old), "only the changed file and the registry");
        // The regenerated class holds the new constant: 3.0, whose bit pattern is 4008000000000000.
        assertTrue(Files.readString(out.resolve("gen/Modules_B.java")).contains("4008000000000000"));

        ageAll(out, old);
        Files.delete(src.resolve("A.lua"));
        mojo(dir.resolve("lua"), out).execute();
        assertFalse(Files.exists(out.resolve("gen/Modules_A.java")), "the class of a removed Lua file is deleted");
        assertEquals(Set.of("LuaModules.java"), writtenSince(out, old));
    }

    @Test
    void changedConfigurationRegeneratesEverything() throws Exception {
        Path src = Files.createDirectories(dir.resolve("lua"));
        Files.writeString(src.resolve("A.lua"), "return 1");
        Path out = dir.resolve("out");
        mojo(src, out).execute();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        ageAll(out, old);
        GenerateMojo changed = mojo(src, out);
        changed.splitBudget = 100;
        changed.execute();
        assertEquals(Set.of("A.java", "LuaModules.java"), writtenSince(out, old));
    }

    @Test
    void turningOptimisationsOffRegeneratesEverythingWithoutHints() throws Exception {
        Path src = Files.createDirectories(dir.resolve("lua"));
        Files.writeString(src.resolve("A.lua"), "local t = {} t.x = 1 return t.x");
        Path out = dir.resolve("out");
        mojo(src, out).execute();
        assertTrue(Files.readString(out.resolve("gen/A.java")).contains("H$"), "field hints are on by default");
        GenerateMojo off = mojo(src, out);
        off.optimisations = "none";
        off.execute();
        assertFalse(Files.readString(out.resolve("gen/A.java")).contains("H$"));
    }

    @Test
    void anUnknownOptimisationIsNamed() {
        GenerateMojo mojo = mojo(dir, dir.resolve("out"));
        mojo.optimisations = "fieldHints,fast";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("lua2java.optimisations: unknown optimisation 'fast' (known: all, none, fieldHints, directCalls, varargSelect, numericLocals, tableLayouts, appendKeys, loopSetup, firstResultBodies, siteCalls)", e.getMessage());
    }

    @Test
    void everyLuaErrorFailsTheBuildWithItsPosition() throws Exception {
        Path src = Files.createDirectories(dir.resolve("lua"));
        Files.writeString(src.resolve("bad.lua"), "local x = = 1");
        Files.writeString(src.resolve("good.lua"), "return 1");
        Files.writeString(src.resolve("worse.lua"), "\nif x then");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(src, dir.resolve("out")).execute());
        assertEquals("bad.lua:1:11: syntax error near '='\nworse.lua:2:10: syntax error near <eof> (expected {'else', 'elseif', 'end'})\n"
                + "lua2java: 2 Lua files could not be compiled", e.getMessage());
    }
}
