package io.parley.contracts.posts;

/** One approver of an approval step: a user, a role, or an external reviewer ({@code kind}), and its id. */
public record ApproverRef(String kind, String id) {
}
