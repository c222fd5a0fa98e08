package org.rppgnb.core;

/**
 * rppg_nb.pipeline's `auto` for one window (pick_auto, auto_margin): PhysNet's and POS's waves, the one with the
 * higher SNR among those that give a peak-based HR, PhysNet getting a head start that depends on the person's
 * state: +1 dB at rest; after exercise PhysNet is kept whenever its wave gives a number (11_paper, "The state decides").
 */
public final class Auto {
    private Auto() {}

    public static final double MARGIN_REST_DB = 1.0;

    /** PhysNet's SNR head start for a profile state ("rest", also null, or "exercise"). */
    public static double margin(String state) {
        if (state == null || state.equals("rest")) return MARGIN_REST_DB;
        if (state.equals("exercise")) return Double.POSITIVE_INFINITY;
        throw RppgException.invalidProfile("unknown state '" + state + "'");
    }

    public static final class Choice {
        public final String method; public final double[] wave; public final double snrDb; public final boolean hasBeats;
        Choice(String method, double[] wave, double snrDb, boolean hasBeats) { this.method = method; this.wave = wave; this.snrDb = snrDb; this.hasBeats = hasBeats; }
    }

    /** (SNR, gives a peak-based HR?) of a wave; (−∞, false) when it carries no signal (Python's _snr). */
    static Choice candidate(String method, double[] wave, double fps) {
        try {
            HeartRate.Result r = HeartRate.hrFromWave(wave, fps);
            return new Choice(method, wave, r.snrDb, Double.isFinite(r.hrPeaksBpm));
        } catch (RppgException e) {
            if (!e.kind.equals("BadSignal")) throw e;
            return new Choice(method, wave, Double.NEGATIVE_INFINITY, false);
        }
    }

    /** What produced a measurement, as rppg_nb.pipeline names it: "physnet", or e.g. "auto: physnet×2 + pos×1" (most frequent first). */
    public static String summary(java.util.List<String> methods) {
        java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (String m : methods) n.merge(m, 1, Integer::sum);
        if (n.size() == 1) return methods.get(0);
        java.util.List<java.util.Map.Entry<String, Integer>> e = new java.util.ArrayList<>(n.entrySet());
        e.sort((a, b) -> b.getValue() - a.getValue());                // stable: ties keep first appearance, like Counter.most_common
        StringBuilder sb = new StringBuilder("auto: ");
        for (int i = 0; i < e.size(); i++) sb.append(i > 0 ? " + " : "").append(e.get(i).getKey()).append('×').append(e.get(i).getValue());
        return sb.toString();
    }

    /** The window's wave by `auto`'s rule; `pos` may be null (POS failed on this window). */
    public static Choice pick(double[] physnet, double[] pos, double fps, double marginDb) {
        Choice[] c = pos == null ? new Choice[] {candidate("physnet", physnet, fps)}
                                 : new Choice[] {candidate("physnet", physnet, fps), candidate("pos", pos, fps)};
        boolean anyBeats = false;
        for (Choice x : c) anyBeats |= x.hasBeats;
        Choice best = null; double bestScore = Double.NEGATIVE_INFINITY;
        for (Choice x : c) {
            if (anyBeats && !x.hasBeats) continue;                     // a wave without two usable beats gives no number
            double s = x.snrDb + (x.method.equals("physnet") ? marginDb : 0.);
            if (best == null || s > bestScore) { best = x; bestScore = s; }   // first wins ties, like Python's max
        }
        return best;
    }
}
