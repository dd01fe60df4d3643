package io.podium.leaderboards;

import io.podium.campaigns.Campaign;

import java.util.Optional;

/** A campaign with a page of its board, if it has one (or, for around-me, if the driver is on it). */
public record CampaignBoard(Campaign campaign, Optional<BoardPage> page) {
}
