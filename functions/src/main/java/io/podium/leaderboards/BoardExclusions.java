package io.podium.leaderboards;

/**
 * Who a company's boards leave out: its shown boards (a campaign's, a rank's) the {@code shown} drivers, disabled
 * and erasing players; its statistics (a metric's total, best day, streaks), which badges, levels and a profile read,
 * the {@code statistics} drivers, erasing players only.
 */
public record BoardExclusions(HiddenDrivers shown, HiddenDrivers statistics) {
    public static final BoardExclusions NONE = new BoardExclusions(HiddenDrivers.NONE, HiddenDrivers.NONE);
}
