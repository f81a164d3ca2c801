package nl.gedeeldbeeld.app.retention;

import nl.gedeeldbeeld.store.access.AccessLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled purge: daily at night by default ({@code gb.retention.cron}), Dutch time. The platform-wide
 * purge of every partner's expired data is this system action's alone; a user purges only their own
 * organisation's data.
 */
@Component
class RetentionSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);
    private final AccessLayer access;

    RetentionSchedule(AccessLayer access) {
        this.access = access;
    }

    @Scheduled(cron = "${gb.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void purge() {
        var report = access.retention().purgeAll(nl.gedeeldbeeld.store.access.Retention.SYSTEM_ACTOR, false);
        LOG.info("retention purge as of {}: purged {} statements, {} held back", report.asOf(), report.purged(),
                report.heldBack());
    }
}
