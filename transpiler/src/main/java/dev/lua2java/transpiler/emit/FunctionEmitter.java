package dev.lua2java.transpiler.emit;

import static dev.lua2java.transpiler.emit.RuntimeNames.*;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.lua2java.transpiler.analysis.FunctionInfo;
import dev.lua2java.transpiler.analysis.LocalVar;
import dev.lua2java.transpiler.analysis.Scopes;
import dev.lua2java.transpiler.analysis.VarRef;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.*;
import dev.lua2java.transpiler.emit.SiteCalls.Ending;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested Java class of one Lua function.
 *
 * <p>Takes a function's {@link FunctionInfo}; produces a {@link TypeSpec} extending {@code LuaFunction}
 * with a field per upvalue, the body method {@code run} (returning nothing, one value or all values per
 * {@link ReturnShape}) and bridges ({@code invoke}, {@code call} and {@code all} for 0-6 arguments, {@code callv},
 * {@code callSpread} and {@code allSpread}).
 *
 * <p>Locals are Java locals; a captured local that is reassigned is a {@code LuaCell}, created where the
 * Lua declaration runs, so a closure made in a loop gets a fresh cell per iteration. A function whose
 * estimated size exceeds the split budget keeps its locals in a frame array instead, and runs of its
 * statements move into helper methods {@code part$N(frame)} (DESIGN §9).
 */
final class FunctionEmitter {
    /**
     * Arguments a single-result call passes without an array ({@code LuaFunction.call(a, ... f)}), a
     * method call's object included: PoB's mod-store methods take up to five besides {@code self}.
     */
    private static final int MAX_FIXED_ARGS = 6;
    private static final TypeName OBJECT = com.palantir.javapoet.ClassName.get(Object.class);
    private static final TypeName OBJECT_ARRAY = ArrayTypeName.of(Object.class);

    private final ChunkEmitter chunk;
    private final Scopes scopes;
    private final FunctionInfo info;
    private final Function function;
    private final ReturnShape shape;
    /** A {@link ReturnShape#MULTI} function that also gets {@code run1}, see {@link FirstResultBodies}. */
    private final boolean firstResultBody;
    /** True while {@code run1} is being written: returns yield the first result only. */
    private boolean firstOnly;
    private final boolean frameMode;
    private final StatementSize sizes = new StatementSize();
    private final Escapes escapes;
    private final Reachability reachability;
    private final Map<LocalVar, Integer> slots = new HashMap<>();
    private final Map<LocalVar, String> javaNames = new HashMap<>();
    private final Map<LocalVar, String> upvalueFields = new HashMap<>();
    /** Numeric for indexes readable as their loop's double, see {@link #loopIndex}. */
    private final Map<LocalVar, String> loopIndexes = new HashMap<>();
    private final Map<Label, String> javaLabels = new IdentityHashMap<>();
    private final List<MethodSpec> parts = new ArrayList<>();
    private final LocalVar self;
    /** Locals kept as numbers in a double slot ({@link NumericLocals}); none in split functions. */
    private final java.util.Set<LocalVar> numeric;
    private CodeBlock.Builder code;
    private boolean inPart;
    private int temps;

    FunctionEmitter(ChunkEmitter chunk, FunctionInfo info) {
        this.chunk = chunk;
        this.scopes = chunk.scopes();
        this.info = info;
        this.function = info.function;
        this.reachability = new Reachability(scopes);
        this.shape = ReturnShape.of(function, info.parent == null, reachability);
        this.escapes = new Escapes(scopes);
        this.frameMode = sizes.of(function.body()) > chunk.options().splitBudget();
        this.self = chunk.selfName(function);
        this.firstResultBody = FirstResultBodies.applies(chunk.options().optimisations(), function, shape, frameMode,
                info.parent == null);
        this.numeric = frameMode || !chunk.options().optimisations().numericLocals()
                ? java.util.Set.of() : NumericLocals.of(function, scopes);
        for (LocalVar v : info.upvalues) {
            if (v != self) {
                upvalueFields.put(v, "u_" + javaName(v));
            }
        }
    }

    // ---------------------------------------------------------------- the class

