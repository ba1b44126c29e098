package io.parley.ingest.channels;

/** Whether a channel account's outbound actions reach the platform. */
public enum ChannelMode {
    /** Record the exact platform request and report it delivered; nothing leaves Parley. */
    sandbox,
    /** Send to the platform. */
    live
}
