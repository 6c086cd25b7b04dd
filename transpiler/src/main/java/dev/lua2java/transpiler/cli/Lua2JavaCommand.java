package dev.lua2java.transpiler.cli;

import dev.lua2java.transpiler.LuaCompileError;
import dev.lua2java.transpiler.Transpiler;
import dev.lua2java.transpiler.compile.InMemoryJavaCompiler;
import dev.lua2java.transpiler.emit.EmitOptions;
import dev.lua2java.transpiler.emit.Optimisations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lua2java}: transpiles Lua files to Java sources, dumps a file's AST, scopes or Java, or runs a
 * Lua file as compiled Java. Exit codes: 0 success, 1 input error (Lua or I/O), 2 usage error.
 */
@Command(name = "lua2java", mixinStandardHelpOptions = true, version = "lua2java 0.1",
        description = {"Compiles Lua (LuaJIT 2.1 dialect) to Java source.",
                "One directory argument is a source tree: classes are named by path, a registry class lists them,"
                        + " every file is tried and every error reported."},
        subcommands = {RunCommand.class})
public final class Lua2JavaCommand implements Callable<Integer> {
    @Option(names = "--package", description = "Java package of the generated classes (default: none)")
    String packageName = "";

    @Option(names = "--out", description = "Directory for the generated .java files")
    Path out;

    @Option(names = "--dump", description = "Print one file's ${COMPLETION-CANDIDATES} instead of writing files")
    Dump dump;

    @Option(names = "--registry", description = "Registry class written for a source tree (default: ${DEFAULT-VALUE})")
    String registryClass = "LuaModules";

    @Option(names = "--classes", description = "For a source tree: also compile the generated Java into this directory")
    Path classes;

    @Option(names = "--split-budget", description = "Estimated bytecode size above which functions are split (default: ${DEFAULT-VALUE})")
    int splitBudget = EmitOptions.DEFAULT_SPLIT_BUDGET;

    @Option(names = "--optimisations", description = "Optimisations to apply: all, none, or a list such as fieldHints (default: ${DEFAULT-VALUE})")
    String optimisations = "all";

    @Parameters(paramLabel = "FILE_OR_DIR", description = "Lua files, or directories searched for *.lua")
    List<Path> inputs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Dump { ast, scopes, java }

    private Optimisations optimisations() {
        return parseOptimisations(spec, optimisations);
    }

    /** The --optimisations setting, or a usage error naming the unknown optimisation. */
    static Optimisations parseOptimisations(CommandLine.Model.CommandSpec spec, String setting) {
        try {
            return Optimisations.parse(setting);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--optimisations: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Lua2JavaCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof LuaCompileError || e instanceof IOException || e instanceof InMemoryJavaCompiler.CompilationFailed) {
                cmd.getErr().println(e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input files");
        }
        if (dump != null) {
            if (inputs.size() != 1 || Files.isDirectory(inputs.get(0))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dump takes exactly one file");
            }
            spec.commandLine().getOut().print(Dumps.dump(dump.name(), inputs.get(0), packageName, splitBudget, optimisations()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out DIR is required");
        }
        if (inputs.size() == 1 && Files.isDirectory(inputs.get(0))) {
            return new TreeBuild(err, inputs.get(0), out, packageName, registryClass, splitBudget, optimisations(), classes).run();
        }
        List<Path> files = luaFiles(inputs);
        int written = 0;
        for (Path file : files) {
            String className = Transpiler.classNameFor(file.getFileName().toString());
            Transpiler.GeneratedJava java = Transpiler.transpile(file.toString(), Files.readAllBytes(file),
                    new EmitOptions(packageName, className, splitBudget, optimisations()));
            Path target = out.resolve(packageName.replace('.', '/')).resolve(className + ".java");
            Files.createDirectories(target.getParent());
            Files.writeString(target, java.source(), StandardCharsets.UTF_8);
            written++;
        }
        err.println("lua2java: " + written + " file(s) written to " + out);
        return 0;
    }

    static List<Path> luaFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new IOException(in + ": no such file or directory");
            }
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }
}
