package io.podium.invites;

import java.util.List;

/** One page of a listing, and how many entries the whole listing has. */
public record Listing<T>(List<T> data, int total) {
    /** The page of {@code all} that skips {@code skip} and holds up to {@code limit}. */
    static <T> Listing<T> page(List<T> all, int skip, int limit) {
        int from = Math.min(skip, all.size());
        return new Listing<>(List.copyOf(all.subList(from, Math.min(all.size(), from + limit))), all.size());
    }
}
