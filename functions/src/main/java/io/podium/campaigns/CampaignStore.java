package io.podium.campaigns;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where campaign definitions live. */
public interface CampaignStore {
    /** Stores a new campaign; false if the company has one with that id already. */
    boolean create(Campaign campaign);

    Optional<Campaign> find(String copid, String id);

    /** Every campaign of the company, by id. */
    List<Campaign> list(String copid);

    /** The company's campaigns on {@code metric}. */
    default List<Campaign> onMetric(String copid, String metric) {
        return list(copid).stream().filter(campaign -> campaign.metric().equals(metric)).toList();
    }

    /** Replaces an existing campaign; false if there is none. */
    boolean replace(Campaign campaign);

    /** False if there was no such campaign. */
    boolean delete(String copid, String id);

    /** Records the status the transitions job saw, unless another run recorded it first; true if this call did. */
    boolean recordStatus(Campaign campaign, CampaignStatus status);

    /** Every campaign of every company, for the scheduled jobs. */
    void forEach(Consumer<Campaign> action);
}
