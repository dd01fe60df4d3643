package io.podium.settings;

import java.util.Optional;
import java.util.function.Consumer;

/** Where company settings live. */
public interface SettingsStore {
    Optional<CompanySettings> find(String copid);

    void put(CompanySettings settings);

    /** Every company that has automatic finalization switched on, for the daily job. */
    void forEachAutoFinalizing(Consumer<CompanySettings> action);
}
