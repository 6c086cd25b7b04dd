package dev.lua2java.transpiler.cli;

import dev.lua2java.transpiler.LuaCompileError;
import dev.lua2java.transpiler.SourceTreeTranspiler;
import dev.lua2java.transpiler.emit.Optimisations;
import dev.lua2java.transpiler.compile.TreeCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lua2java --out DIR TREE}: transpiles a whole Lua source tree (a Path of Building {@code src/},
 * say) with a progress bar, optionally compiles the result with javac, and prints a summary: files,
 * functions, split methods, data chunks, seconds, and every file the compiler rejected.
 */
final class TreeBuild {
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final Path root;
    private final Path out;
    private final String packageName;
    private final String registryClass;
    private final int splitBudget;
    private final Optimisations optimisations;
    private final Path classes;

    TreeBuild(PrintWriter err, Path root, Path out, String packageName, String registryClass, int splitBudget,
            Optimisations optimisations, Path classes) {
        this.err = err;
        this.root = root;
        this.out = out;
        this.packageName = packageName.isEmpty() ? "lua2java.generated" : packageName;
        this.registryClass = registryClass;
        this.splitBudget = splitBudget;
        this.optimisations = optimisations;
        this.classes = classes;
    }

    int run() throws IOException {
        List<Path> files = Lua2JavaCommand.luaFiles(List.of(root));
        long start = System.nanoTime();
        SourceTreeTranspiler.Summary summary = SourceTreeTranspiler.transpile(SourceTreeTranspiler.SourceFile.under(root, files),
                root.getFileName().toString(), packageName, registryClass, splitBudget, optimisations, out, f -> true, this::bar);
        double transpileSeconds = seconds(start);
        err.println();
        for (LuaCompileError e : summary.failures()) {
            err.println(e.getMessage());
        }
        err.printf("lua2java: %d Lua files (%d KB): %d transpiled, %d rejected; %d functions, %d split methods,"
                        + " %d data chunks; %.1f s%n", files.size(), totalKb(files), summary.files(), summary.failures().size(),
                summary.functions(), summary.splitMethods(), summary.dataChunks(), transpileSeconds);
        err.flush();
        if (classes != null) {
            long compileStart = System.nanoTime();
            List<Path> sources = summary.written();
            TreeCompiler.Result result = TreeCompiler.compile(sources, classes);
            err.printf("javac: %d Java files -> %d classes in %s; %.1f s%n", sources.size(), result.classFiles(),
                    classes, seconds(compileStart));
            if (!result.ok()) {
                err.println(result.diagnostics());
                return 1;
            }
        }
        err.flush();
        return summary.ok() ? 0 : 1;
    }

    private int shownPercent = -1;

    /** Redrawn only when the percentage changes, so a log of the run stays short. */
    private synchronized void bar(int done, int total, Path file) {
        int percent = done * 100 / total;
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = done * BAR_WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + percent + "% " + done + "/" + total + " files");
        err.flush();
    }

    private static long totalKb(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return bytes / 1024;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
