package io.parley.ingest.channels;

import io.parley.contracts.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Finds the brand's channel account behind a platform id. The one place that knows where accounts come from. */
@ApplicationScoped
public class ChannelDirectory {

    private final IngestConfig config;

    @Inject
    public ChannelDirectory(IngestConfig config) {
        this.config = config;
    }

    public Optional<ChannelAccount> find(Platform platform, String accountId) {
        if (platform != Platform.FACEBOOK || accountId == null) {
            return Optional.empty();
        }
        IngestConfig.Page page = config.meta().pages().get(accountId);
        return page == null ? Optional.empty()
                : Optional.of(new ChannelAccount(Platform.FACEBOOK, accountId, page.brand(), page.mode()));
    }
}
