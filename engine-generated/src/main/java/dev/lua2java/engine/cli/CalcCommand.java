package dev.lua2java.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lua2java.engine.BuildException;
import dev.lua2java.engine.CalcEngine;
import dev.lua2java.engine.PobEngine;
import dev.lua2java.engine.StatsEngine;
import dev.lua2java.engine.Stats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code poe-calc calc}: the key stats of each build, as a table or JSON. Exit 1 if any build failed. */
@Command(name = "calc", mixinStandardHelpOptions = true, description = "Calculate builds and print their key stats.")
final class CalcCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "XML|CODE|DIR", description = "Build XML files, directories of them, or build codes")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of a table")
    boolean json;

    @Option(names = "--data", description = "Game data directory (tree*.json, bases.json, misc.json); default: the bundled examples")
    Path data;

    @Option(names = "--pob", paramLabel = "SRC", description = "Use Path of Building's own Lua (compiled into this build"
            + " with -Dpob.src); SRC is that checkout's src/ directory, read for the files PoB opens at run time")
    Path pob;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatsEngine engine = pob != null ? PobEngine.create(pob) : CalcEngine.create(BuildInputs.data(data));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        int failed = 0;
        if (!json) {
            out.printf("%-36s", "build");
            for (String k : Stats.KEYS) {
                out.printf(" %12s", abbreviate(k));
            }
            out.println();
        }
        for (BuildInputs.Loaded in : BuildInputs.load(inputs)) {
            Stats stats = null;
            BuildException error = in.error();
            long start = System.nanoTime();
            if (error == null) {
                try {
                    stats = engine.calculate(in.build());
                } catch (BuildException e) {
                    error = e;
                }
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (error != null) {
                failed++;
                err.println("error: " + error.getMessage());
            }
            if (json) {
                ObjectNode o = array.addObject();
                o.put("build", in.name());
                if (error != null) {
                    o.put("error", error.getMessage());
                } else {
                    ObjectNode s = o.putObject("stats");
                    for (Map.Entry<String, Object> e : stats.all().entrySet()) {
                        s.putPOJO(e.getKey(), e.getValue());
                    }
                    o.put("ms", ms);
                }
            } else if (stats != null) {
                out.printf("%-36s", in.name().length() > 36 ? in.name().substring(0, 36) : in.name());
                for (String k : Stats.KEYS) {
                    out.printf(" %12s", number(stats.get(k)));
                }
                out.println();
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(array));
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String abbreviate(String key) {
        return key.length() > 12 ? key.substring(0, 12) : key;
    }

    private static String number(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e12 ? String.valueOf(d.longValue()) : String.format("%.2f", d);
        }
        return String.valueOf(v);
    }
}
