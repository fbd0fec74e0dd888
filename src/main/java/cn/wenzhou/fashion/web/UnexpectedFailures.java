package cn.wenzhou.fashion.web;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the failures that reached the last-resort mapper ({@link ProblemMappers#unexpected}): each one is a case
 * that has no mapping of its own yet, which the bad-input run of the test suite asserts never happens.
 */
@ApplicationScoped
public class UnexpectedFailures {

    private final AtomicLong count = new AtomicLong();

    void record() {
        count.incrementAndGet();
    }

    public long count() {
        return count.get();
    }
}
