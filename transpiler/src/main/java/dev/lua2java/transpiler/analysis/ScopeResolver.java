package dev.lua2java.transpiler.analysis;

import dev.lua2java.transpiler.LuaCompileError;
import dev.lua2java.transpiler.ast.Ast;
import dev.lua2java.transpiler.ast.Ast.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves names to locals, upvalues and globals, records which locals closures capture and which are
 * reassigned, and resolves each goto to its label.
 *
 * <p>Takes a {@link Ast.Chunk}, returns {@link Scopes}. Rejects, with {@code file:line:col: message},
 * what Lua rejects (undefined labels, duplicate labels, a jump into the scope of a local) and what this
 * compiler does not support (backward gotos, which no PoB code uses).
 */
public final class ScopeResolver {
    private final String file;
    private final Scopes scopes = new Scopes();
    private int nextVarId;

    /** One block being resolved: its visible locals (name to innermost declaration) and its labels. */
    private static final class BlockScope {
        final Map<String, LocalVar> locals = new HashMap<>();
        final BlockScope parent;
        final FunctionInfo function;
        final Block block;
        final Map<String, Integer> labelIndex = new HashMap<>();

        BlockScope(BlockScope parent, FunctionInfo function, Block block) {
            this.parent = parent;
            this.function = function;
            this.block = block;
        }
    }

    private BlockScope scope;
    /** For each enclosing block of the current function, the index of the statement being resolved. */
    private final Deque<int[]> statementIndex = new ArrayDeque<>();
    private final List<PendingGoto> pendingGotos = new ArrayList<>();

    private record PendingGoto(Goto stat, List<BlockScope> blocks, List<Integer> indexes) {
    }

    private ScopeResolver(String file) {
        this.file = file;
    }

    public static Scopes resolve(Chunk chunk) {
        ScopeResolver r = new ScopeResolver(chunk.name());
        r.function(chunk.main());
        return r.scopes;
    }

    private LuaCompileError error(Pos p, String message) {
        return new LuaCompileError(file, p.line(), p.column(), message);
    }

    // ---------------------------------------------------------------- functions and blocks

    private void function(Function f) {
        FunctionInfo parentInfo = scope == null ? null : scope.function;
        FunctionInfo info = new FunctionInfo(f, scopes.functionOrder.size(), parentInfo);
        scopes.functions.put(f, info);
        scopes.functionOrder.add(info);
        BlockScope saved = scope;
        List<PendingGoto> savedGotos = new ArrayList<>(pendingGotos);
        pendingGotos.clear();
        Deque<int[]> savedIndexes = new ArrayDeque<>(statementIndex);
        statementIndex.clear();
        scope = new BlockScope(saved, info, f.body());
        for (String p : f.params()) {
            LocalVar v = declare(p, f.pos());
            info.params.add(v);
        }
        scopes.declarations.put(f, info.params);
        blockBody(f.body());
        checkGotos();
        scope = saved;
        pendingGotos.clear();
        pendingGotos.addAll(savedGotos);
        statementIndex.clear();
        statementIndex.addAll(savedIndexes);
    }

    private void block(Block b) {
        scope = new BlockScope(scope, scope.function, b);
        blockBody(b);
        scope = scope.parent;
    }

    private void blockBody(Block b) {
        List<Stat> stats = b.stats();
        for (int i = 0; i < stats.size(); i++) {
            if (stats.get(i) instanceof Label l) {
                if (findLabel(l.name()) != null) {
                    throw error(l.pos(), "label '" + l.name() + "' already defined");
                }
                scope.labelIndex.put(l.name(), i);
            }
        }
        int[] index = new int[1];
        statementIndex.push(index);
        for (int i = 0; i < stats.size(); i++) {
            index[0] = i;
            stat(stats.get(i));
        }
        statementIndex.pop();
    }

