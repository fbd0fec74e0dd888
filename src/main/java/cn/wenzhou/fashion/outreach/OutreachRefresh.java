package cn.wenzhou.fashion.outreach;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.common.ClusterOnce;
import io.quarkus.scheduler.Scheduled;

import lombok.RequiredArgsConstructor;

/**
 * Recomputes the voucher outreach list in the background ({@code library.outreach.refresh-every}, default every 6 hours),
 * on one instance of all replicas: a match per open need whose enterprise could still use a voucher.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class OutreachRefresh {

    static final String JOB = "voucher-outreach";

    private final VoucherOutreach outreach;
    private final ClusterOnce clusterOnce;

    @Scheduled(every = "${library.outreach.refresh-every}", delayed = "${library.outreach.first-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        clusterOnce.run(JOB, Duration.ofMinutes(30), Duration.ofHours(2), outreach::refresh);
    }
}
