package dev.lua2java.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * What an optimizer calls: a build in, its stats out, on the calling thread. {@link CalcEngine} (the
 * project's own calc modules) and {@link PobEngine} (Path of Building's Lua, generated from the user's
 * checkout) both implement it, so switching engines is the line that creates one.
 */
public interface StatsEngine {
    Stats calculate(Build build) throws BuildException;

    /** Calculates every build using all cores; a failing build yields an error result, the others go on. */
    List<CalcResult> calculateAll(List<Build> builds);

    /** {@link #calculateAll(List)} on a given pool. */
    default List<CalcResult> calculateAll(List<Build> builds, ForkJoinPool pool) {
        List<Future<CalcResult>> futures = new ArrayList<>(builds.size());
        for (Build b : builds) {
            futures.add(pool.submit(() -> {
                try {
                    return new CalcResult(b, calculate(b), null);
                } catch (BuildException e) {
                    return new CalcResult(b, null, e);
                }
            }));
        }
        List<CalcResult> results = new ArrayList<>(builds.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                results.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                results.add(new CalcResult(builds.get(i), null,
                        new BuildException(builds.get(i).name(), "calculation failed: " + e.getCause(), e.getCause())));
            }
        }
        return results;
    }
}