    private Integer findLabel(String name) {
        for (BlockScope s = scope; s != null && s.function == scope.function; s = s.parent) {
            Integer i = s.labelIndex.get(name);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private LocalVar declare(String name, Pos pos) {
        LocalVar v = new LocalVar(name, nextVarId++, scope.function.function, pos);
        scope.locals.put(name, v);
        return v;
    }

    // ---------------------------------------------------------------- statements

    private void stat(Stat s) {
        if (s instanceof Local l) {
            exprs(l.values());
            List<LocalVar> vars = new ArrayList<>();
            for (String n : l.names()) {
                vars.add(declare(n, l.pos()));
            }
            scopes.declarations.put(l, vars);
        } else if (s instanceof Assign a) {
            for (Expr t : a.targets()) {
                if (t instanceof Name n) {
                    assignName(n);
                } else {
                    expr(t);
                }
            }
            exprs(a.values());
        } else if (s instanceof CallStat c) {
            expr(c.call());
        } else if (s instanceof Do d) {
            block(d.body());
        } else if (s instanceof While w) {
            expr(w.condition());
            block(w.body());
        } else if (s instanceof Repeat r) {
            // The condition sees the body's locals.
            scope = new BlockScope(scope, scope.function, r.body());
            blockBody(r.body());
            expr(r.condition());
            scope = scope.parent;
        } else if (s instanceof If i) {
            for (int k = 0; k < i.conditions().size(); k++) {
                expr(i.conditions().get(k));
                block(i.blocks().get(k));
            }
            if (i.orElse() != null) {
                block(i.orElse());
            }
        } else if (s instanceof NumericFor f) {
            expr(f.start());
            expr(f.limit());
            if (f.step() != null) {
                expr(f.step());
            }
            scope = new BlockScope(scope, scope.function, f.body());
            scopes.declarations.put(f, List.of(declare(f.var(), f.pos())));
            blockBody(f.body());
            scope = scope.parent;
        } else if (s instanceof GenericFor f) {
            exprs(f.values());
            scope = new BlockScope(scope, scope.function, f.body());
            List<LocalVar> vars = new ArrayList<>();
            for (String n : f.names()) {
                vars.add(declare(n, f.pos()));
            }
            scopes.declarations.put(f, vars);
            blockBody(f.body());
            scope = scope.parent;
        } else if (s instanceof FunctionStat f) {
            if (f.target() instanceof Name n) {
                assignName(n);
            } else {
                expr(f.target());
            }
            function(f.function());
        } else if (s instanceof LocalFunction f) {
            LocalVar v = declare(f.name(), f.pos());
            scopes.declarations.put(f, List.of(v));
            scopes.localFunctionNames.put(f.function(), v);
            function(f.function());
        } else if (s instanceof Return r) {
            exprs(r.values());
        } else if (s instanceof Goto g) {
            recordGoto(g);
        }
        // Break and Label need nothing here: labels were collected by blockBody.
    }

    private void assignName(Name n) {
        VarRef ref = lookup(n);
        if (ref instanceof VarRef.Local l) {
            l.var().reassigned = true;
        } else if (ref instanceof VarRef.Upvalue u) {
            u.var().reassigned = true;
        }
    }

    // ---------------------------------------------------------------- expressions

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e instanceof Name n) {
            lookup(n);
        } else if (e instanceof Index i) {
            expr(i.object());
            expr(i.key());
        } else if (e instanceof Call c) {
            expr(c.function());
            exprs(c.args());
        } else if (e instanceof MethodCall m) {
            expr(m.object());
            exprs(m.args());
        } else if (e instanceof Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Unary u) {
            expr(u.operand());
        } else if (e instanceof And a) {
            expr(a.left());
            expr(a.right());
        } else if (e instanceof Or o) {
            expr(o.left());
            expr(o.right());
        } else if (e instanceof Paren p) {
            expr(p.inner());
        } else if (e instanceof Table t) {
            for (Field f : t.fields()) {
                if (f.key() != null) {
                    expr(f.key());
                }
                expr(f.value());
            }
        } else if (e instanceof Function f) {
            function(f);
        } else if (e instanceof Vararg v) {
            if (!scope.function.function.vararg()) {
                throw error(v.pos(), "cannot use '...' outside a vararg function near '...'");
            }
        }
    }

