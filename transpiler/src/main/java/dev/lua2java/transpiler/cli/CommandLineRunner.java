package dev.lua2java.transpiler.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the lua2java command in-process and captures what it prints (for tests and embedding tools). */
public final class CommandLineRunner {
    private CommandLineRunner() {
    }

    public record Result(int exitCode, String out, String err) {
    }

    public static synchronized Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream programOut = new ByteArrayOutputStream();
        ByteArrayOutputStream programErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(programOut, true, StandardCharsets.ISO_8859_1));
            System.setErr(new PrintStream(programErr, true, StandardCharsets.ISO_8859_1));
            var cli = Lua2JavaCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            System.out.flush();
            return new Result(code, out + programOut.toString(StandardCharsets.ISO_8859_1),
                    err + programErr.toString(StandardCharsets.ISO_8859_1));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }
}
