package io.parley.analytics.contacts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The API shape of the meaningful contacts. */
public final class Contacts {

    private Contacts() {
    }

    @Schema(name = "MeaningfulContacts", description = "What the brand's care achieved in [from, to), each counted "
            + "at the time it happened — the figures to show above follower counts")
    public record View(
            @Schema(example = "acme") String brand,
            @Schema(description = "start of the window, inclusive") Instant from,
            @Schema(description = "end of the window, exclusive") Instant to,
            @Schema(description = "conversations opened by a question (moment of truth of the first message) whose "
                    + "first public response was given in the window", example = "41") long questionsAnswered,
            @Schema(description = "complaints settled and recorded in the complaint library in the window",
                    example = "9") long complaintsSettled,
            @Schema(description = "suggestions passed on: conversations opened by a suggestion on which someone "
                    + "wrote a note mentioning a colleague (the first such note counts)", example = "3")
            long suggestionsPassedOn,
            @Schema(description = "authors who became advocates (praise or positive interactions in as many "
                    + "conversations as the inbox's threshold) in the window", example = "2") long advocatesGained,
            @Schema(description = "recommendations requested from advocates (by direct message or as a task)",
                    example = "2") long recommendationsRequested,
            @Schema(description = "recommendations obtained: requests in answer to which the advocate wrote praise or "
                    + "a positive interaction to the brand (the first one after the request, within the configured "
                    + "window; counted when it was written)", example = "1") long recommendationsObtained) {
    }
}
