package io.podium.leaderboards;

/**
 * Says that what a company's custom leaderboards rank may have changed (a player's values, a team's members, a
 * registration, a player disabled or erased), so that they are recomputed in the background. Many changes in a few
 * seconds make one recompute, not one each. It never refuses the change that was made: a notice that could not be
 * sent is logged, the boards say how fresh they are ({@code computedAt}), and the next change sends another.
 */
public interface BoardsTouched {
    BoardsTouched NONE = copid -> {
    };

    void touched(String copid);
}
