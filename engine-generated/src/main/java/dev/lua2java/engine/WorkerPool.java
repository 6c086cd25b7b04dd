package dev.lua2java.engine;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * An engine's own pool for batches, created on first use: one daemon worker per core. Not the common
 * pool: it has one worker fewer than there are cores, and its workers would each boot a Lua state for
 * every engine that uses them.
 */
final class WorkerPool {
    private final String namePrefix;
    private volatile ForkJoinPool pool;

    WorkerPool(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    ForkJoinPool get() {
        ForkJoinPool p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), this::newWorker, null, false);
                }
                p = pool;
            }
        }
        return p;
    }

    private ForkJoinWorkerThread newWorker(ForkJoinPool p) {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setDaemon(true);
        t.setName(namePrefix + "-" + t.getPoolIndex());
        return t;
    }
}
