package dev.lua2java.transpiler.cli;

import dev.lua2java.runtime.LuaChunk;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import dev.lua2java.runtime.lib.LuaGlobals;
import dev.lua2java.transpiler.Transpiler;
import dev.lua2java.transpiler.compile.InMemoryJavaCompiler;
import dev.lua2java.transpiler.emit.EmitOptions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lua2java run FILE.lua [args...]}: transpile, compile in memory and run, like {@code luajit FILE.lua}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a Lua file as compiled Java.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.lua")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS")
    List<String> args = new ArrayList<>();

    @Option(names = "--split-budget", description = "Estimated bytecode size above which functions are split")
    int splitBudget = EmitOptions.DEFAULT_SPLIT_BUDGET;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--optimisations", description = "Optimisations to apply: all, none, or a list such as fieldHints")
    String optimisations = "all";

    @Override
    public Integer call() throws Exception {
        String chunkName = file.toString();
        Transpiler.GeneratedJava java = Transpiler.transpile(chunkName, Files.readAllBytes(file),
                new EmitOptions("lua2java.run", Transpiler.classNameFor(file.getFileName().toString()), splitBudget,
                        Lua2JavaCommand.parseOptimisations(spec, optimisations)));
        InMemoryJavaCompiler.Result compiled = InMemoryJavaCompiler.compile(Map.of(java.className(), java.source()),
                RunCommand.class.getClassLoader());
        LuaChunk chunk = (LuaChunk) compiled.loader().loadClass(java.className()).getDeclaredConstructor().newInstance();
        PrintStream out = System.out;
        LuaTable globals = LuaGlobals.create(out);
        LuaTable arg = new LuaTable();
        arg.set(0.0, chunkName);
        for (int i = 0; i < args.size(); i++) {
            arg.set(i + 1.0, LuaGlobals.bytes(args.get(i)));
        }
        globals.set("arg", arg);
        Object[] argv = new Object[args.size()];
        for (int i = 0; i < argv.length; i++) {
            argv[i] = LuaGlobals.bytes(args.get(i));
        }
        int[] status = {0};
        // Deep Lua recursion needs a deeper Java stack than the main thread has.
        Thread runner = new Thread(null, () -> {
            try {
                chunk.load(globals).invoke(argv);
            } catch (LuaError e) {
                out.flush();
                System.err.println("lua2java: " + e.getMessage());
                status[0] = 1;
            }
        }, "lua", 1L << 30);
        runner.start();
        runner.join();
        out.flush();
        return status[0];
    }
}
