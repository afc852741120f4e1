package no.bedriftsportal.usage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What rating made of a record: priced pieces, or a reason it cannot be rated. */
public sealed interface RatingResult permits RatingResult.Rated, RatingResult.Rejected {

    /**
     * @param events              one or more pieces, in order
     * @param extraPackagesBought packages bought automatically while rating this record
     * @param dataBlocked         present when this record started a Datakontroll block
     */
    record Rated(List<RatedEvent> events, List<ExtraPackageBought> extraPackagesBought,
                 Optional<DataBlocked> dataBlocked) implements RatingResult {

        public Rated {
            events = List.copyOf(events);
            extraPackagesBought = List.copyOf(extraPackagesBought);
            Objects.requireNonNull(dataBlocked, "dataBlocked");
        }
    }

    /** @param reason short English text, e.g. {@code plan MBB_50 has no calls or messages} */
    record Rejected(String reason) implements RatingResult {
    }
}
