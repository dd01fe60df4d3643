package io.podium.badges;

/** What a company says a badge is: its name, whether it is special, the points it is worth and how it is earned. */
public record BadgeDefinition(String name, boolean special, int points, BadgeRule rule) {
}
