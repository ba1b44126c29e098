package io.parley.calendar.stories;

import io.parley.calendar.approvals.Workflow;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The signed-in caller as the approval rules see them: user name and realm roles. The brand of a
 * {@code /api/v1/brands/{brand}/…} path is checked before the resource runs (platform's {@code BrandInPath}), so
 * resources pass it on as it is; a story or variant is then looked up within that brand, so another brand's id is a
 * 404 too.
 */
@RequestScoped
public class Caller {

    /** Everyone of the brand reads stories; these write them. */
    public static final String[] WRITERS = {Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN};

    @Inject
    BrandAccess access;

    @Inject
    SecurityIdentity identity;

    public Workflow.Actor actor() {
        return Workflow.Actor.user(access.userName(), identity.getRoles());
    }
}
