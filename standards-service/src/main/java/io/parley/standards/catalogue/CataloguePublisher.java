package io.parley.standards.catalogue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Publishes versions whose effective-from has come (versions effective at once are published when stored). */
@ApplicationScoped
public class CataloguePublisher {

    private static final Logger LOG = Logger.getLogger(CataloguePublisher.class);

    @Inject
    CatalogueService catalogues;

    @Scheduled(every = "${parley.standards.catalogue.publish-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishDue() {
        int published = catalogues.publishDue();
        if (published > 0) {
            LOG.infof("published %d catalogue version(s) that took effect", published);
        }
    }
}
