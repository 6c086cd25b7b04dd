package dev.lua2java.transpiler.compile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java sources with the JDK's compiler without touching the disk and loads the
 * classes. Used by {@code lua2java run} and by the conformance tests; one call compiles many sources
 * together, which is much faster than one javac run per file.
 */
public final class InMemoryJavaCompiler {
    private InMemoryJavaCompiler() {
    }

    /** Compiled classes: binary name to class-file bytes, and a loader that defines them. */
    public record Result(Map<String, byte[]> classFiles, ClassLoader loader) {
    }

    public static final class CompilationFailed extends RuntimeException {
        public CompilationFailed(String message) {
            super(message);
        }
    }

    /** Compiles {@code sources} (fully qualified class name to source text) against this JVM's classpath. */
    public static Result compile(Map<String, String> sources, ClassLoader parent) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CompilationFailed("no Java compiler in this runtime: run lua2java on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
        ForwardingJavaFileManager<StandardJavaFileManager> files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        outputs.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String path = e.getKey().replace('.', '/') + ".java";
            String text = e.getValue();
            units.add(new SimpleJavaFileObject(URI.create("mem:///" + path), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-nowarn",
                "-XDuseUnsharedTable=true", "-proc:none", "-g:source,lines");
        StringWriter messages = new StringWriter();
        boolean ok = javac.getTask(messages, files, diagnostics, options, null, units).call();
        if (!ok) {
            StringBuilder b = new StringBuilder("javac failed:\n");
            int shown = 0;
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR && shown++ < 20) {
                    b.append(d.getSource() == null ? "" : d.getSource().getName()).append(':')
                            .append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n');
                }
            }
            throw new CompilationFailed(b.toString());
        }
        Map<String, byte[]> classes = new HashMap<>();
        outputs.forEach((name, out) -> classes.put(name, out.toByteArray()));
        return load(classes, parent);
    }

    /** A loader that defines the given compiled classes on demand. */
    public static Result load(Map<String, byte[]> classes, ClassLoader parent) {
        ClassLoader loader = new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        return new Result(classes, loader);
    }
}