    TypeSpec emit() {
        String className = chunk.classNameOf(function);
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .superclass(FUNCTION)
                .addJavadoc("Lua function $L, line $L.\n", function.name(), function.pos().line());
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addParameter(TABLE, "env");
        // Not final: setfenv may replace it; closures created later inherit the new one, as in Lua 5.1.
        type.addField(FieldSpec.builder(TABLE, "env", Modifier.PRIVATE).build());
        ctor.addStatement("this.env = env");
        type.addMethod(MethodSpec.methodBuilder("env").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TABLE).addStatement("return env").build());
        type.addMethod(MethodSpec.methodBuilder("setEnv").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(TABLE, "env").returns(TypeName.BOOLEAN).addStatement("this.env = env").addStatement("return true").build());
        for (LocalVar v : info.upvalues) {
            String field = upvalueFields.get(v);
            if (field == null) {
                continue;
            }
            TypeName t = v.needsCell() ? CELL : OBJECT;
            type.addField(FieldSpec.builder(t, field, Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addParameter(t, field);
            ctor.addStatement("this.$N = $N", field, field);
        }
        type.addMethod(ctor.build());
        type.addMethod(MethodSpec.methodBuilder("name")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", function.name())
                .build());
        type.addMethod(runMethod());
        if (firstResultBody) {
            firstOnly = true;
            type.addMethod(runMethod());
            firstOnly = false;
        }
        addBridges(type);
        type.addMethods(parts);
        return type.build();
    }

    private TypeName runReturnType() {
        return switch (shape) {
            case VOID -> TypeName.VOID;
            case SINGLE -> OBJECT;
            case MULTI -> OBJECT_ARRAY;
        };
    }

    private MethodSpec runMethod() {
        MethodSpec.Builder run = firstOnly
                ? MethodSpec.methodBuilder(dev.lua2java.runtime.LineMap.FIRST_RESULT_BODY).returns(OBJECT)
                : MethodSpec.methodBuilder(dev.lua2java.runtime.LineMap.BODY).returns(runReturnType());
        List<LocalVar> params = info.params;
        code = CodeBlock.builder();
        for (LocalVar p : params) {
            run.addParameter(OBJECT, javaName(p));
        }
        if (function.vararg()) {
            run.addParameter(OBJECT_ARRAY, "va");
        }
        CodeBlock.Builder prologue = CodeBlock.builder();
        if (frameMode) {
            if (function.vararg()) {
                code.addStatement("frame[0] = va");
            }
        }
        for (LocalVar p : params) {
            if (frameMode) {
                code.addStatement("frame[$L] = $L", slot(p), p.needsCell() ? CodeBlock.of("new $T($N)", CELL, javaName(p)) : javaName(p));
            } else if (p.needsCell()) {
                code.addStatement("$T $N = new $T($N)", CELL, cellName(p), CELL, javaName(p));
            }
        }
        block(function.body());
        if (reachability.completesNormally(function.body())) {
            switch (firstOnly ? ReturnShape.SINGLE : shape) {
                case VOID -> { }
                case SINGLE -> code.addStatement("return null");
                case MULTI -> code.addStatement("return $T.NONE", LUA);
            }
        }
        if (frameMode) {
            prologue.addStatement("$T[] frame = new $T[$L]", Object.class, Object.class, slots.size() + 1);
        }
        return run.addCode(prologue.build()).addCode(code.build()).build();
    }

    private void addBridges(TypeSpec.Builder type) {
        int n = info.params.size();
        CodeBlock arrayArgs = runArgs("$T.arg(a, $L)", "$T.rest(a, $L)");
        type.addMethod(MethodSpec.methodBuilder("invoke").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(OBJECT_ARRAY, "a").returns(OBJECT_ARRAY).addCode(returnAll(CodeBlock.of("run($L)", arrayArgs)))
                .build());
        type.addMethod(MethodSpec.methodBuilder("callv").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(OBJECT_ARRAY, "a").returns(OBJECT).addCode(returnOne(arrayArgs)).build());
        // callSpread/allSpread(f, r): the arguments f..., r... where r is the caller's "..." (no copy when the
        // fixed ones fill exactly the parameters of a vararg function).
        CodeBlock spread = runArgs("$T.spreadArg(f, r, $L)", "$T.spreadRest(f, r, $L)");
        type.addMethod(MethodSpec.methodBuilder("callSpread").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(OBJECT_ARRAY, "f").addParameter(OBJECT_ARRAY, "r").returns(OBJECT)
                .addCode(returnOne(spread)).build());
        type.addMethod(MethodSpec.methodBuilder("allSpread").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(OBJECT_ARRAY, "f").addParameter(OBJECT_ARRAY, "r").returns(OBJECT_ARRAY)
                .addCode(returnAll(CodeBlock.of("run($L)", spread))).build());
        String[] names = {"a", "b", "c", "d", "e", "f"};
        for (int k = 0; k <= MAX_FIXED_ARGS; k++) {
            MethodSpec.Builder m = MethodSpec.methodBuilder("call").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(OBJECT);
            MethodSpec.Builder all = MethodSpec.methodBuilder("all").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(OBJECT_ARRAY);
            for (int i = 0; i < k; i++) {
                m.addParameter(OBJECT, names[i]);
                all.addParameter(OBJECT, names[i]);
            }
            CodeBlock.Builder args = CodeBlock.builder();
            for (int i = 0; i < n; i++) {
                args.add(i > 0 ? ", " : "").add(i < k ? names[i] : "null");
            }
            if (function.vararg()) {
                args.add(n > 0 ? ", " : "");
                if (k > n) {
                    args.add("new Object[] {");
                    for (int i = n; i < k; i++) {
                        args.add(i > n ? ", " : "").add(names[i]);
                    }
                    args.add("}");
                } else {
                    args.add("$T.NONE", LUA);
                }
            }
            CodeBlock runArgs = args.build();
            m.addCode(returnOne(runArgs));
            type.addMethod(m.build());
            all.addCode(returnAll(CodeBlock.of("run($L)", runArgs)));
            type.addMethod(all.build());
        }
    }

    /**
     * The arguments of {@code run} read by a bridge: parameter i as {@code param} (a format with {@code $T}
     * for {@code Lua} and {@code $L} for i), the varargs as {@code rest} ({@code $L}: the parameter count).
     */
    private CodeBlock runArgs(String param, String rest) {
        int n = info.params.size();
        CodeBlock.Builder b = CodeBlock.builder();
        for (int i = 0; i < n; i++) {
            b.add(i > 0 ? ", " : "").add(param, LUA, i);
        }
        if (function.vararg()) {
            b.add(n > 0 ? ", " : "").add(rest, LUA, n);
        }
        return b.build();
    }

    private CodeBlock returnAll(CodeBlock runCall) {
        return switch (shape) {
            case VOID -> CodeBlock.builder().addStatement("$L", runCall).addStatement("return $T.NONE", LUA).build();
            case SINGLE -> CodeBlock.builder().addStatement("return new Object[] {$L}", runCall).build();
            case MULTI -> CodeBlock.builder().addStatement("return $L", runCall).build();
        };
    }

    /** The first result of the body called with {@code runArgs}: {@code run1} when there is one. */
    private CodeBlock returnOne(CodeBlock runArgs) {
        if (firstResultBody) {
            return CodeBlock.builder().addStatement("return run1($L)", runArgs).build();
        }
        CodeBlock runCall = CodeBlock.of("run($L)", runArgs);
        return switch (shape) {
            case VOID -> CodeBlock.builder().addStatement("$L", runCall).addStatement("return null").build();
            case SINGLE -> CodeBlock.builder().addStatement("return $L", runCall).build();
            case MULTI -> CodeBlock.builder().addStatement("return $T.first($L)", LUA, runCall).build();
        };
    }

    // ---------------------------------------------------------------- variables

    private static String javaName(LocalVar v) {
        return ChunkEmitter.javaIdentifier(v.name) + "_" + v.id;
    }

    /** A parameter that needs a cell keeps the Java parameter name; its cell gets another. */
    private String cellName(LocalVar v) {
        return info.params.contains(v) ? javaName(v) + "_cell" : javaName(v);
    }

    private int slot(LocalVar v) {
        return slots.computeIfAbsent(v, k -> slots.size() + 1);
    }

    private CodeBlock read(VarRef ref) {
        if (ref instanceof VarRef.Global g) {
            CodeBlock site = chunk.fieldHints().nextSite();
            if (site != null) {
                return CodeBlock.of("$T.getGlobal(env, $S, $L)", LUA, g.name(), site);
            }
            return CodeBlock.of("$T.getGlobal(env, $S)", LUA, g.name());
        }
        LocalVar v = ref instanceof VarRef.Local l ? l.var() : ((VarRef.Upvalue) ref).var();
        return readContainer(ref, v, true);
    }

    /** The Java expression for a variable; {@code value} false gives the cell itself for a celled variable. */
    private CodeBlock readContainer(VarRef ref, LocalVar v, boolean value) {
        if (ref instanceof VarRef.Upvalue) {
            if (v == self) {
                return CodeBlock.of("this");
            }
            String field = upvalueFields.get(v);
            return v.needsCell() && value ? CodeBlock.of("$N.value", field) : CodeBlock.of("$N", field);
        }
        if (frameMode) {
            if (v.needsCell()) {
                return value ? CodeBlock.of("(($T) frame[$L]).value", CELL, slot(v)) : CodeBlock.of("(($T) frame[$L])", CELL, slot(v));
            }
            return CodeBlock.of("frame[$L]", slot(v));
        }
        if (v.needsCell()) {
            return value ? CodeBlock.of("$N.value", cellName(v)) : CodeBlock.of("$N", cellName(v));
        }
        if (numeric.contains(v)) {
            return CodeBlock.of("($N == $T.IN_DOUBLE ? (Object) $N : $N)", javaName(v), LUA, doubleSlot(v), javaName(v));
        }
        return CodeBlock.of("$N", javaName(v));
    }

    /**
     * The {@code double} a numeric {@code for} keeps its index in, when {@code e} reads that index (a
     * local never assigned or captured, optimisation numericLocals): a table key or a {@code select}
     * index then takes the double itself, and the index's box, no longer read, is never made.
     */
    private String loopIndex(Expr e) {
        return e instanceof Name n && scopes.ref(n) instanceof VarRef.Local l ? loopIndexes.get(l.var()) : null;
    }

    private static String doubleSlot(LocalVar v) {
        return javaName(v) + "$d";
    }

    /** Stores a value into a numeric local: a number goes to the double slot. */
    private void storeNumeric(LocalVar v, CodeBlock value) {
        String t = temp();
        code.addStatement("$T $N = $L", Object.class, t, value);
        code.beginControlFlow("if ($N instanceof $T $N)", t, Double.class, t + "n");
        code.addStatement("$N = $N", doubleSlot(v), t + "n");
        code.addStatement("$N = $T.IN_DOUBLE", javaName(v), LUA);
        code.nextControlFlow("else");
        code.addStatement("$N = $N", javaName(v), t);
        code.endControlFlow();
    }

    /**
     * {@code v = v op e} (or {@code e op v}) for a numeric local: two numbers update the double slot;
     * anything else is the generic operation, with the same operands, culprits and order.
     */
    private void accumulate(LocalVar v, NumericLocals.Accumulation acc, Binary b) {
        code.add("{\n").indent();
        String other = temp();
        code.addStatement("$T $N = $L", Object.class, other, value(acc.other()));
        String number = other + "n";
        code.beginControlFlow("if ($N == $T.IN_DOUBLE && $N instanceof $T $N)", javaName(v), LUA, other, Double.class, number);
        if (acc.varOnLeft()) {
            code.addStatement("$N = $N $L $N", doubleSlot(v), doubleSlot(v), acc.javaOperator(), number);
        } else {
            code.addStatement("$N = $N $L $N", doubleSlot(v), number, acc.javaOperator(), doubleSlot(v));
        }
        code.nextControlFlow("else");
        CodeBlock self = readContainer(new VarRef.Local(v), v, true);
        CodeBlock left = acc.varOnLeft() ? self : CodeBlock.of("$N", other);
        CodeBlock right = acc.varOnLeft() ? CodeBlock.of("$N", other) : self;
        storeNumeric(v, CodeBlock.of("$T.$L($L, $L, $L, $L)", LUA, arithmeticMethod(b.op()), left, right,
                culprit(b.left()), culprit(b.right())));
        code.endControlFlow();
        code.unindent().add("}\n");
    }

    private void assignVar(VarRef ref, CodeBlock value) {
        if (ref instanceof VarRef.Global g) {
            code.addStatement("$T.setGlobal(env, $S, $L)", LUA, g.name(), value);
            return;
        }
        if (ref instanceof VarRef.Local l && numeric.contains(l.var())) {
            storeNumeric(l.var(), value);
            return;
        }
        code.addStatement("$L = $L", read(ref), value);
    }

    private void declare(LocalVar v, CodeBlock init) {
        if (numeric.contains(v)) {
            code.addStatement("$T $N = null", Object.class, javaName(v));
            code.addStatement("double $N = 0", doubleSlot(v));
            storeNumeric(v, init);
            return;
        }
        CodeBlock value = v.needsCell() ? CodeBlock.of("new $T($L)", CELL, init) : init;
        if (frameMode) {
            code.addStatement("frame[$L] = $L", slot(v), value);
        } else {
            code.addStatement("$T $N = $L", v.needsCell() ? CELL : OBJECT, javaName(v), value);
        }
    }

    private String temp() {
        return "t$" + (++temps);
    }

    // ---------------------------------------------------------------- blocks and splitting

    private void block(Block b) {
        statements(b.stats(), 0, b.stats().size());
    }

    /**
     * Emits stats[from, to). A label that gotos target ends a Java labelled block that starts at the first
     * statement containing such a goto; {@code goto} becomes {@code break label}.
     */
    private void statements(List<Stat> stats, int from, int to) {
        int labelAt = -1;
        for (int k = to - 1; k >= from; k--) {
            if (stats.get(k) instanceof Label l && regionStart(stats, k, l) >= 0) {
                labelAt = k;
                break;
            }
        }
        if (labelAt < 0) {
            segment(stats, from, to);
            return;
        }
        Label label = (Label) stats.get(labelAt);
        int start = regionStart(stats, labelAt, label);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = start + 1; k < labelAt; k++) {
                if (stats.get(k) instanceof Label inner) {
                    int innerStart = regionStart(stats, k, inner);
                    if (innerStart >= 0 && innerStart < start) {
                        start = innerStart;
                        changed = true;
                    }
                }
            }
        }
        start = Math.max(start, from);
        statements(stats, from, start);
        String javaLabel = javaLabels.computeIfAbsent(label, l -> "goto_" + ChunkEmitter.javaIdentifier(l.name()) + "_" + (javaLabels.size() + 1));
        code.add("$L: {\n", javaLabel).indent();
        statements(stats, start, labelAt);
        code.unindent().add("}\n");
        statements(stats, labelAt + 1, to);
    }

    /** Index of the first statement before {@code labelAt} containing a goto to the label, or -1. */
    private int regionStart(List<Stat> stats, int labelAt, Label label) {
        for (int i = 0; i < labelAt; i++) {
            if (containsGotoTo(stats.get(i), label)) {
                return i;
            }
        }
        return -1;
    }

    private boolean containsGotoTo(Stat s, Label label) {
        return Blocks.anyStatement(s, inner -> inner instanceof Goto g && scopes.target(g) == label);
    }

    /** Emits statements without labels; in frame mode, runs of statements go to helper methods. */
    private void segment(List<Stat> stats, int from, int to) {
        if (!frameMode) {
            for (int i = from; i < to; i++) {
                stat(stats.get(i));
                if (!reachability.completesNormally(stats.get(i))) {
                    return;
                }
            }
            return;
        }
        int budget = chunk.options().splitBudget();
        int runStart = from;
        int runSize = 0;
        for (int i = from; i < to; i++) {
            Stat s = stats.get(i);
            int size = sizes.of(s);
            boolean movable = !escapes.escapes(s) && !(s instanceof Label);
            if (!movable) {
                flushRun(stats, runStart, i);
                stat(s);
                runStart = i + 1;
                runSize = 0;
            } else if (runSize + size > budget && i > runStart) {
                flushRun(stats, runStart, i);
                runStart = i;
                runSize = size;
            } else {
                runSize += size;
            }
            if (!reachability.completesNormally(s)) {
                flushRun(stats, runStart, i + 1);
                return;
            }
        }
        flushRun(stats, runStart, to);
    }

    /** Moves stats[from, to) into a new helper method and calls it. */
    private void flushRun(List<Stat> stats, int from, int to) {
        if (from >= to) {
            return;
        }
        List<Stat> run = stats.subList(from, to);
        boolean hasReturn = false;
        boolean completes = true;
        for (Stat s : run) {
            hasReturn |= containsReturn(s);
            completes &= reachability.completesNormally(s);
        }
        if (run.size() == 1 && sizes.of(run.get(0)) < 40 && !(run.get(0) instanceof Return)) {
            stat(run.get(0));
            return;
        }
        String name = dev.lua2java.runtime.LineMap.PART_PREFIX + (parts.size() + 1);
        chunk.countSplitMethod();
        CodeBlock.Builder saved = code;
        boolean savedInPart = inPart;
        code = CodeBlock.builder();
        inPart = true;
        MethodSpec.Builder part = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                .addParameter(OBJECT_ARRAY, "frame");
        parts.add(null);
        int index = parts.size() - 1;
        for (Stat s : run) {
            stat(s);
        }
        if (hasReturn && completes) {
            code.addStatement("return $T.FALLTHROUGH", LUA);
        }
        part.returns(hasReturn ? OBJECT : TypeName.VOID).addCode(code.build());
        parts.set(index, part.build());
        code = saved;
        inPart = savedInPart;
        if (!hasReturn) {
            code.addStatement("$N(frame)", name);
        } else if (!completes) {
            returnFromPart(CodeBlock.of("$N(frame)", name), true);
        } else {
            String r = temp();
            code.addStatement("$T $N = $N(frame)", Object.class, r, name);
            code.beginControlFlow("if ($N != $T.FALLTHROUGH)", r, LUA);
            returnFromPart(CodeBlock.of("$N", r), false);
            code.endControlFlow();
        }
    }

    /** Returns what a helper method returned, from a helper or from {@code run}. */
    private void returnFromPart(CodeBlock result, boolean resultIsCall) {
        if (inPart) {
            code.addStatement("return $L", result);
            return;
        }
        switch (shape) {
            case VOID -> {
                if (resultIsCall) {
                    code.addStatement("$L", result);
                }
                code.addStatement("return");
            }
            case SINGLE -> code.addStatement("return $L", result);
            case MULTI -> code.addStatement("return ($T[]) $L", Object.class, result);
        }
    }

    private static boolean containsReturn(Stat s) {
        return Blocks.anyStatement(s, inner -> inner instanceof Return);
    }

    // ---------------------------------------------------------------- statements

    private void stat(Stat s) {
        code.add("// line $L\n", s.pos().line());
        if (s instanceof Local l) {
            local(l);
        } else if (s instanceof Assign a) {
            assign(a);
        } else if (s instanceof CallStat c) {
            DirectCalls.Target direct = c.call() instanceof Call call ? chunk.directCalls().target(call, chunk) : null;
            // A statement may call a direct callee that returns nothing, which no expression can.
            if (direct != null) {
                code.addStatement("$L", directRun((Call) c.call(), direct));
            } else {
                discard(c.call());
            }
        } else if (s instanceof Do d) {
            code.add("{\n").indent();
            block(d.body());
            code.unindent().add("}\n");
        } else if (s instanceof While w) {
            code.beginControlFlow("while ($L)", test(w.condition()));
            block(w.body());
            code.endControlFlow();
        } else if (s instanceof Repeat r) {
            code.beginControlFlow("while ($T.loop)", LUA);
            block(r.body());
            if (reachability.completesNormally(r.body())) {
                code.add("// line $L\n", r.condition().pos().line());
                code.beginControlFlow("if ($L)", test(r.condition())).addStatement("break").endControlFlow();
            }
            code.endControlFlow();
        } else if (s instanceof If i) {
            ifStat(i);
        } else if (s instanceof NumericFor f) {
            numericFor(f);
        } else if (s instanceof GenericFor f) {
            genericFor(f);
        } else if (s instanceof FunctionStat f) {
            assignTo(f.target(), closure(f.function()));
        } else if (s instanceof LocalFunction f) {
            localFunction(f);
        } else if (s instanceof Return r) {
            returnStat(r);
        } else if (s instanceof Break) {
            code.addStatement("break");
        } else if (s instanceof Goto g) {
            Label target = scopes.target(g);
            String javaLabel = javaLabels.computeIfAbsent(target, l -> "goto_" + ChunkEmitter.javaIdentifier(l.name()) + "_" + (javaLabels.size() + 1));
            code.addStatement("break $L", javaLabel);
        }
        // Labels produce no code: statements() turned them into labelled blocks.
    }

    private void local(Local l) {
        List<LocalVar> vars = scopes.declared(l);
        List<Expr> values = l.values();
        boolean multiTail = !values.isEmpty() && Ast.isMultiValued(values.get(values.size() - 1)) && values.size() <= vars.size();
        if (multiTail && vars.size() > values.size()) {
            List<CodeBlock> firsts = new ArrayList<>();
            for (int i = 0; i < values.size() - 1; i++) {
                String t = temp();
                code.addStatement("$T $N = $L", Object.class, t, value(values.get(i)));
                firsts.add(CodeBlock.of("$N", t));
            }
            String all = temp();
            code.addStatement("$T[] $N = $L", Object.class, all, multi(values.get(values.size() - 1)));
            for (int i = 0; i < vars.size(); i++) {
                int fromTail = i - (values.size() - 1);
                declare(vars.get(i), fromTail < 0 ? firsts.get(i) : CodeBlock.of("$T.arg($N, $L)", LUA, all, fromTail));
            }
            return;
        }
        // Values are evaluated in order before any of the new locals exist.
        List<CodeBlock> evaluated = new ArrayList<>();
        boolean extraValues = values.size() > vars.size();
        for (int i = 0; i < values.size(); i++) {
            if (i < vars.size()) {
                if (extraValues || vars.size() > 1 && i < values.size() - 1) {
                    String t = temp();
                    code.addStatement("$T $N = $L", Object.class, t, value(values.get(i)));
                    evaluated.add(CodeBlock.of("$N", t));
                } else {
                    evaluated.add(value(values.get(i)));
                }
            } else {
                discard(values.get(i));
            }
        }
        for (int i = 0; i < vars.size(); i++) {
            declare(vars.get(i), i < evaluated.size() ? evaluated.get(i) : CodeBlock.of("null"));
        }
    }

    private void discard(Expr e) {
        // Lua.ignore makes any value an expression statement, a call made at its site (a switch) included.
        code.addStatement("$T.ignore($L)", LUA, value(e));
    }

    private void assign(Assign a) {
        List<Expr> targets = a.targets();
        List<Expr> values = a.values();
        if (targets.size() == 1 && values.size() == 1) {
            if (targets.get(0) instanceof Name n && scopes.ref(n) instanceof VarRef.Local l && numeric.contains(l.var())) {
                NumericLocals.Accumulation acc = NumericLocals.accumulation(a, l.var(), scopes);
                if (acc != null) {
                    accumulate(l.var(), acc, (Binary) values.get(0));
                    return;
                }
            }
            assignTo(targets.get(0), value(values.get(0)));
            return;
        }
        // Lua evaluates the targets' tables and keys, then all values, then assigns right to left.
        code.add("{\n").indent();
        List<CodeBlock[]> places = new ArrayList<>();
        for (Expr t : targets) {
            if (t instanceof Index ix) {
                String o = temp();
                String k = temp();
                code.addStatement("$T $N = $L", Object.class, o, value(ix.object()));
                code.addStatement("$T $N = $L", Object.class, k, value(ix.key()));
                places.add(new CodeBlock[] {CodeBlock.of("$N", o), CodeBlock.of("$N", k), culprit(ix.object())});
            } else {
                places.add(null);
            }
        }
        List<CodeBlock> rhs = new ArrayList<>();
        boolean multiTail = Ast.isMultiValued(values.get(values.size() - 1)) && values.size() <= targets.size();
        int plain = multiTail ? values.size() - 1 : values.size();
        for (int i = 0; i < plain; i++) {
            if (i < targets.size()) {
                String t = temp();
                code.addStatement("$T $N = $L", Object.class, t, value(values.get(i)));
                rhs.add(CodeBlock.of("$N", t));
            } else {
                discard(values.get(i));
            }
        }
        if (multiTail) {
            String all = temp();
            code.addStatement("$T[] $N = $L", Object.class, all, multi(values.get(values.size() - 1)));
            for (int i = plain; i < targets.size(); i++) {
                rhs.add(CodeBlock.of("$T.arg($N, $L)", LUA, all, i - plain));
            }
        }
        for (int i = targets.size() - 1; i >= 0; i--) {
            CodeBlock v = i < rhs.size() ? rhs.get(i) : CodeBlock.of("null");
            CodeBlock[] place = places.get(i);
            if (place == null) {
                assignTo(targets.get(i), v);
            } else {
                code.addStatement("$T.setIndex($L, $L, $L, $L)", LUA, place[0], place[1], v, place[2]);
            }
        }
        code.unindent().add("}\n");
    }

    private void assignTo(Expr target, CodeBlock value) {
        if (target instanceof Name n) {
            assignVar(scopes.ref(n), value);
        } else {
            Index ix = (Index) target;
            CodeBlock site = chunk.fieldHints().siteFor(ix.key());
            if (site != null) {
                code.addStatement("$T.setIndex($L, $L, $L, $L, $L)", LUA, value(ix.object()), value(ix.key()), value,
                        culprit(ix.object()), site);
                return;
            }
            String loopIndex = loopIndex(ix.key());
            if (loopIndex != null) {
                // The index is read last: javac (17) fails on a double left on the operand stack under a
                // switch expression with a try (a method call in the value). The index never changes.
                String o = temp();
                String v = temp();
                code.add("{\n").indent();
                code.addStatement("$T $N = $L", Object.class, o, value(ix.object()));
                code.addStatement("$T $N = $L", Object.class, v, value);
                code.addStatement("$T.setIndex($N, $N, $N, $L)", LUA, o, loopIndex, v, culprit(ix.object()));
                code.unindent().add("}\n");
                return;
            }
            CodeBlock key = AppendKeys.applies(chunk.options().optimisations(), ix, scopes)
                    ? CodeBlock.of("$T.appendKey($L, $L)", LUA, value(ix.object()), culprit(ix.object()))
                    : value(ix.key());
            code.addStatement("$T.setIndex($L, $L, $L, $L)", LUA, value(ix.object()), key, value, culprit(ix.object()));
        }
    }

    private void ifStat(If i) {
        for (int k = 0; k < i.conditions().size(); k++) {
            CodeBlock cond = test(i.conditions().get(k));
            if (k == 0) {
                code.beginControlFlow("if ($L)", cond);
            } else {
                code.nextControlFlow("else if ($L)", cond);
            }
            block(i.blocks().get(k));
        }
        if (i.orElse() != null) {
            code.nextControlFlow("else");
            block(i.orElse());
        }
        code.endControlFlow();
    }

    private void numericFor(NumericFor f) {
        String start = temp();
        String limit = temp();
        String step = temp();
        String index = temp();
        code.add("{\n").indent();
        code.addStatement("double $N = $T.forValue($L, $S)", start, LUA, value(f.start()), "initial value");
        code.addStatement("double $N = $T.forValue($L, $S)", limit, LUA, value(f.limit()), "limit");
        Double constantStep = f.step() == null ? Double.valueOf(1) : f.step() instanceof Num n ? n.value() : null;
        if (f.step() == null) {
            code.addStatement("double $N = 1", step);
        } else {
            code.addStatement("double $N = $T.forValue($L, $S)", step, LUA, value(f.step()), "step");
        }
        String condition;
        if (constantStep != null) {
            condition = constantStep >= 0 ? index + " <= " + limit : index + " >= " + limit;
        } else {
            condition = step + " >= 0 ? " + index + " <= " + limit + " : " + index + " >= " + limit;
        }
        code.beginControlFlow("for (double $N = $N; $L; $N += $N)", index, start, condition, index, step);
        LocalVar v = scopes.declared(f).get(0);
        declare(v, CodeBlock.of("($T) $N", Double.class, index));
        if (!frameMode && !v.reassigned() && !v.captured() && chunk.options().optimisations().numericLocals()) {
            loopIndexes.put(v, index);
        }
        block(f.body());
        code.endControlFlow();
        code.unindent().add("}\n");
    }

    private void genericFor(GenericFor f) {
        String fn = temp();
        String state = temp();
        String control = temp();
        String results = temp();
        code.add("{\n").indent();
        List<Expr> values = f.values();
        List<LocalVar> vars = scopes.declared(f);
        Call prep = LoopSetup.call(chunk.options().optimisations(), f);
        if (prep != null && directWithValues(prep) != null) {
            prep = null; // a direct call returns its results itself
        }
        if (prep != null) {
            // for ... in ipairs(t): the results buffer receives the setup too, see LuaCalls.forPrep.
            code.addStatement("$T[] $N = new Object[$L]", Object.class, results, Math.max(3, vars.size()));
            // ipairs(s:split(",")) passes every value of the inner call (forPrepAll), ipairs(t) the one value.
            Expr arg = prep.args().get(0);
            boolean all = Ast.isMultiValued(arg);
            code.addStatement("$T.$L($L, $L, $L, $N)", CALLS, all ? "forPrepAll" : "forPrep", value(prep.function()),
                    culprit(prep.function()), all ? multi(arg) : value(arg), results);
            code.addStatement("$T $N = $N[0]", Object.class, fn, results);
            code.addStatement("$T $N = $N[1]", Object.class, state, results);
            code.addStatement("$T $N = $N[2]", Object.class, control, results);
        } else if (values.size() == 1 && Ast.isMultiValued(values.get(0)) || values.size() < 3 && !values.isEmpty()
                && Ast.isMultiValued(values.get(values.size() - 1)) || values.size() > 3) {
            String init = temp();
            code.addStatement("$T[] $N = $L", Object.class, init, list(values));
            code.addStatement("$T $N = $T.arg($N, 0)", Object.class, fn, LUA, init);
            code.addStatement("$T $N = $T.arg($N, 1)", Object.class, state, LUA, init);
            code.addStatement("$T $N = $T.arg($N, 2)", Object.class, control, LUA, init);
        } else {
            code.addStatement("$T $N = $L", Object.class, fn, values.size() > 0 ? value(values.get(0)) : CodeBlock.of("null"));
            code.addStatement("$T $N = $L", Object.class, state, values.size() > 1 ? value(values.get(1)) : CodeBlock.of("null"));
            code.addStatement("$T $N = $L", Object.class, control, values.size() > 2 ? value(values.get(2)) : CodeBlock.of("null"));
        }
        if (prep == null) {
            // One results buffer per loop: pairs/ipairs iterate inline in forStep, other iterators are called.
            code.addStatement("$T[] $N = new Object[$L]", Object.class, results, Math.max(2, vars.size()));
        }
        code.beginControlFlow("while ($T.forStep($N, $N, $N, $N))", CALLS, fn, state, control, results);
        code.addStatement("$N = $N[0]", control, results);
        for (int i = 0; i < vars.size(); i++) {
            declare(vars.get(i), CodeBlock.of("$N[$L]", results, i));
        }
        block(f.body());
        code.endControlFlow();
        code.unindent().add("}\n");
    }

    private void localFunction(LocalFunction f) {
        LocalVar v = scopes.declared(f).get(0);
        if (v.needsCell()) {
            declare(v, CodeBlock.of("null"));
            assignVar(new VarRef.Local(v), closure(f.function()));
        } else {
            declare(v, closure(f.function()));
        }
    }

    private void returnStat(Return r) {
        List<Expr> values = r.values();
        if (firstOnly) {
            // run1: the first result; a tail call takes its callee's first result (FirstResultBodies).
            if (values.isEmpty()) {
                code.addStatement("return null");
            } else if (values.get(0) instanceof Call c) {
                CodeBlock atSite = siteCall(c, Ending.TAIL_VALUE);
                code.addStatement("return $L", atSite != null ? atSite
                        : CodeBlock.of("$T.tailValue($L, $L, $L)", CALLS, value(c.function()), culprit(c.function()), list(c.args())));
            } else if (values.get(0) instanceof MethodCall m) {
                CodeBlock atSite = siteMethodCall(m, Ending.TAIL_VALUE);
                code.addStatement("return $L", atSite != null ? atSite : methodCallWithArray(m, "tailMethodValue"));
            } else {
                code.addStatement("return $L", value(values.get(0)));
            }
            return;
        }
        CodeBlock result = switch (shape) {
            case VOID -> null;
            case SINGLE -> value(values.get(0));
            case MULTI -> list(values);
        };
        if (shape == ReturnShape.VOID) {
            for (Expr e : values) {
                discard(e);
            }
            if (inPart) {
                code.addStatement("return $T.NONE", LUA);
            } else {
                code.addStatement("return");
            }
        } else if (shape == ReturnShape.MULTI && values.size() == 1 && values.get(0) instanceof Call c) {
            CodeBlock atSite = siteCall(c, Ending.TAIL_ALL);
            code.addStatement("return $L", atSite != null ? atSite
                    : CodeBlock.of("$T.tailAll($L, $L, $L)", CALLS, value(c.function()), culprit(c.function()), list(c.args())));
        } else if (shape == ReturnShape.MULTI && values.size() == 1 && values.get(0) instanceof MethodCall m) {
            CodeBlock atSite = siteMethodCall(m, Ending.TAIL_ALL);
            code.addStatement("return $L", atSite != null ? atSite : methodCallWithArray(m, "tailMethodAll"));
        } else {
            code.addStatement("return $L", result);
        }
    }

    // ---------------------------------------------------------------- expressions

    /** The function a closure expression creates, with its upvalues captured from this function. */
    private CodeBlock closure(Function f) {
        FunctionInfo target = scopes.function(f);
        LocalVar targetSelf = chunk.selfName(f);
        CodeBlock.Builder b = CodeBlock.builder().add("new $L(env", chunk.classNameOf(f));
        for (LocalVar v : target.upvalues) {
            if (v == targetSelf) {
                continue;
            }
            VarRef ref = v.owner == function ? new VarRef.Local(v) : new VarRef.Upvalue(v);
            b.add(", $L", readContainer(ref, v, false));
        }
        return b.add(")").build();
    }

    /** How LuaJIT names an operand in error messages ({@code local 'x'}, {@code field 'y'}), or null. */
    private String culpritText(Expr e) {
        if (e instanceof Name n) {
            return scopes.ref(n).describe();
        }
        if (e instanceof Index ix && ix.key() instanceof Str s) {
            return "field '" + s.value() + "'";
        }
        return null;
    }

    private CodeBlock culprit(Expr e) {
        String text = culpritText(e);
        return text == null ? CodeBlock.of("null") : CodeBlock.of("$S", text);
    }

    /** All values of an expression list, the last one expanded: an Object[] expression. */
    private CodeBlock list(List<Expr> exprs) {
        if (exprs.isEmpty()) {
            return CodeBlock.of("$T.NONE", LUA);
        }
        Expr last = exprs.get(exprs.size() - 1);
        if (Ast.isMultiValued(last)) {
            if (exprs.size() == 1) {
                return multi(last);
            }
            return withTail(exprs.subList(0, exprs.size() - 1), false, multi(last));
        }
        return array(exprs);
    }

    /**
     * {@code values..., tail...} as one fresh array (with a free slot 0 first when {@code selfSlot}): the
     * fixed values go to temporaries in order, then the tail is evaluated, then one array is made and
     * filled. {@code Lua.expand} of a prefix array made two arrays, and varargs forwarding
     * ({@code self:SumInternal(a, b, ...)}) is the hot case.
     */
    private CodeBlock withTail(List<Expr> fixed, boolean selfSlot, CodeBlock tail) {
        if (fixed.isEmpty() && !selfSlot) {
            return tail;
        }
        CodeBlock.Builder b = CodeBlock.builder().add("switch (0) { default -> { ");
        List<String> names = new ArrayList<>();
        for (Expr e : fixed) {
            String t = temp();
            names.add(t);
            b.add("Object $N = $L; ", t, value(e));
        }
        int offset = selfSlot ? 1 : 0;
        String rest = temp();
        String all = temp();
        b.add("$T[] $N = $L; ", Object.class, rest, tail);
        b.add("$T[] $N = $T.spaceBefore($L, $N); ", Object.class, all, LUA, fixed.size() + offset, rest);
        for (int i = 0; i < names.size(); i++) {
            b.add("$N[$L] = $N; ", all, i + offset, names.get(i));
        }
        return b.add("yield $N; } }", all).build();
    }

    /**
     * A method call's arguments as a fresh array whose slot 0 is left for the object, which the runtime
     * stores there once it has looked the method up: one array per call instead of two.
     */
    private CodeBlock argsWithSelf(List<Expr> args) {
        if (!args.isEmpty() && Ast.isMultiValued(args.get(args.size() - 1))) {
            return withTail(args.subList(0, args.size() - 1), true, multi(args.get(args.size() - 1)));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("new Object[] {null");
        for (Expr e : args) {
            b.add(", ").add(value(e));
        }
        return b.add("}").build();
    }

    private CodeBlock array(List<Expr> exprs) {
        CodeBlock.Builder b = CodeBlock.builder().add("new Object[] {");
        for (int i = 0; i < exprs.size(); i++) {
            b.add(i > 0 ? ", " : "").add(value(exprs.get(i)));
        }
        return b.add("}").build();
    }

    /** All values of a call or vararg as an Object[] expression; one value for anything else. */
    private CodeBlock multi(Expr e) {
        CodeBlock direct = e instanceof Call dc ? directMulti(dc) : null;
        if (direct != null) {
            return direct;
        }
        if (e instanceof Call c) {
            CodeBlock atSite = siteCall(c, Ending.ALL);
            return atSite != null ? atSite
                    : CodeBlock.of("$T.all($L, $L, $L)", CALLS, value(c.function()), culprit(c.function()), list(c.args()));
        }
        if (e instanceof MethodCall m) {
            CodeBlock atSite = siteMethodCall(m, Ending.ALL);
            return atSite != null ? atSite : methodCallWithArray(m, "methodAll");
        }
        if (e instanceof Vararg) {
            return varargs();
        }
        return CodeBlock.of("new Object[] {$L}", value(e));
    }

    private CodeBlock varargs() {
        return frameMode ? CodeBlock.of("(($T[]) frame[0])", Object.class) : CodeBlock.of("va");
    }

    /** One value of an expression (the first, for calls and varargs): an Object expression. */
    CodeBlock value(Expr e) {
        if (e instanceof Nil) {
            return CodeBlock.of("null");
        }
        if (e instanceof True) {
            return CodeBlock.of("$T.TRUE", Boolean.class);
        }
        if (e instanceof False) {
            return CodeBlock.of("$T.FALSE", Boolean.class);
        }
        if (e instanceof Num n) {
            return chunk.number(n.value());
        }
        if (e instanceof Str s) {
            return chunk.string(s.value());
        }
        if (e instanceof Vararg) {
            return CodeBlock.of("$T.arg($L, 0)", LUA, varargs());
        }
        if (e instanceof Function f) {
            return closure(f);
        }
        if (e instanceof Name n) {
            return read(scopes.ref(n));
        }
        if (e instanceof Index ix) {
            CodeBlock site = chunk.fieldHints().siteFor(ix.key());
            if (site != null) {
                return CodeBlock.of("$T.index($L, $L, $L, $L)", LUA, value(ix.object()), value(ix.key()), culprit(ix.object()), site);
            }
            String loopIndex = loopIndex(ix.key());
            return CodeBlock.of("$T.index($L, $L, $L)", LUA, value(ix.object()),
                    loopIndex != null ? CodeBlock.of("$N", loopIndex) : value(ix.key()), culprit(ix.object()));
        }
        if (e instanceof Call c) {
            return call(c);
        }
        if (e instanceof MethodCall m) {
            return methodCall(m);
        }
        if (e instanceof Paren p) {
            return value(p.inner());
        }
        if (e instanceof Binary b) {
            return binary(b);
        }
        if (e instanceof Unary u) {
            return unary(u);
        }
        if (e instanceof And a) {
            return andOr(a.left(), a.right(), true);
        }
        if (e instanceof Or o) {
            return andOr(o.left(), o.right(), false);
        }
        return table((Table) e);
    }

    private CodeBlock call(Call c) {
        DirectCalls.Target direct = directWithValues(c);
        if (direct != null) {
            CodeBlock run = directRun(c, direct);
            return direct.shape() == ReturnShape.SINGLE ? run : CodeBlock.of("$T.first($L)", LUA, run);
        }
        List<Expr> args = c.args();
        CodeBlock f = value(c.function());
        CodeBlock who = culprit(c.function());
        if (VarargSelect.applies(chunk.options().optimisations(), c)) {
            String loopIndex = loopIndex(args.get(0));
            return CodeBlock.of("$T.selectFirst($L, $L, $L, $L)", CALLS, f, who,
                    loopIndex != null ? CodeBlock.of("$N", loopIndex) : value(args.get(0)), varargs());
        }
        SiteCalls.Args atSite = siteArgs(args, MAX_FIXED_ARGS, Ending.VALUE);
        if (atSite != null && chunk.options().optimisations().siteCalls()) {
            return SiteCalls.call(siteWriter, f, who, atSite, Ending.VALUE);
        }
        if (atSite == null) { // more than six arguments, or a call or "..." last without site calls
            return CodeBlock.of("$T.valueArgs($L, $L, $L)", CALLS, f, who, list(args));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$T.value($L, $L", CALLS, f, who);
        for (Expr a : args) {
            b.add(", $L", value(a));
        }
        return b.add(")").build();
    }

    /** The direct target of a call whose value is used: null when not direct or its callee returns nothing. */
    private DirectCalls.Target directWithValues(Call c) {
        DirectCalls.Target direct = chunk.directCalls().target(c, chunk);
        return direct != null && direct.shape() != ReturnShape.VOID ? direct : null;
    }

    /** All results of a direct call as an Object[], or null when the call is not direct or returns nothing. */
    private CodeBlock directMulti(Call c) {
        DirectCalls.Target direct = directWithValues(c);
        if (direct == null) {
            return null;
        }
        CodeBlock run = directRun(c, direct);
        return direct.shape() == ReturnShape.MULTI ? run : CodeBlock.of("new Object[] {$L}", run);
    }

    /** {@code ((F3_f) f).run(args)}: missing arguments are nil, extra ones go to the callee's varargs. */
    private CodeBlock directRun(Call c, DirectCalls.Target target) {
        List<Expr> args = c.args();
        CodeBlock.Builder b = CodeBlock.builder().add("(($L) $L).run(", target.className(), value(c.function()));
        for (int i = 0; i < target.params(); i++) {
            b.add(i > 0 ? ", " : "").add(i < args.size() ? value(args.get(i)) : CodeBlock.of("null"));
        }
        if (target.vararg()) {
            b.add(target.params() > 0 ? ", " : "");
            b.add(args.size() > target.params() ? array(args.subList(target.params(), args.size())) : CodeBlock.of("$T.NONE", LUA));
        }
        return b.add(")").build();
    }

    /**
     * {@code o:m(args)} for its first value. LuaJIT looks the method up before it evaluates the arguments,
     * and checks that it is callable after; the call itself is made here, at the call site, rather than in
     * a runtime helper shared by every site, so that each site has its own type profile and HotSpot can
     * inline the method a site always calls.
     */
    private CodeBlock methodCall(MethodCall m) {
        CodeBlock atSite = methodCallAtSite(m, Ending.VALUE);
        return atSite != null ? atSite : methodCallWithArray(m, "methodValueArgs");
    }

    /** {@code f(args)} made at its site for every result or as a tail call (site calls on), else null. */
    private CodeBlock siteCall(Call c, Ending ending) {
        SiteCalls.Args args = siteArgs(c.args(), MAX_FIXED_ARGS, ending);
        if (!chunk.options().optimisations().siteCalls() || args == null) {
            return null;
        }
        return SiteCalls.call(siteWriter, value(c.function()), culprit(c.function()), args, ending);
    }

    /** {@link #methodCallAtSite} for every result or as a tail call: with site calls on only. */
    private CodeBlock siteMethodCall(MethodCall m, Ending ending) {
        return chunk.options().optimisations().siteCalls() ? methodCallAtSite(m, ending) : null;
    }

    /**
     * {@link SiteCalls#argsOf}, except that a call or {@code ...} last is passed at the site only with site
     * calls on (off, a method call with fixed arguments is still made at its site, the rest by the helpers),
     * and a direct call last of a function that returns one value is a fixed argument.
     */
    private SiteCalls.Args siteArgs(List<Expr> args, int max, Ending ending) {
        SiteCalls.Args at = SiteCalls.argsOf(args, max, ending);
        if (at == null || at.last() == SiteCalls.Last.FIXED) {
            return at;
        }
        if (!chunk.options().optimisations().siteCalls()) {
            return null;
        }
        // A direct call of a function that returns one value is a fixed argument: nothing to count.
        DirectCalls.Target direct = args.get(args.size() - 1) instanceof Call c ? directWithValues(c) : null;
        return direct != null && direct.shape() == ReturnShape.SINGLE ? new SiteCalls.Args(args, SiteCalls.Last.FIXED) : at;
    }

    /** The emitter's side of a site call: temporaries and argument code. */
    private final SiteCalls.Writer siteWriter = new SiteCalls.Writer() {
        @Override
        public String temp() {
            return FunctionEmitter.this.temp();
        }

        @Override
        public CodeBlock value(Expr e) {
            return FunctionEmitter.this.value(e);
        }

        @Override
        public CodeBlock all(Expr e) {
            return multi(e);
        }
    };

    /** {@code o:m(args)} made at its site, or null when its arguments are not a fixed list short enough. */
    private CodeBlock methodCallAtSite(MethodCall m, Ending ending) {
        SiteCalls.Args args = siteArgs(m.args(), MAX_FIXED_ARGS - 1, ending);
        if (args == null) {
            return null;
        }
        OpenedMethodCall om = openMethodCall(m);
        CodeBlock callee = CodeBlock.of("$T.methodCallee($N, $S)", CALLS, om.method(), m.method());
        return CodeBlock.of("$L$L", om.code(), SiteCalls.invoke(siteWriter, args, om.object(), callee,
                CodeBlock.of("$S", "method '" + m.method() + "'"), true, ending));
    }

    /** {@code o:m(args)} through a runtime helper that takes the arguments as an array with slot 0 free. */
    private CodeBlock methodCallWithArray(MethodCall m, String helper) {
        OpenedMethodCall om = openMethodCall(m);
        return CodeBlock.of("$Lyield $T.$L($N, $N, $S, $L); } }", om.code(), CALLS, helper, om.object(), om.method(),
                m.method(), argsWithSelf(m.args()));
    }

    /** The opening of a method call's switch block, and its temporaries for the object and the method. */
    private record OpenedMethodCall(CodeBlock code, String object, String method) {
    }

    /**
     * Opens {@code switch (0) { default -> { } }} and declares in it the object of {@code o:m()} and the
     * method looked up in it (through the name's hint site when field hints are on). The caller adds the
     * arguments and the call and closes both braces.
     */
    private OpenedMethodCall openMethodCall(MethodCall m) {
        String o = temp();
        String method = temp();
        CodeBlock object = value(m.object());
        CodeBlock site = chunk.fieldHints().nextSite();
        CodeBlock code = CodeBlock.of("switch (0) { default -> { $T $N = $L; $T $N = $T.methodOf($N, $L, $S, $L); ",
                Object.class, o, object, Object.class, method, CALLS, o, culprit(m.object()), m.method(),
                site != null ? site : CodeBlock.of("null, 0"));
        return new OpenedMethodCall(code, o, method);
    }

    private CodeBlock binary(Binary b) {
        return switch (b.op()) {
            case EQ, NE, LT, LE, GT, GE -> CodeBlock.of("$T.bool($L)", LUA, test(b));
            case CONCAT -> arithmetic("concat", b);
            case ADD, SUB, MUL, DIV, MOD, POW -> arithmetic(arithmeticMethod(b.op()), b);
        };
    }

    /** The runtime method of an arithmetic operator ({@code Lua.add} ... {@code Lua.pow}). */
    private static String arithmeticMethod(BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MOD -> "mod";
            case POW -> "pow";
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private CodeBlock arithmetic(String method, Binary b) {
        if (culpritText(b.left()) != null || culpritText(b.right()) != null) {
            return CodeBlock.of("$T.$L($L, $L, $L, $L)", LUA, method, value(b.left()), value(b.right()), culprit(b.left()), culprit(b.right()));
        }
        return CodeBlock.of("$T.$L($L, $L)", LUA, method, value(b.left()), value(b.right()));
    }

    private CodeBlock unary(Unary u) {
        return switch (u.op()) {
            case NOT -> CodeBlock.of("$T.bool(!$L)", LUA, test(u.operand()));
            case LEN -> CodeBlock.of("$T.len($L, $L)", LUA, value(u.operand()), culprit(u.operand()));
            case NEG -> u.operand() instanceof Num n ? chunk.number(-n.value())
                    : CodeBlock.of("$T.unm($L, $L)", LUA, value(u.operand()), culprit(u.operand()));
        };
    }

    /** {@code a and b} / {@code a or b} as values: the left operand is evaluated once. */
    private CodeBlock andOr(Expr left, Expr right, boolean isAnd) {
        if (isSimple(left)) {
            CodeBlock l = value(left);
            return isAnd ? CodeBlock.of("($T.truthy($L) ? $L : $L)", LUA, l, value(right), l)
                    : CodeBlock.of("($T.truthy($L) ? $L : $L)", LUA, l, l, value(right));
        }
        String t = temp();
        CodeBlock pick = isAnd ? CodeBlock.of("$T.truthy($N) ? $L : $N", LUA, t, value(right), t)
                : CodeBlock.of("$T.truthy($N) ? $N : $L", LUA, t, t, value(right));
        return CodeBlock.of("switch (0) { default -> { $T $N = $L; yield $L; } }", Object.class, t, value(left), pick);
    }

    /** Reading it twice costs nothing and has no effect: constants and local variables. */
    private boolean isSimple(Expr e) {
        if (e instanceof Nil || e instanceof True || e instanceof False || e instanceof Num || e instanceof Str) {
            return true;
        }
        return e instanceof Name n && !(scopes.ref(n) instanceof VarRef.Global);
    }

    /** An expression as a Java boolean (Lua truthiness), without boxing comparisons. */
    private CodeBlock test(Expr e) {
        if (e instanceof True) {
            return CodeBlock.of("$T.truthy($T.TRUE)", LUA, Boolean.class);
        }
        if (e instanceof Unary u && u.op() == UnaryOp.NOT) {
            return CodeBlock.of("!$L", test(u.operand()));
        }
        if (e instanceof And a) {
            return CodeBlock.of("($L && $L)", test(a.left()), test(a.right()));
        }
        if (e instanceof Or o) {
            return CodeBlock.of("($L || $L)", test(o.left()), test(o.right()));
        }
        if (e instanceof Binary b) {
            String method = switch (b.op()) {
                case EQ, NE -> "eq";
                case LT -> "lt";
                case LE -> "le";
                case GT -> "gt";
                case GE -> "ge";
                default -> null;
            };
            if (method != null) {
                CodeBlock c = CodeBlock.of("$T.$L($L, $L)", LUA, method, value(b.left()), value(b.right()));
                return b.op() == BinaryOp.NE ? CodeBlock.of("!$L", c) : c;
            }
        }
        return CodeBlock.of("$T.truthy($L)", LUA, value(e));
    }

    private CodeBlock table(Table t) {
        List<Field> fields = t.fields();
        if (fields.isEmpty()) {
            return CodeBlock.of("new $T()", TABLE);
        }
        if (frameMode && sizes.expr(t) > chunk.options().splitBudget()) {
            return splitTable(t);
        }
        List<Expr> positional = new ArrayList<>();
        boolean keyed = false;
        for (Field f : fields) {
            if (f.key() == null) {
                positional.add(f.value());
            } else {
                keyed = true;
            }
        }
        if (!keyed) {
            Expr last = positional.get(positional.size() - 1);
            if (Ast.isMultiValued(last)) {
                return CodeBlock.of("$T.tableOf($L)", LUA, list(positional));
            }
            return CodeBlock.of("$T.ofArray($L)", TABLE, array(positional));
        }
        if (positional.isEmpty()) {
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            boolean distinctNames = true;
            for (Field f : fields) {
                distinctNames &= f.key() instanceof Str k && names.add(k.value());
            }
            String layout = distinctNames ? chunk.tableLayouts().fieldFor(List.copyOf(names)) : null;
            CodeBlock.Builder b = layout != null
                    ? CodeBlock.builder().add("$T.ofLayout($N, new Object[] {", TABLE, layout)
                    : CodeBlock.builder().add("$T.$L(new Object[] {", LUA, distinctNames ? "tableOfNames" : "tableOfPairs");
            for (int i = 0; i < fields.size(); i++) {
                b.add(i > 0 ? ", " : "").add("$L, $L", value(fields.get(i).key()), value(fields.get(i).value()));
            }
            return b.add("})").build();
        }
        // Mixed constructor: fields are evaluated in source order.
        String tv = temp();
        CodeBlock.Builder b = CodeBlock.builder().add("switch (0) { default -> { $T $N = new $T($L, $L); ",
                TABLE, tv, TABLE, positional.size(), fields.size() - positional.size());
        int[] index = {0};
        for (int i = 0; i < fields.size(); i++) {
            b.add("$L; ", fieldStore(tv, fields, i, index));
        }
        return b.add("yield $N; } }", tv).build();
    }

    /**
     * A constructor too big for one method (a data file's {@code return { ... }} of thousands of
     * entries with calls in them): its fields are stored by helper methods {@code fill$N(frame, t)},
     * each under the split budget, in source order; each helper ends by calling the next, so the
     * expression is just {@code fill$1(frame, new LuaTable(a, h))} however many pieces there are.
     * Only in frame mode, where every local the fields read lives in {@code frame}.
     */
    private CodeBlock splitTable(Table t) {
        List<Field> fields = t.fields();
        int positionalCount = 0;
        for (Field f : fields) {
            positionalCount += f.key() == null ? 1 : 0;
        }
        List<Integer> starts = pieceStarts(fields);
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            parts.add(null);
            slots.add(parts.size() - 1);
            chunk.countSplitMethod();
        }
        int[] index = {0};
        for (int piece = 0; piece < starts.size(); piece++) {
            int from = starts.get(piece);
            int to = piece + 1 < starts.size() ? starts.get(piece + 1) : fields.size();
            CodeBlock.Builder saved = code;
            boolean savedInPart = inPart;
            code = CodeBlock.builder();
            inPart = true;
            for (int i = from; i < to; i++) {
                code.add("// line $L\n", fields.get(i).value().pos().line());
                code.addStatement("$L", fieldStore("table$", fields, i, index));
            }
            if (piece + 1 < starts.size()) {
                code.addStatement("return $N(frame, table$$)", fillName(slots.get(piece + 1)));
            } else {
                code.addStatement("return table$$");
            }
            parts.set(slots.get(piece), MethodSpec.methodBuilder(fillName(slots.get(piece))).addModifiers(Modifier.PRIVATE)
                    .addParameter(OBJECT_ARRAY, "frame").addParameter(TABLE, "table$").returns(TABLE)
                    .addCode(code.build()).build());
            code = saved;
            inPart = savedInPart;
        }
        return CodeBlock.of("$N(frame, new $T($L, $L))", fillName(slots.get(0)), TABLE, positionalCount,
                fields.size() - positionalCount);
    }

    /**
     * Stores field {@code i} of a constructor into the table in variable {@code table}, in source order:
     * keyed fields by key, positional ones at the next index ({@code index[0]}, advanced here), a
     * multi-valued last item expanded from that index on.
     */
    private CodeBlock fieldStore(String table, List<Field> fields, int i, int[] index) {
        Field f = fields.get(i);
        if (f.key() != null) {
            return CodeBlock.of("$T.tableSet($N, $L, $L)", LUA, table, value(f.key()), value(f.value()));
        }
        if (i == fields.size() - 1 && Ast.isMultiValued(f.value())) {
            return CodeBlock.of("$T.tableSetAll($N, $L, $L)", LUA, table, index[0] + 1, multi(f.value()));
        }
        index[0]++;
        return CodeBlock.of("$N.set($L, $L)", table, index[0], value(f.value()));
    }

    private static String fillName(int slot) {
        return dev.lua2java.runtime.LineMap.FILL_PREFIX + (slot + 1);
    }

    /** Where each piece of a split constructor starts: consecutive fields up to the split budget. */
    private List<Integer> pieceStarts(List<Field> fields) {
        int budget = chunk.options().splitBudget();
        List<Integer> starts = new ArrayList<>();
        int size = budget;
        for (int i = 0; i < fields.size(); i++) {
            if (size >= budget) {
                starts.add(i);
                size = 0;
            }
            Field f = fields.get(i);
            size += sizes.expr(f.value()) + (f.key() == null ? 0 : sizes.expr(f.key()));
        }
        return starts;
    }
}
