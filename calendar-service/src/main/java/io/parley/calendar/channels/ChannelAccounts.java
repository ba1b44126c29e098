package io.parley.calendar.channels;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The brand's channel accounts as ingest-service lists them, read once per request. */
@RequestScoped
public class ChannelAccounts {

    private static final Logger LOG = Logger.getLogger(ChannelAccounts.class);

    @Inject
    @RestClient
    ChannelsClient client;

    @Inject
    SecurityIdentity identity;

    /** The page size asked of ingest-service: its largest, so that a brand's accounts are one page or few. */
    static final int PAGE = 200;

    private String brand;
    private List<ChannelsClient.Account> accounts;

    /** The brand's account with that id (the gateway's id, or the platform's account id), if it has one. */
    public Optional<ChannelsClient.Account> find(String brand, String id) {
        return accounts(brand).stream().filter(a -> id != null && (id.equals(a.id()))).findFirst();
    }

    public List<ChannelsClient.Account> accounts(String brand) {
        if (accounts == null || !brand.equals(this.brand)) {
            try {
                List<ChannelsClient.Account> all = new ArrayList<>();
                String cursor = null;
                do {
                    ChannelsClient.AccountPage page = client.list(bearer(), brand, PAGE, cursor);
                    if (page == null || page.items() == null) {
                        break;
                    }
                    all.addAll(page.items());
                    cursor = page.nextCursor();
                } while (cursor != null);
                accounts = List.copyOf(all);
                this.brand = brand;
            } catch (WebApplicationException e) {
                LOG.warnf("ingest-service answered %d to the channel list of %s", e.getResponse().getStatus(), brand);
                throw unavailable();
            } catch (ProcessingException e) {
                LOG.warnf("ingest-service is unreachable: %s", e.getMessage());
                throw unavailable();
            }
        }
        return accounts;
    }

    private String bearer() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            return "Bearer " + jwt.getRawToken();
        }
        return null;
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "the brand's channel accounts could not be read "
                + "(ingest-service did not answer); nothing was saved — retry in a moment");
    }
}
