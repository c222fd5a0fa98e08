package org.rppgnb.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Personal HR zones and the colour rule (rppg_nb.app.zones_for / classify): at rest a normative chart by
 * age and sex; in exercise ACSM %HRmax bands with HRmax from the paper's eq. 3. Green inside the normal
 * range, yellow within 20 bpm of it, red beyond.
 */
public final class Zones {
    public static final double YELLOW_MARGIN_BPM = 20.;   // paper §3.3: yellow in [upper, upper + 20]
    public static final Map<String, DoubleUnaryOperator> HRMAX_FORMULAS = new LinkedHashMap<>();
    public static final Map<String, double[]> ACSM_BANDS = new LinkedHashMap<>();   // % of HRmax, [lo, hi)
    static {
        HRMAX_FORMULAS.put("fox", age -> 220.0 - age);            // Fox, Naughton & Haskell 1971 (default)
        HRMAX_FORMULAS.put("tanaka", age -> 208.0 - 0.7 * age);   // Tanaka, Monahan & Seals 2001
        ACSM_BANDS.put("light", new double[]{0.57, 0.64});
        ACSM_BANDS.put("moderate", new double[]{0.64, 0.77});
        ACSM_BANDS.put("vigorous", new double[]{0.77, 0.95});
    }

    /** One row of the resting chart. */
    public static final class ChartRow {
        public final String sex; public final int ageMin, ageMax; public final double lowerBpm, upperBpm;
        ChartRow(String sex, int ageMin, int ageMax, double lowerBpm, double upperBpm) { this.sex = sex; this.ageMin = ageMin; this.ageMax = ageMax; this.lowerBpm = lowerBpm; this.upperBpm = upperBpm; }
    }

    /** A profile's zones: normal range (green) and the named bands inside it. */
    public static final class ZoneSet {
        public final String state; public final double lowerBpm, upperBpm; public final Map<String, double[]> bands; public final double hrmaxBpm;
        ZoneSet(String state, double lowerBpm, double upperBpm, Map<String, double[]> bands, double hrmaxBpm) {
            this.state = state; this.lowerBpm = lowerBpm; this.upperBpm = upperBpm; this.bands = bands; this.hrmaxBpm = hrmaxBpm;
        }
        public double yellowLowBpm() { return lowerBpm - YELLOW_MARGIN_BPM; }
        public double yellowHighBpm() { return upperBpm + YELLOW_MARGIN_BPM; }
    }

    /** Zone name and colour of one HR. */
    public static final class Classification {
        public final String zone, colour;
        Classification(String zone, String colour) { this.zone = zone; this.colour = colour; }
    }

    private static List<ChartRow> chart;

    /** The resting chart shipped as a resource (written from rppg_nb/assets/resting_hr_chart.csv by 12_export). */
    public static synchronized List<ChartRow> restingChart() {
        if (chart == null) {
            try (InputStream in = Zones.class.getResourceAsStream("resting_hr_chart.csv")) {
                if (in == null) throw new IllegalStateException("resting_hr_chart.csv resource missing from org/rppgnb/core");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<ChartRow> rows = new ArrayList<>();
                String header = r.readLine(), line;
                if (!header.startsWith("sex,age_min,age_max,lower_bpm,upper_bpm")) throw new IllegalStateException("unexpected chart header " + header);
                while ((line = r.readLine()) != null) {
                    if (line.trim().isEmpty()) continue;
                    String[] f = line.split(",");
                    rows.add(new ChartRow(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                }
                chart = rows;
            } catch (IOException e) { throw new IllegalStateException(e); }
        }
        return chart;
    }

    public static double hrMax(int age, String formula) {
        DoubleUnaryOperator f = HRMAX_FORMULAS.get(formula);
        if (f == null) throw RppgException.badConfig("unknown HRmax formula '" + formula + "'; use one of " + HRMAX_FORMULAS.keySet());
        return f.applyAsDouble(age);
    }

    public static ZoneSet zonesFor(Profile p, String hrmaxFormula) {
        if (p.state.equals("rest")) {
            for (ChartRow r : restingChart()) if (r.sex.equals(p.sex) && r.ageMin <= p.age && p.age <= r.ageMax) {
                Map<String, double[]> b = new LinkedHashMap<>();
                b.put("normal", new double[]{r.lowerBpm, r.upperBpm});
                return new ZoneSet("rest", r.lowerBpm, r.upperBpm, b, Double.NaN);
            }
            throw RppgException.invalidProfile("no chart row for " + p.sex + " aged " + p.age);
        }
        double m = hrMax(p.age, hrmaxFormula);
        Map<String, double[]> b = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : ACSM_BANDS.entrySet()) b.put(e.getKey(), new double[]{e.getValue()[0] * m, e.getValue()[1] * m});
        return new ZoneSet("exercise", b.get("light")[0], b.get("vigorous")[1], b, m);
    }

    public static ZoneSet zonesFor(Profile p) { return zonesFor(p, "fox"); }

    /** (zone, colour) of `hrBpm`; below/above the range: 'low'/'high' at rest, 'below'/'above' in exercise. */
    public static Classification classify(double hrBpm, Profile p, String hrmaxFormula) {
        if (!(hrBpm > 0) || Double.isInfinite(hrBpm)) throw RppgException.badSignal("heart rate " + hrBpm + " bpm is not a positive number", "measure again; a valid HR is a positive number of bpm");
        ZoneSet z = zonesFor(p, hrmaxFormula);
        boolean rest = z.state.equals("rest");
        String zone;
        if (hrBpm < z.lowerBpm) zone = rest ? "low" : "below";
        else if (hrBpm > z.upperBpm) zone = rest ? "high" : "above";
        else {
            zone = null;
            String last = null;
            for (Map.Entry<String, double[]> e : z.bands.entrySet()) {
                last = e.getKey();
                if (hrBpm < e.getValue()[1]) { zone = e.getKey(); break; }
            }
            if (zone == null) zone = last;
        }
        String colour;
        if (z.lowerBpm <= hrBpm && hrBpm <= z.upperBpm) colour = "green";
        else if (z.lowerBpm - YELLOW_MARGIN_BPM <= hrBpm && hrBpm <= z.upperBpm + YELLOW_MARGIN_BPM) colour = "yellow";
        else colour = "red";
        return new Classification(zone, colour);
    }

    public static Classification classify(double hrBpm, Profile p) { return classify(hrBpm, p, "fox"); }

    /** ARGB of the colour names, for the UI. */
    public static int argb(String colour) {
        switch (colour) {
            case "green": return 0xFF2E7D32;
            case "yellow": return 0xFFF9A825;
            case "red": return 0xFFC62828;
            default: return 0xFF757575;
        }
    }
}
