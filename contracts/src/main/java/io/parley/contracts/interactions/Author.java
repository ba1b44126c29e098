package io.parley.contracts.interactions;

/**
 * Who wrote an interaction, as the platform knows them.
 *
 * @param platformId the author's id on the platform
 * @param name       the display name, when the platform gives one
 * @param profileUrl a link to the author's profile, when one can be made
 */
public record Author(String platformId, String name, String profileUrl) {
}
