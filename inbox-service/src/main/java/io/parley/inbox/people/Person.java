package io.parley.inbox.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** Someone who can see a brand, as the identity provider knows them. */
@Schema(name = "Person", description = "Someone of the brand: their user name (what an @mention names), their name "
        + "and their Parley roles")
public record Person(
        @Schema(description = "the user name, lower case; @user mentions them", example = "manager1") String user,
        @Schema(description = "first and last name, when the identity provider has them", example = "Maria Nowak")
        String name,
        @Schema(description = "their Parley realm roles", example = "[\"agent\",\"manager\"]") List<String> roles,
        @JsonIgnore @Schema(hidden = true) String email,
        @JsonIgnore @Schema(hidden = true) String locale) {

    /**
     * Someone without a known e-mail address or language. The address and language are for notifications only
     * (notifications/), never shown to colleagues: the picker does not hand out addresses.
     */
    public Person(String user, String name, List<String> roles) {
        this(user, name, roles, null, null);
    }
}
