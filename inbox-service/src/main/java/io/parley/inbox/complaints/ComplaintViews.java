package io.parley.inbox.complaints;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The complaint library's API records. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    @Schema(name = "ComplaintCase", description = "A settled complaint: the problem and how it was settled")
    public record Case(UUID id, String brand, UUID conversationId, String category, String problem,
            String settlement, @Schema(description = "the compensation offer it was settled with, if any")
            UUID compensationOfferId, String language, String resolvedBy, Instant resolvedAt) {
    }

    @Schema(name = "ComplaintMatch", description = "A case and how well it matches")
    public record Match(Case complaintCase,
            @Schema(description = "TF-IDF cosine similarity of the stemmed terms, 0 to 1", example = "0.42")
            double score,
            @Schema(description = "the words that matched, as written in the query or conversation (each stands "
                    + "for its stem: 'przesyłka' also matched 'przesyłki')") List<String> matchingTerms) {
    }

    @Schema(name = "ComplaintMatches")
    public record Matches(List<Match> items) {
    }

    static Case of(ComplaintCase c) {
        return new Case(c.id, c.brand, c.conversationId, c.category, c.problem, c.settlement, c.compensationOfferId,
                c.language, c.resolvedBy, c.resolvedAt);
    }
}
