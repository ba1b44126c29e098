package io.parley.platform.security;

/** The realm roles Parley's endpoints are guarded by. */
public final class Roles {
    public static final String AGENT = "agent";
    public static final String EDITOR = "editor";
    public static final String APPROVER = "approver";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
