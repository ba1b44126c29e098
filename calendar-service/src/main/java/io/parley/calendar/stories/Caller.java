package io.parley.calendar.stories;

import io.parley.calendar.approvals.Workflow;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in caller as the approval rules see them: user name and realm roles, for one of their brands. */
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

    /** The brand, when the caller belongs to it; else 404. */
    public String brand(String brand) {
        return access.require(brand);
    }
}
