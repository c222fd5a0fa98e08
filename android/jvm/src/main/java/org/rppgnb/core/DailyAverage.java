package org.rppgnb.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The history screen's numbers (rppg_nb.app.History.daily_average): mean HR per calendar day for the last `days` days. */
public final class DailyAverage {
    private DailyAverage() {}

    public static final class Day {
        public final LocalDate day; public final double hrBpm; public final int n;   // hrBpm NaN when n == 0
        Day(LocalDate day, double hrBpm, int n) { this.day = day; this.hrBpm = hrBpm; this.n = n; }
    }

    /** `measuredUtc` ISO-8601 timestamps with offset (as stored), `hrBpm` the matching HRs; days in `zone`, oldest first, ending `today`. */
    public static List<Day> compute(List<String> measuredUtc, List<Double> hrBpm, LocalDate today, int days, ZoneId zone) {
        if (days < 1) throw RppgException.badConfig("days=" + days + " must be ≥ 1");
        double[] sum = new double[days];
        int[] n = new int[days];
        LocalDate first = today.minusDays(days - 1);
        for (int i = 0; i < measuredUtc.size(); i++) {
            Instant t = OffsetDateTime.parse(measuredUtc.get(i)).toInstant();
            LocalDate d = t.atZone(zone).toLocalDate();
            long k = d.toEpochDay() - first.toEpochDay();
            if (k >= 0 && k < days) { sum[(int) k] += hrBpm.get(i); n[(int) k]++; }
        }
        List<Day> out = new ArrayList<>();
        for (int k = 0; k < days; k++) out.add(new Day(first.plusDays(k), n[k] > 0 ? sum[k] / n[k] : Double.NaN, n[k]));
        return out;
    }
}
