package io.parley.inbox.ownership;

import java.util.List;

/** A member of a team (a user name) and their weekly on-duty shifts. */
public record TeamMember(String user, List<Shift> schedule) {
}
