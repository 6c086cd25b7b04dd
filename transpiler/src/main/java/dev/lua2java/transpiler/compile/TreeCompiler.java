package dev.lua2java.transpiler.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java files to a class directory with the system javac, the runtime taken from
 * this process's class path. Used by the CLI to check that a whole tree compiles and how long it takes.
 */
public final class TreeCompiler {
    private TreeCompiler() {
    }

    /** Outcome: class files in the output directory, and javac's errors when it failed. */
    public record Result(boolean ok, long classFiles, String diagnostics) {
    }

    public static Result compile(List<Path> sources, Path classDirectory) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler in this runtime: run lua2java on a JDK, not a JRE");
        }
        Files.createDirectories(classDirectory);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, java.nio.charset.StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            List<String> options = List.of("-d", classDirectory.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-nowarn", "-encoding", "UTF-8", "-g:source,lines", "-proc:none");
            ok = javac.getTask(output, files, diagnostics, options, null, units).call();
        }
        StringBuilder report = new StringBuilder(output.toString());
        diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .limit(50)
                .forEach(d -> report.append(d).append('\n'));
        long count;
        try (Stream<Path> walk = Files.walk(classDirectory)) {
            count = walk.filter(p -> p.toString().endsWith(".class")).count();
        }
        return new Result(ok, count, report.toString());
    }
}
