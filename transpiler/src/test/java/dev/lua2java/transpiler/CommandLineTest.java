package dev.lua2java.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.transpiler.cli.CommandLineRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lua2java command: exit codes, one-line errors, dumps, written files, and run. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Path lua(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void brokenLuaGivesOneLinePositionedErrorAndExitCodeOne() throws Exception {
        Path bad = lua("bad.lua", "local x = 1\nif x then\n  print(x\nend\n");
        CommandLineRunner.Result r = CommandLineRunner.run("--out", dir.resolve("out").toString(), bad.toString());
        assertEquals(1, r.exitCode());
        assertEquals(bad + ":4:1: syntax error near 'end'", r.err().strip());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CommandLineRunner.run("--no-such-option").exitCode());
        assertEquals(2, CommandLineRunner.run().exitCode());
    }

    @Test
    void writesOneJavaFilePerLuaFile() throws Exception {
        lua("a.lua", "return 1");
        lua("b_c.lua", "print('x')");
        Path out = dir.resolve("out");
        CommandLineRunner.Result r = CommandLineRunner.run("--package", "gen.pkg", "--out", out.toString(), dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        String a = Files.readString(out.resolve("gen/pkg/A.java"));
        assertTrue(a.contains("Generated from") && a.contains("do not edit"), a);
        assertTrue(a.contains("// line 1"), a);
        assertTrue(Files.exists(out.resolve("gen/pkg/B_c.java")));
    }

    @Test
    void optimisationsCanBeListedOrTurnedOff() throws Exception {
        Path f = lua("o.lua", "local t = {}\nlocal function get() return t.x end\nt.x = 1\nprint(get())\n");
        String all = CommandLineRunner.run("--dump=java", f.toString()).out();
        assertTrue(all.contains("H$") && all.contains(".run()"), all);
        String none = CommandLineRunner.run("--dump=java", "--optimisations", "none", f.toString()).out();
        assertFalse(none.contains("H$") || none.contains(".run()"), none);
        String hintsOnly = CommandLineRunner.run("--dump=java", "--optimisations", "fieldHints", f.toString()).out();
        assertTrue(hintsOnly.contains("H$") && !hintsOnly.contains(".run()"), hintsOnly);
        CommandLineRunner.Result bad = CommandLineRunner.run("--dump=java", "--optimisations", "turbo", f.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--optimisations: unknown optimisation 'turbo'"), bad.err());
    }

    @Test
    void dumpsAstScopesAndJava() throws Exception {
        Path f = lua("d.lua", "local n = 0\nlocal function inc() n = n + 1 end\ninc()\n");
        assertTrue(CommandLineRunner.run("--dump=ast", f.toString()).out().contains("LocalFunction"));
        String scopes = CommandLineRunner.run("--dump=scopes", f.toString()).out();
        assertTrue(scopes.contains("upvalues: n#0 cell reassigned"), scopes);
        assertTrue(CommandLineRunner.run("--dump=java", f.toString()).out().contains("class D implements LuaChunk"));
    }

    @Test
    void runPrintsWhatTheProgramPrints() throws Exception {
        Path f = lua("r.lua", "print(1/3, 2^53, -0.0, 'a' .. 1)\nprint(select('#', ...), ...)");
        CommandLineRunner.Result r = CommandLineRunner.run("run", f.toString(), "x", "y");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("0.33333333333333\t9.007199254741e+15\t-0\ta1\n2\tx\ty\n", r.out());
    }

    @Test
    void runtimeErrorInRunExitsWithOneAndLuaPosition() throws Exception {
        Path f = lua("e.lua", "local t = nil\nprint(t.x)\n");
        CommandLineRunner.Result r = CommandLineRunner.run("run", f.toString());
        assertEquals(1, r.exitCode());
        assertEquals("lua2java: " + f + ":2: attempt to index local 't' (a nil value)", r.err().strip());
    }
}
