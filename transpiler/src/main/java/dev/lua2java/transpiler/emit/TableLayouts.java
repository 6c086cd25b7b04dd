package dev.lua2java.transpiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Optimisation "table layouts" ({@link Optimisations#tableLayouts}). Takes the table constructors whose
 * keys are distinct string constants, {@code {name = a, type = b}}, and gives each list of keys one
 * {@code static final LuaTable.Layout T$n} of the chunk: the keys' hash index built once. At run time
 * such a constructor clones that index and adopts its name/value array as the table's entries
 * ({@code LuaTable.ofLayout}) instead of hashing and inserting every key, which is what LuaJIT's
 * template tables do. The table is the same either way (same keys, same order); off, the constructor
 * inserts its keys one by one ({@code Lua.tableOfNames}).
 */
final class TableLayouts {
    private static final ClassName LAYOUT = ClassName.get("dev.lua2java.runtime", "LuaTable", "Layout");
    private static final String PREFIX = "T$";

    private final boolean enabled;
    private final Map<List<String>, String> fields = new LinkedHashMap<>();

    TableLayouts(boolean enabled) {
        this.enabled = enabled;
    }

    /** The layout field for these keys (shared by constructors with the same keys); null when off. */
    String fieldFor(List<String> names) {
        if (!enabled) {
            return null;
        }
        return fields.computeIfAbsent(List.copyOf(names), n -> PREFIX + fields.size());
    }

    /** The chunk's layout fields, in order of first use. */
    List<FieldSpec> fields() {
        List<FieldSpec> out = new ArrayList<>();
        for (Map.Entry<List<String>, String> e : fields.entrySet()) {
            CodeBlock names = e.getKey().stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "));
            out.add(FieldSpec.builder(LAYOUT, e.getValue(), Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($L)", LAYOUT, names)
                    .build());
        }
        return out;
    }
}
