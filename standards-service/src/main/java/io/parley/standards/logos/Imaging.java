package io.parley.standards.logos;

import io.parley.imaging.ImageInspector;
import io.parley.standards.checks.ImageChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One image analyser for the service (it is thread-safe and keeps no state between images). */
@ApplicationScoped
public class Imaging {

    @Produces
    @ApplicationScoped
    ImageInspector inspector() {
        return new ImageInspector();
    }

    @Produces
    @ApplicationScoped
    ImageChecks imageChecks(ImageInspector inspector) {
        return new ImageChecks(inspector);
    }
}
