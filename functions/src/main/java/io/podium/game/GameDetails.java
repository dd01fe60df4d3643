package io.podium.game;

/** What a company has said of its game. */
public record GameDetails(String title, String description) {
}