    private VarRef lookup(Name n) {
        FunctionInfo here = scope.function;
        for (BlockScope s = scope; s != null; s = s.parent) {
            LocalVar v = s.locals.get(n.name());
            if (v == null) {
                continue;
            }
            VarRef ref;
            if (s.function == here) {
                ref = new VarRef.Local(v);
            } else {
                v.captured = true;
                if (isOwnLocalFunctionName(v, here)) {
                    v.capturedBeforeAssigned = true;
                }
                for (FunctionInfo f = here; f != s.function; f = f.parent) {
                    if (!f.upvalues.contains(v)) {
                        f.upvalues.add(v);
                    }
                }
                ref = new VarRef.Upvalue(v);
            }
            scopes.refs.put(n, ref);
            return ref;
        }
        VarRef ref = new VarRef.Global(n.name());
        scopes.refs.put(n, ref);
        return ref;
    }

    /** True when {@code v} is declared by {@code local function v} and used inside that very function. */
    private boolean isOwnLocalFunctionName(LocalVar v, FunctionInfo here) {
        for (FunctionInfo f = here; f != null; f = f.parent) {
            if (scopes.localFunctionNames.get(f.function) == v) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- goto

    private void recordGoto(Goto g) {
        List<BlockScope> blocks = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        int depth = 0;
        int[][] idx = statementIndex.toArray(new int[0][]);
        for (BlockScope s = scope; s != null && s.function == scope.function; s = s.parent) {
            blocks.add(s);
            indexes.add(depth < idx.length ? idx[depth][0] : 0);
            depth++;
        }
        pendingGotos.add(new PendingGoto(g, blocks, indexes));
    }

    /** Called at the end of each function: every goto must reach a visible label further down. */
    private void checkGotos() {
        for (PendingGoto p : pendingGotos) {
            Goto g = p.stat();
            boolean found = false;
            for (int k = 0; k < p.blocks().size() && !found; k++) {
                BlockScope s = p.blocks().get(k);
                Integer labelAt = s.labelIndex.get(g.label());
                if (labelAt == null) {
                    continue;
                }
                found = true;
                int from = p.indexes().get(k);
                List<Stat> stats = s.block.stats();
                if (labelAt <= from) {
                    throw error(g.pos(), "backward goto to label '" + g.label()
                            + "' is not supported (only forward jumps such as 'continue' compile to Java)");
                }
                checkNoLocalSkipped(g, stats, from, labelAt);
                scopes.gotoTargets.put(g, (Label) stats.get(labelAt));
            }
            if (!found) {
                throw error(g.pos(), "no visible label '" + g.label() + "' for goto");
            }
        }
    }

    /** Lua forbids jumping into the scope of a local unless the label ends its block. */
    private void checkNoLocalSkipped(Goto g, List<Stat> stats, int from, int labelAt) {
        boolean labelEndsBlock = true;
        for (int i = labelAt + 1; i < stats.size(); i++) {
            if (!(stats.get(i) instanceof Label)) {
                labelEndsBlock = false;
                break;
            }
        }
        if (labelEndsBlock) {
            return;
        }
        for (int i = from + 1; i < labelAt; i++) {
            Stat s = stats.get(i);
            String name = s instanceof Local l ? l.names().get(0) : s instanceof LocalFunction lf ? lf.name() : null;
            if (name != null) {
                throw error(g.pos(), "<goto " + g.label() + "> at line " + g.pos().line()
                        + " jumps into the scope of local '" + name + "'");
            }
        }
    }
}
