package dev.lua2java.transpiler;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Transpiles a tree of Lua files into one Java package: one class per file, named after its path
 * ({@code Modules/CalcSetup.lua} -> {@code Modules_CalcSetup}), plus a registry class whose
 * {@code registry()} maps each module path and source hash to its chunk, for {@code require},
 * {@code LoadModule} and {@code loadstring}. Used by the Maven plugin and the CLI.
 *
 * <p>Files are transpiled in parallel (one worker per core, each with a deep stack: generated parsers
 * recurse once per nesting level of the Lua source). A file the compiler rejects does not stop the
 * others; every rejection is returned in {@link Summary#failures()} so a user sees all of them at once.
 */
public final class SourceTreeTranspiler {
    /** Deep enough for the longest operator chains and nested tables found in real trees. */
    private static final long WORKER_STACK_BYTES = 512L << 20;

    private SourceTreeTranspiler() {
    }

    /** Called after each file, from the worker that transpiled it. */
    public interface Progress {
        void fileDone(int done, int total, Path file);

        Progress NONE = (done, total, file) -> { };
    }

    /** What one run produced. {@code files} counts the transpiled files, not those kept as they were. */
    public record Summary(int files, long luaBytes, List<Path> written, int functions, int splitMethods,
            int dataChunks, List<LuaCompileError> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    /** A Lua file and its module path, relative to the source directory it belongs to. */
    public record SourceFile(Path file, String relative) {
        public static List<SourceFile> under(Path root, List<Path> files) {
            List<SourceFile> list = new ArrayList<>();
            for (Path f : files) {
                list.add(new SourceFile(f, root.relativize(f).toString().replace('\\', '/')));
            }
            return list;
        }
    }

    /**
     * Transpiles the files {@code regenerate} accepts (the others' classes are kept as they are) and
     * rewrites the registry, which lists every file. Two files whose paths map to one class name are
     * both rejected.
     */
    public static Summary transpile(List<SourceFile> files, String treeName, String packageName, String registryClass,
            int splitBudget, Optimisations optimisations, Path outputDirectory, Predicate<Path> regenerate, Progress progress) throws IOException {
        Path packageDir = outputDirectory.resolve(packageName.replace('.', '/'));
        Files.createDirectories(packageDir);
        List<LuaCompileError> clashes = classNameClashes(files);
        if (!clashes.isEmpty()) {
            return new Summary(0, 0, List.of(), 0, 0, 0, clashes);
        }
        List<Outcome> outcomes = transpileAll(files, packageName, splitBudget, optimisations, packageDir, regenerate, progress);

        ClassName registryName = ClassName.get(packageName, registryClass);
        ClassName moduleRegistry = ClassName.get("dev.lua2java.runtime", "ModuleRegistry");
        MethodSpec.Builder registry = MethodSpec.methodBuilder("registry")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(moduleRegistry)
                .addStatement("$T r = new $T()", moduleRegistry, moduleRegistry);
        List<Path> written = new ArrayList<>();
        List<LuaCompileError> failures = new ArrayList<>();
        long bytes = 0;
        int functions = 0;
        int splitMethods = 0;
        int dataChunks = 0;
        for (Outcome o : outcomes) {
            if (o.failure != null) {
                failures.add(o.failure);
                continue;
            }
            if (o.target != null) {
                written.add(o.target);
                bytes += o.luaBytes;
                functions += o.stats.functions();
                splitMethods += o.stats.splitMethods();
                dataChunks += o.stats.dataChunk() ? 1 : 0;
            }
            registry.addStatement("r.add($S, new $T(), $S)", o.relative, ClassName.get(packageName, o.className), o.sha256);
        }
        registry.addStatement("return r");
        TypeSpec type = TypeSpec.classBuilder(registryName)
                .addJavadoc("Generated by lua2java - do not edit: the compiled chunks of $L.\n", treeName)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(registry.build())
                .build();
        JavaFile registryFile = JavaFile.builder(packageName, type).indent("    ").build();
        Path registryPath = packageDir.resolve(registryClass + ".java");
        Files.writeString(registryPath, registryFile.toString(), StandardCharsets.UTF_8);
        int transpiled = written.size();
        written.add(registryPath);
        return new Summary(transpiled, bytes, written, functions, splitMethods, dataChunks, List.copyOf(failures));
    }

    /** One file's result: its class (target null when kept as it was), or the compiler's rejection. */
    private record Outcome(String relative, String className, String sha256, Path target, long luaBytes,
            Transpiler.Stats stats, LuaCompileError failure) {
    }

    private static List<LuaCompileError> classNameClashes(List<SourceFile> files) {
        java.util.Map<String, String> byClass = new java.util.HashMap<>();
        List<LuaCompileError> clashes = new ArrayList<>();
        for (SourceFile f : files) {
            String other = byClass.putIfAbsent(classNameForPath(f.relative()), f.relative());
            if (other != null) {
                clashes.add(new LuaCompileError(f.relative(), 1, 1, "compiles to the same Java class as " + other
                        + " (" + classNameForPath(f.relative()) + "); rename one or exclude it"));
            }
        }
        return clashes;
    }

    private static List<Outcome> transpileAll(List<SourceFile> files, String packageName, int splitBudget,
            Optimisations optimisations, Path packageDir, Predicate<Path> regenerate, Progress progress) throws IOException {
        int workers = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(null, r, "lua2java-" + threadNumber.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> {
                    Outcome o = transpileOne(file, packageName, splitBudget, optimisations, packageDir, regenerate);
                    progress.fileDone(done.incrementAndGet(), files.size(), file.file());
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome transpileOne(SourceFile sourceFile, String packageName, int splitBudget, Optimisations optimisations, Path packageDir,
            Predicate<Path> regenerate) {
        Path file = sourceFile.file();
        String relative = sourceFile.relative();
        String className = classNameForPath(relative);
        try {
            byte[] source = Files.readAllBytes(file);
            String hash = sha256(source);
            Path target = packageDir.resolve(className + ".java");
            if (!regenerate.test(file) && Files.exists(target)) {
                return new Outcome(relative, className, hash, null, 0, null, null);
            }
            try {
                Transpiler.GeneratedJava java = Transpiler.transpile(relative, source,
                        new EmitOptions(packageName, className, splitBudget, optimisations));
                Files.writeString(target, java.source(), StandardCharsets.UTF_8);
                return new Outcome(relative, className, hash, target, source.length, java.stats(), null);
            } catch (LuaCompileError e) {
                Files.deleteIfExists(target);
                return new Outcome(relative, className, hash, null, 0, null, e);
            } catch (StackOverflowError e) {
                Files.deleteIfExists(target);
                return new Outcome(relative, className, hash, null, 0, null,
                        new LuaCompileError(relative, 1, 1, "source nested too deeply for the compiler"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated class file of a Lua file. */
    public static Path javaFileFor(String relative, String packageName, Path outputDirectory) {
        return outputDirectory.resolve(packageName.replace('.', '/')).resolve(classNameForPath(relative) + ".java");
    }

    /** {@code Modules/CalcSetup.lua} -> {@code Modules_CalcSetup}. */
    public static String classNameForPath(String relativePath) {
        String noExtension = relativePath.replaceAll("\\.lua$", "");
        return Transpiler.classNameFor(noExtension.replace('/', '_').replace('.', '_') + ".lua");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
