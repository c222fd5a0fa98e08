package org.rppgnb.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurement session (rppg_nb.app.QualityGate / window_rejection / measure_windows): windows of 90
 * frames pass a quality gate; the final HR is the mean of the first run of 3 consecutive accepted windows
 * that agree within 15 bpm (paper §3.3: 3 measurements averaged).
 */
public final class Session {
    private Session() {}

    public static final class QualityGate {
        public double minSnrDb = 1., maxIbiCv = 0.2, minFaceFraction = 0.8, maxSpreadBpm = 15., minHrBpm = 40., maxHrBpm = 210.;
        public int minBeats = 2, maxWindows = 6, nWindows = 3;
        /** The app's default gate (rppg_nb.app.QualityGate()). */
        public QualityGate() {}
        /** Fewer answers, closer ones (rppg_nb.app.QualityGate.strict(), `rppg-nb measure --strict`): windows with SNR ≥ 4 dB,
         *  three that agree within 10 bpm. Chosen on one synthetic draw and tested on two more (11_paper, "What measure reports"). */
        public static QualityGate strict() { QualityGate g = new QualityGate(); g.minSnrDb = 4.; g.maxSpreadBpm = 10.; return g; }
        /** The thresholds under rppg_nb.app.QualityGate's field names, in its order (stored in a measurement's quality JSON as "gate"). */
        public Map<String, Number> asMap() {
            Map<String, Number> m = new LinkedHashMap<>();
            m.put("min_snr_db", minSnrDb); m.put("max_ibi_cv", maxIbiCv); m.put("min_beats", minBeats); m.put("min_face_fraction", minFaceFraction);
            m.put("max_spread_bpm", maxSpreadBpm); m.put("max_windows", maxWindows); m.put("n_windows", nWindows); m.put("min_hr_bpm", minHrBpm);
            m.put("max_hr_bpm", maxHrBpm);
            return m;
        }
        /** "default" or "strict" (the names in the app's settings and in sessions.csv). */
        public static QualityGate named(String name) {
            if ("default".equals(name)) return new QualityGate();
            if ("strict".equals(name)) return strict();
            throw new RppgException("BadConfig", "unknown quality gate '" + name + "'", "use 'default' or 'strict'");
        }
    }

    /** One window's quality; null fields are not checked. */
    public static final class WindowQuality {
        public Double hrBpm, snrDb, ibiCv, faceFraction;
        public Integer nBeats;
        public WindowQuality() {}
        public static WindowQuality of(HeartRate.Result r, double faceFraction) {
            WindowQuality q = new WindowQuality();
            q.hrBpm = r.hrBpm; q.snrDb = r.snrDb; q.ibiCv = Double.isFinite(r.ppiCv) ? r.ppiCv : null; q.nBeats = r.nBeats; q.faceFraction = faceFraction;
            return q;
        }
    }

    public static final class Outcome {
        public final double hrBpm; public final List<Integer> used; public final Map<Integer, String> reasons;
        Outcome(double hrBpm, List<Integer> used, Map<Integer, String> reasons) { this.hrBpm = hrBpm; this.used = used; this.reasons = reasons; }
    }

    private static String pct(double f) { return Math.round(f * 100) + "%"; }

    /** Why this window fails the gate (one short reason), or null when it passes. */
    public static String windowRejection(WindowQuality q, QualityGate g) {
        if (q.faceFraction != null && q.faceFraction < g.minFaceFraction) return "face found in only " + pct(q.faceFraction) + " of frames (need " + pct(g.minFaceFraction) + ")";
        Double hr = q.hrBpm;
        if (hr == null || !Double.isFinite(hr)) return "no heart rate found in the wave";
        if (!(g.minHrBpm <= hr && hr <= g.maxHrBpm)) return String.format("HR %.0f bpm outside %.0f–%.0f", hr, g.minHrBpm, g.maxHrBpm);
        if (q.nBeats != null && q.nBeats < g.minBeats) return "only " + q.nBeats + " beats found (need " + g.minBeats + ")";
        if (q.snrDb != null && !(q.snrDb >= g.minSnrDb)) return String.format("SNR %.1f dB below %.1f dB", q.snrDb, g.minSnrDb);
        if (q.ibiCv != null && Double.isFinite(q.ibiCv) && !(q.ibiCv <= g.maxIbiCv)) return String.format("beat intervals irregular (CV %.2f > %.2f)", q.ibiCv, g.maxIbiCv);
        return null;
    }

    /** Final HR from window HRs in measuring order; throws RppgException (BadSignal / NoFaceFound) when no agreeing run exists. */
    public static Outcome measureWindows(List<Double> windowHrs, List<WindowQuality> qualities, QualityGate g) {
        if (qualities != null && qualities.size() != windowHrs.size()) throw RppgException.badConfig(windowHrs.size() + " window HRs but " + qualities.size() + " qualities");
        List<Integer> accepted = new ArrayList<>();
        Map<Integer, String> reasons = new LinkedHashMap<>();
        int tried = Math.min(windowHrs.size(), g.maxWindows);
        for (int i = 0; i < tried; i++) {
            WindowQuality q0 = qualities == null ? new WindowQuality() : qualities.get(i);
            WindowQuality q = new WindowQuality();
            q.snrDb = q0.snrDb; q.ibiCv = q0.ibiCv; q.faceFraction = q0.faceFraction; q.nBeats = q0.nBeats; q.hrBpm = windowHrs.get(i);
            String reason = windowRejection(q, g);
            if (reason != null) { reasons.put(i, reason); continue; }
            accepted.add(i);
            if (accepted.size() >= g.nWindows) {
                List<Integer> last = new ArrayList<>(accepted.subList(accepted.size() - g.nWindows, accepted.size()));
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, s = 0;
                for (int j : last) { double v = windowHrs.get(j); lo = Math.min(lo, v); hi = Math.max(hi, v); s += v; }
                if (hi - lo <= g.maxSpreadBpm) return new Outcome(s / last.size(), last, reasons);
                reasons.put(last.get(0), String.format("disagrees with the following windows (%.0f bpm spread)", hi - lo));
            }
        }
        if (reasons.isEmpty()) throw RppgException.badSignal("only " + accepted.size() + " of " + g.nWindows + " windows measured (" + tried + " available)",
                "record longer: " + g.nWindows + " windows of 90 frames (about " + 3 * g.nWindows + " s)");
        int face = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String r : reasons.values()) { counts.merge(r, 1, Integer::sum); if (r.startsWith("face found") || r.startsWith("no face")) face++; }
        String top = null; int best = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > best) { best = e.getValue(); top = e.getKey(); }
        String msg = accepted.size() + " of " + tried + " windows passed the quality gate, need " + g.nWindows + " that agree; most common problem: " + top;
        if (face >= reasons.size() / 2.0) throw RppgException.noFace(msg);
        throw RppgException.badSignal(msg, "hold still, face the camera in steady, even light and measure again");
    }
}
