package dev.lua2java.engine.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code poe-calc}: calculate builds with the generated engine ({@code calc}) or measure it ({@code bench}). */
@Command(name = "poe-calc", mixinStandardHelpOptions = true, version = "poe-calc 0.1",
        description = "Path of Building-style calculations with the Lua calc modules compiled to Java.",
        subcommands = {CalcCommand.class, BenchCommand.class})
public final class PoeCalcCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PoeCalcCommand()).execute(args));
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: calc or bench");
    }
}
