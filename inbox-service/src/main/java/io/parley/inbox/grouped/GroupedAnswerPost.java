package io.parley.inbox.grouped;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The statement published once on one channel account (an outbound publish-post action). */
@Entity
@Table(name = "grouped_answer_post")
public class GroupedAnswerPost extends PanacheEntityBase {

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "grouped_answer_id", nullable = false)
    public UUID groupedAnswerId;

    @Column(nullable = false)
    public String platform;

    @Column(name = "channel_account_id", nullable = false)
    public String channelAccountId;

    /** The page/account the post goes on (the channel account). */
    @Column(name = "target_object_id", nullable = false)
    public String targetObjectId;

    /** sending, delivered or failed. */
    @Column(nullable = false)
    public String status;

    @Column(name = "platform_object_id")
    public String platformObjectId;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
