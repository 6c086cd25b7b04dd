package dev.lua2java.parity.bench;

import dev.lua2java.runtime.LuaTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * The Lua-on-JVM peer for benchmarks: the same calc modules run by the LuaJ 3.0.1 interpreter, with
 * the same build and data tables (copied into LuaJ values once). Not thread-safe: one per thread.
 */
public final class LuaJEngine {
    private final Globals globals = JsePlatform.standardGlobals();
    private final LuaValue calculate;

    public LuaJEngine(Path luaRoot, String entryModule) {
        String root = luaRoot.toAbsolutePath().toString().replace('\\', '/');
        globals.set("LoadModule", new VarArgFunction() {
            {
                this.name = "LoadModule";
            }

            @Override
            public Varargs invoke(Varargs args) {
                String name = args.checkjstring(1).replaceAll("\\.lua$", "");
                LuaValue chunk = globals.loadfile(root + "/" + name + ".lua").arg1();
                if (chunk.isnil()) {
                    throw new org.luaj.vm2.LuaError("LoadModule: cannot load " + name);
                }
                return chunk.invoke(args.subargs(2));
            }
        });
        globals.set("ConPrintf", new VarArgFunction() {
            {
                this.name = "ConPrintf";
            }

            @Override
            public Varargs invoke(Varargs args) {
                return NONE;
            }
        });
        globals.set("bit", bitLibrary());
        // LuaJ 3 speaks Lua 5.2: the 5.1 global unpack lives in table.unpack.
        globals.set("unpack", globals.get("table").get("unpack"));
        LuaValue calcs = globals.get("LoadModule").call(LuaValue.valueOf(entryModule));
        calculate = calcs.get("calculate");
    }

    /**
     * LuaJ has no LuaJIT {@code bit} library; the calc modules use band/bor/bxor/tobit, given here with
     * LuaJIT's signed 32-bit results (the same conversion as the runtime's BitLib).
     */
    private static LuaValue bitLibrary() {
        org.luaj.vm2.LuaTable bit = new org.luaj.vm2.LuaTable();
        String[] names = {"band", "bor", "bxor"};
        for (String op : names) {
            bit.set(op, new VarArgFunction() {
                {
                    this.name = op;
                }

                @Override
                public Varargs invoke(Varargs args) {
                    int r = dev.lua2java.runtime.lib.BitLib.tobit(args.checkdouble(1));
                    for (int i = 2; i <= args.narg(); i++) {
                        int x = dev.lua2java.runtime.lib.BitLib.tobit(args.checkdouble(i));
                        r = op.equals("band") ? r & x : op.equals("bor") ? r | x : r ^ x;
                    }
                    return LuaValue.valueOf(r);
                }
            });
        }
        bit.set("tobit", new VarArgFunction() {
            {
                this.name = "tobit";
            }

            @Override
            public Varargs invoke(Varargs args) {
                return LuaValue.valueOf(dev.lua2java.runtime.lib.BitLib.tobit(args.checkdouble(1)));
            }
        });
        return bit;
    }

    public LuaValue calculate(LuaValue build, LuaValue data) {
        return calculate.call(build, data);
    }

    /** A copy of a runtime value as a LuaJ value (strings keep their bytes). */
    public static LuaValue copy(Object v) {
        if (v == null) {
            return LuaValue.NIL;
        }
        if (v instanceof Double d) {
            return LuaValue.valueOf(d);
        }
        if (v instanceof Boolean b) {
            return LuaValue.valueOf(b);
        }
        if (v instanceof String s) {
            return LuaString.valueOf(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        LuaTable t = (LuaTable) v;
        org.luaj.vm2.LuaTable copy = new org.luaj.vm2.LuaTable();
        Object[] entry = new Object[2];
        Object key = null;
        while (t.next(key, entry)) {
            key = entry[0];
            copy.rawset(copy(entry[0]), copy(entry[1]));
        }
        return copy;
    }
}
