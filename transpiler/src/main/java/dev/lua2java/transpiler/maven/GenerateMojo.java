package dev.lua2java.transpiler.maven;

import dev.lua2java.transpiler.LuaCompileError;
import dev.lua2java.transpiler.SourceTreeTranspiler;
import dev.lua2java.transpiler.SourceTreeTranspiler.SourceFile;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code lua2java:generate}: transpiles the Lua files of a source directory into Java sources and adds
 * them to the compile source roots. Regenerates only when a Lua input, the configuration or the
 * transpiler changed (a status file in the output directory records all three). A Lua error fails the
 * build with {@code file:line:col: message}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    private static final String STATUS_FILE = ".lua2java-status";

    @Parameter(property = "lua2java.sourceDirectory", required = true)
    File sourceDirectory;

    /**
     * More Lua directories whose modules join the same registry, each keyed by its path relative to its
     * own directory (Path of Building: {@code src} plus {@code runtime/lua} for xml, base64, sha1, dkjson).
     */
    @Parameter(property = "lua2java.additionalSourceDirectories")
    List<File> additionalSourceDirectories = new ArrayList<>();

    @Parameter
    List<String> includes = new ArrayList<>(List.of("**/*.lua"));

    @Parameter
    List<String> excludes = new ArrayList<>();

    @Parameter(property = "lua2java.packageName", defaultValue = "lua2java.generated")
    String packageName;

    @Parameter(defaultValue = "LuaModules")
    String registryClassName;

    @Parameter(property = "lua2java.splitBudget", defaultValue = "" + EmitOptions.DEFAULT_SPLIT_BUDGET)
    int splitBudget;

    /** Optimisations the emitter applies: {@code all}, {@code none}, or a list such as {@code fieldHints}. */
    @Parameter(property = "lua2java.optimisations", defaultValue = "all")
    String optimisations = "all";

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/lua2java")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path root = sourceDirectory.toPath();
        List<Path> roots = new ArrayList<>(List.of(root));
        for (File extra : additionalSourceDirectories) {
            roots.add(extra.toPath());
        }
        for (Path r : roots) {
            if (!Files.isDirectory(r)) {
                throw new MojoExecutionException("Lua source directory does not exist: " + r);
            }
        }
        Optimisations applied;
        try {
            applied = Optimisations.parse(optimisations);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("lua2java.optimisations: " + e.getMessage());
        }
        Path out = outputDirectory.toPath();
        try {
            List<SourceFile> files = new ArrayList<>();
            for (Path r : roots) {
                files.addAll(SourceFile.under(r, selectFiles(r)));
            }
            String status = status(files, applied);
            Path statusFile = out.resolve(STATUS_FILE);
            String previous = Files.exists(statusFile) ? Files.readString(statusFile) : "";
            if (previous.equals(status)) {
                getLog().info("lua2java: " + files.size() + " Lua files unchanged, nothing to generate");
            } else {
                long start = System.nanoTime();
                // Same transpiler and configuration: only files whose content changed are transpiled again.
                boolean sameSettings = header(previous).equals(header(status));
                java.util.Set<String> unchanged = sameSettings ? new java.util.HashSet<>(List.of(previous.split("\n"))) : java.util.Set.of();
                java.util.Map<Path, String> lines = new java.util.HashMap<>();
                for (SourceFile f : files) {
                    lines.put(f.file(), statusLine(f));
                }
                removeStaleOutputs(files, previous, out);
                SourceTreeTranspiler.Summary summary = SourceTreeTranspiler.transpile(files, root.getFileName().toString(),
                        packageName, registryClassName, splitBudget, applied, out, f -> !unchanged.contains(lines.get(f)), this::logProgress);
                if (!summary.ok()) {
                    throw new MojoFailureException(failureReport(summary.failures()));
                }
                Files.writeString(statusFile, status, StandardCharsets.UTF_8);
                getLog().info(String.format("lua2java: %d of %d Lua files transpiled (%d KB, %d functions, %d split methods,"
                        + " %d data chunks) -> %s in %.1f s", summary.files(), files.size(), summary.luaBytes() / 1024,
                        summary.functions(), summary.splitMethods(), summary.dataChunks(), out, (System.nanoTime() - start) / 1e9));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("lua2java: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(out.toString());
    }

    /** Large trees take a while: a line every tenth of the way. */
    private void logProgress(int done, int total, Path file) {
        if (total >= 100 && (done * 10 / total) != ((done - 1) * 10 / total)) {
            getLog().info(String.format("lua2java: %d/%d files", done, total));
        }
    }

    /** Every rejected file, one {@code file:line:col: message} line each, so one build shows them all. */
    static String failureReport(List<LuaCompileError> failures) {
        StringBuilder b = new StringBuilder();
        for (LuaCompileError e : failures) {
            b.append(e.getMessage()).append('\n');
        }
        b.append("lua2java: ").append(failures.size()).append(failures.size() == 1 ? " Lua file" : " Lua files")
                .append(" could not be compiled");
        return b.toString();
    }

    private List<Path> selectFiles(Path root) throws IOException {
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> ex = matchers(excludes);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> matches(in, root.relativize(p)) && !matches(ex, root.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> list = new ArrayList<>();
        for (String g : globs) {
            list.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                // "**/*.lua" should also match files directly in the root.
                list.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return list;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private static final String END_OF_HEADER = "--";

    /**
     * Everything the output depends on: a header (transpiler build, configuration) and a line per input
     * with its content hash.
     */
    private String status(List<SourceFile> files, Optimisations applied) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("transpiler=").append(transpilerVersion()).append('\n');
        b.append("package=").append(packageName).append("\nregistry=").append(registryClassName)
                .append("\nsplitBudget=").append(splitBudget)
                .append("\noptimisations=").append(applied).append('\n').append(END_OF_HEADER).append('\n');
        for (SourceFile f : files) {
            b.append(statusLine(f)).append('\n');
        }
        return b.toString();
    }

    private static String statusLine(SourceFile file) {
        try {
            return file.relative() + "=" + SourceTreeTranspiler.sha256(Files.readAllBytes(file.file()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String header(String status) {
        int end = status.indexOf(END_OF_HEADER + "\n");
        return end < 0 ? status : status.substring(0, end);
    }

    /** Deletes the classes of Lua files that are no longer inputs. */
    private void removeStaleOutputs(List<SourceFile> files, String previous, Path out) throws IOException {
        java.util.Set<String> current = new java.util.HashSet<>();
        for (SourceFile f : files) {
            current.add(f.relative());
        }
        String[] lines = previous.split("\n");
        boolean inFiles = false;
        for (String line : lines) {
            if (line.equals(END_OF_HEADER)) {
                inFiles = true;
            } else if (inFiles && line.contains("=")) {
                String relative = line.substring(0, line.lastIndexOf('='));
                if (!current.contains(relative)) {
                    Files.deleteIfExists(SourceTreeTranspiler.javaFileFor(relative, packageName, out));
                }
            }
        }
    }

    /** The transpiler jar's own content hash, so a rebuilt transpiler regenerates even at the same version. */
    private static String transpilerVersion() throws IOException {
        try {
            Path jar = Path.of(GenerateMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                return SourceTreeTranspiler.sha256(Files.readAllBytes(jar));
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall through to the version string
        }
        String v = GenerateMojo.class.getPackage().getImplementationVersion();
        return v == null ? "dev-" + System.identityHashCode(GenerateMojo.class) : v;
    }
}
