package io.parley.e2e;

import io.parley.testsupport.infra.Endpoints;
import io.parley.testsupport.infra.RepositoryRoot;
import io.parley.testsupport.infra.TestInfrastructure;
import io.parley.testsupport.stack.LocalServices;
import io.parley.testsupport.stack.ParleyService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the five packaged services once for all end-to-end tests, exactly as {@code ./parley up}
 * does (same launcher, same environment variables), against the build's infrastructure and their
 * own {@code e2e_*} databases; stops them when the tests are done.
 */
public final class RunningStack implements BeforeAllCallback {

    private static LocalServices services;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (services == null) {
                Path root = RepositoryRoot.find();
                Endpoints infra = TestInfrastructure.endpoints();
                services = LocalServices.start(root, root.resolve("e2e-tests/target/stack"), infra, false, "e2e_",
                        Map.of("QUARKUS_PROFILE", "prod"), System.out::println);
                LocalServices started = services;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("parley-services", (ExtensionContext.Store.CloseableResource) started::stop);
            }
        }
    }

    public static String url(ParleyService service) {
        return services.url(service);
    }

    /** The web console's address; empty when the console module was not built. */
    public static java.util.Optional<String> consoleUrl() {
        return services.consoleUrl();
    }

    public static Endpoints infra() {
        return TestInfrastructure.endpoints();
    }
}
