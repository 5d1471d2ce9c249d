package dev.simscaffold.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one place the benchmarks' default run shape is set, inherited by every benchmark class (JMH's
 * annotations are {@code @Inherited}): average time, 1 fork, 5 warm-up and 5 measured iterations of 1 s.
 * A class overrides only what differs (its time unit, a throughput mode); the command line overrides all.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class BenchDefaults {
}
