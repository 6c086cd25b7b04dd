package dev.lua2java.runtime;

import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A Lua coroutine ({@code type(co) == "thread"}), run on a platform thread of its own.
 *
 * <p><b>Why threads.</b> Generated code is plain Java methods whose locals live on the Java stack, so a
 * coroutine that yields from deep inside nested calls (through {@code pcall}, metamethods, library
 * callbacks) must keep a whole Java stack alive while it is suspended. Java 17 has neither continuations
 * nor virtual threads, so each live coroutine gets a platform thread. Exactly one of the threads involved
 * runs at any time: {@link #resume} hands the arguments to the coroutine's thread and parks until that
 * thread yields, returns or fails, and {@link #yield} does the reverse ({@link LockSupport} park/unpark on
 * volatile flags). Path of Building uses coroutines for item-database loading and node-power reports,
 * not in the calculation path, so the cost of two thread switches per resume/yield pair is acceptable:
 * about 8 µs per pair and 20 µs to create and finish a coroutine on a 2-core machine, against well under
 * a microsecond in LuaJIT. (Spinning before parking was tried and is much slower on few cores.)
 *
 * <p><b>Cost and lifetime.</b> A coroutine takes a thread lazily, on its first resume, from a cached pool
 * of daemon threads; when its body returns or fails, the thread goes back to the pool (idle threads end
 * after {@value #KEEP_ALIVE_SECONDS} s). A suspended coroutine costs one parked platform thread. The
 * threads reserve a big stack ({@code -Dlua2java.coroutine.stackSize=bytes}, default 256 MB of address
 * space, committed only as used) so that deep Lua recursion inside a coroutine works as on the main
 * thread. A coroutine that is abandoned while suspended would park its thread forever: a {@link Cleaner}
 * watches the {@code LuaCoroutine} object and, once it is unreachable, wakes the thread with an internal
 * error that unwinds the coroutine's Java stack (Lua's {@code pcall} does not catch it) and frees the
 * thread. The thread itself only references internal state, never the {@code LuaCoroutine} object (the
 * running coroutine is found through a weak reference), so an abandoned coroutine does become
 * unreachable, unless its own suspended stack or closure holds a reference to it (for example the
 * upvalue in {@code local co; co = coroutine.create(function() ... co ... end)}): a thread is a GC root,
 * so such a coroutine, abandoned while suspended, keeps its thread until the program ends.
 *
 * <p><b>Differences from LuaJIT.</b> LuaJIT refuses to yield across a C call boundary (from a
 * {@code table.sort} comparator, a {@code string.gsub} callback...); a thread per coroutine could yield
 * there, so those library functions mark themselves non-yieldable and {@code yield} refuses with LuaJIT's
 * message. A Java error that is not a
 * Lua error (for example {@code os.exit}'s exit request) thrown inside a coroutine kills the coroutine and
 * is rethrown by the resume on the resumer's thread. Stack overflow inside a coroutine is reported as
 * {@code chunk:line: stack overflow} like LuaJIT, but happens at a different depth.
 */
public final class LuaCoroutine {
    private static final int KEEP_ALIVE_SECONDS = 30;
    private static final long STACK_SIZE = Long.getLong("lua2java.coroutine.stackSize", 256L << 20);

    private static final AtomicLong THREAD_NUMBER = new AtomicLong();
    /** Coroutines currently holding a thread (started, not yet dead or released). */
    private static final AtomicInteger LIVE = new AtomicInteger();

    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Worker(task, "lua-coroutine-" + THREAD_NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private static final Cleaner CLEANER = Cleaner.create();

    /** The states of {@code coroutine.status}, with their Lua names. */
    public enum Status {
        SUSPENDED("suspended"), RUNNING("running"), NORMAL("normal"), DEAD("dead");

        private final String luaName;

        Status(String luaName) {
            this.luaName = luaName;
        }

        public String luaName() {
            return luaName;
        }
    }

    private final Control control;
    private Cleaner.Cleanable cleanable;

    public LuaCoroutine(LuaFunction body) {
        this.control = new Control(this, body);
    }

    /** The coroutine running on the current thread; null on a thread that is not running a coroutine. */
    public static LuaCoroutine running() {
        Control c = currentControl();
        return c == null ? null : c.owner.get();
    }

    /** Whether the current code can yield: inside a coroutine and not inside a library callback. */
    public static boolean isYieldable() {
        Control c = currentControl();
        return c != null && c.nonYieldable == 0;
    }

    /** Coroutines that currently hold a thread (suspended or running); for tests and diagnostics. */
    public static int liveThreads() {
        return LIVE.get();
    }

    private static Control currentControl() {
        return Thread.currentThread() instanceof Worker w ? w.current : null;
    }

    public Status status() {
        return control.status.get();
    }

    /**
     * {@code coroutine.resume(co, ...)}: the values of a Lua resume, {@code true} followed by the values
     * yielded or returned, or {@code false} and the error value (also for a dead or non-suspended
     * coroutine). A Java throwable that is not a Lua error escaping the coroutine's body is rethrown here.
     */
    public Object[] resume(Object[] args) {
        Control c = control;
        Status s = c.status.get();
        if (s == Status.DEAD) {
            return new Object[] {Boolean.FALSE, "cannot resume dead coroutine"};
        }
        if (s != Status.SUSPENDED || !c.status.compareAndSet(Status.SUSPENDED, Status.RUNNING)) {
            return new Object[] {Boolean.FALSE, "cannot resume running coroutine"};
        }
        Control caller = currentControl();
        if (caller != null) {
            caller.status.set(Status.NORMAL);
        }
        try {
            c.transfer = args;
            c.resumer = Thread.currentThread();
            c.coroutineTurn = true;
            if (!c.started) {
                start(c);
            } else {
                LockSupport.unpark(c.worker);
            }
            boolean interrupted = false;
            while (c.coroutineTurn) {
                LockSupport.park(c);
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            if (caller != null) {
                caller.status.set(Status.RUNNING);
            }
        }
        // The coroutine's thread finds this object through a weak reference while it runs.
        Reference.reachabilityFence(this);
        Object[] out = c.transfer;
        c.transfer = null;
        if (c.status.get() == Status.DEAD && cleanable != null) {
            cleanable.clean();
            cleanable = null;
        }
        Throwable foreign = c.foreign;
        if (foreign != null) {
            c.foreign = null;
            if (foreign instanceof RuntimeException re) {
                throw re;
            }
            if (foreign instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(foreign);
        }
        if (c.failed) {
            return new Object[] {Boolean.FALSE, out[0]};
        }
        return Lua.expand(new Object[] {Boolean.TRUE}, out);
    }

    private void start(Control c) {
        c.started = true;
        try {
            POOL.execute(c);
        } catch (RuntimeException | Error e) {
            c.started = false;
            c.coroutineTurn = false;
            c.status.set(Status.SUSPENDED);
            throw e;
        }
        cleanable = CLEANER.register(this, c::release);
    }

    /**
     * {@code coroutine.yield(...)}: suspends the running coroutine, handing {@code values} to its resumer,
     * and returns the arguments of the next resume.
     */
    public static Object[] yield(Object[] values) {
        Control c = currentControl();
        if (c == null || c.nonYieldable > 0) {
            throw LuaError.runtime("attempt to yield across C-call boundary");
        }
        c.transfer = values;
        c.failed = false;
        c.status.set(Status.SUSPENDED);
        Thread resumer = c.resumer;
        c.coroutineTurn = false;
        LockSupport.unpark(resumer);
        c.awaitTurn();
        Object[] in = c.transfer;
        c.transfer = null;
        return in;
    }

    /**
     * Marks the start of a library function that calls back into Lua where LuaJIT cannot yield (a C
     * function such as table.sort or string.gsub); yields until the matching exit raise LuaJIT's error.
     */
    public static void enterNonYieldable() {
        Control c = currentControl();
        if (c != null) {
            c.nonYieldable++;
        }
    }

    public static void exitNonYieldable() {
        Control c = currentControl();
        if (c != null) {
            c.nonYieldable--;
        }
    }

    @Override
    public String toString() {
        return Lua.rawToString(this);
    }

    /** Pool threads remember the coroutine they run. */
    private static final class Worker extends Thread {
        volatile Control current;

        Worker(Runnable task, String name) {
            super(null, task, name, STACK_SIZE);
        }
    }

    /** Unwinds the stack of an abandoned coroutine; not a Lua error, so pcall lets it through. */
    private static final class Released extends Error {
        static final Released INSTANCE = new Released();

        private Released() {
            super("abandoned coroutine released", null, false, false);
        }
    }

    /**
     * The state shared by a coroutine, its resumer and its thread. It does not reference the
     * {@link LuaCoroutine} strongly, so that the coroutine object can become unreachable while its thread
     * is parked. Writes to the plain fields are published by the volatile {@code coroutineTurn}.
     */
    private static final class Control implements Runnable {
        final WeakReference<LuaCoroutine> owner;
        final AtomicReference<Status> status = new AtomicReference<>(Status.SUSPENDED);
        /** True while the coroutine's thread has control, false while the resumer has. */
        volatile boolean coroutineTurn;
        volatile boolean released;
        volatile Thread worker;
        volatile Thread resumer;
        boolean started;
        /** Library functions on this coroutine's stack that Lua cannot yield across (table.sort, gsub). */
        int nonYieldable;
        LuaFunction body;
        Object[] transfer;
        boolean failed;
        Throwable foreign;

        Control(LuaCoroutine owner, LuaFunction body) {
            this.owner = new WeakReference<>(owner);
            this.body = body;
        }

        /** The coroutine's body, on a pool thread. */
        @Override
        public void run() {
            Worker self = (Worker) Thread.currentThread();
            worker = self;
            self.current = this;
            LIVE.incrementAndGet();
            boolean handBack = true;
            try {
                LuaFunction f = body;
                body = null;
                Object[] args = transfer;
                transfer = null;
                try {
                    transfer = f.invoke(args);
                    failed = false;
                } catch (LuaError e) {
                    // A library function as the body has no Lua caller to name it: '?' and no position.
                    transfer = new Object[] {e.fromCallerWithoutLine(f).value()};
                    failed = true;
                } catch (StackOverflowError e) {
                    String where = LineMap.position(e.getStackTrace(), 1);
                    transfer = new Object[] {(where != null ? where + " " : "") + "stack overflow"};
                    failed = true;
                } catch (Released e) {
                    handBack = false;
                } catch (Throwable t) {
                    foreign = t;
                    transfer = Lua.NONE;
                }
            } finally {
                self.current = null;
                worker = null;
                status.set(Status.DEAD);
                LIVE.decrementAndGet();
                if (handBack) {
                    Thread r = resumer;
                    resumer = null;
                    coroutineTurn = false;
                    LockSupport.unpark(r);
                }
            }
        }

        /** On the coroutine's thread: parks until resumed, or unwinds if the coroutine was abandoned. */
        void awaitTurn() {
            while (!coroutineTurn) {
                if (released) {
                    throw Released.INSTANCE;
                }
                LockSupport.park(this);
                Thread.interrupted();
            }
        }

        /** The Cleaner's action: frees the thread of a coroutine that became unreachable while suspended. */
        void release() {
            Thread w = worker;
            if (status.get() == Status.SUSPENDED && w != null) {
                released = true;
                LockSupport.unpark(w);
            }
        }
    }
}
