package dev.lua2java.parity;

import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.transpiler.Transpiler;
import dev.lua2java.transpiler.compile.InMemoryJavaCompiler;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The conformance corpus: every {@code .lua} file under {@code src/test/lua/conformance}, transpiled
 * and compiled together (one javac run per split budget), plus each program's LuaJIT output.
 */
final class ConformanceCorpus {
    static final Path ROOT = Path.of(System.getProperty("conformance.dir", "src/test/lua/conformance"));

    /** One program: its path relative to the corpus root (e.g. {@code closures/counter.lua}) and source. */
    record Program(String name, byte[] source) {
    }

    /** How the corpus is compiled: a split budget and the optimisations applied. */
    record Variant(int splitBudget, Optimisations optimisations) {
        static final Variant DEFAULT = new Variant(EmitOptions.DEFAULT_SPLIT_BUDGET, Optimisations.ALL);

        String packageTag() {
            return "b" + splitBudget + (optimisations.equals(Optimisations.ALL) ? "" : "_" + optimisations);
        }
    }

    /** The corpus compiled in one variant. */
    record Compiled(Map<String, String> classNames, InMemoryJavaCompiler.Result classes, Map<String, String> failures) {
        LuaChunk chunk(String program) throws ReflectiveOperationException {
            return (LuaChunk) classes.loader().loadClass(classNames.get(program)).getDeclaredConstructor().newInstance();
        }
    }

    private static List<Program> programs;
    private static final Map<Variant, Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, String> REFERENCE = new ConcurrentHashMap<>();

    private ConformanceCorpus() {
    }

    static synchronized List<Program> programs() {
        if (programs == null) {
            List<Program> list = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(ROOT)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".lua")).sorted().toList()) {
                    list.add(new Program(ROOT.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            programs = list;
        }
        return programs;
    }

    static String reference(Program p) {
        return REFERENCE.computeIfAbsent(p.name(), n -> LuaJitReference.run(n, p.source()));
    }

    /**
     * Transpiles every program in the given variant and compiles them in one javac run. Programs
     * the transpiler rejects are recorded in {@code failures} with the message, so each still gets its own
     * failing test.
     */
    static synchronized Compiled compiled(Variant variant) {
        return COMPILED.computeIfAbsent(variant, v -> {
            Map<String, String> sources = new LinkedHashMap<>();
            Map<String, String> classNames = new LinkedHashMap<>();
            Map<String, String> failures = new LinkedHashMap<>();
            for (Program p : programs()) {
                String pkg = "conformance." + v.packageTag() + ".f_" + p.name().replaceAll("/[^/]*$", "").replace('/', '.');
                String cls = Transpiler.classNameFor(p.name());
                try {
                    Transpiler.GeneratedJava java = Transpiler.transpile(p.name(), p.source(), new EmitOptions(pkg, cls, v.splitBudget(), v.optimisations()));
                    sources.put(java.className(), java.source());
                    classNames.put(p.name(), java.className());
                } catch (RuntimeException e) {
                    failures.put(p.name(), "transpiler: " + e.getMessage());
                }
            }
            ClassLoader parent = ConformanceCorpus.class.getClassLoader();
            try {
                return new Compiled(classNames, InMemoryJavaCompiler.compile(sources, parent), failures);
            } catch (InMemoryJavaCompiler.CompilationFailed together) {
                // Compile one by one so that each broken program fails its own test only.
                Map<String, byte[]> classFiles = new LinkedHashMap<>();
                for (Map.Entry<String, String> program : new LinkedHashMap<>(classNames).entrySet()) {
                    String cls = program.getValue();
                    try {
                        classFiles.putAll(InMemoryJavaCompiler.compile(Map.of(cls, sources.get(cls)), parent).classFiles());
                    } catch (InMemoryJavaCompiler.CompilationFailed e) {
                        failures.put(program.getKey(), e.getMessage());
                        classNames.remove(program.getKey());
                    }
                }
                return new Compiled(classNames, InMemoryJavaCompiler.load(classFiles, parent), failures);
            }
        });
    }
}
