package io.parley.inbox.ownership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One of a brand's ordered assignment rules. */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String platform;

    @Column(name = "channel_account_id")
    public String channelAccountId;

    public String moment;

    public String language;

    public String keyword;

    public String team;

    public String assignee;

    public Router.Conditions conditions() {
        return new Router.Conditions(platform, channelAccountId, moment, language, keyword);
    }
}
