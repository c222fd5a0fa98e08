package org.rppgnb.core;

/**
 * rppg_nb.pipeline's `auto` for one window (AutoRule, auto_rule, window_wave, pick_auto): a PhysNet's wave and POS's,
 * by the person's state. At rest the rest model's wave ("physnet-rest") whenever it gives a peak-based HR, else POS's,
 * and the packaged model's ("physnet") only when neither gives two usable beats; after exercise the packaged model's
 * whenever it gives a number, else POS's (11_paper, "The state decides" and "A model for people at rest").
 */
public final class Auto {
    private Auto() {}

    /** What `auto` does in one state: `primary` is kept unless POS's SNR is `marginDb` higher; `fallback` (may be null) only when neither gives beats. */
    public static final class Rule {
        public final String primary; public final double marginDb; public final String fallback;
        Rule(String primary, double marginDb, String fallback) { this.primary = primary; this.marginDb = marginDb; this.fallback = fallback; }
    }

    /** The rule for a profile state ("rest", also null, or "exercise"), as rppg_nb.pipeline.AUTO_RULES. */
    public static Rule rule(String state) {
        if (state == null || state.equals("rest")) return new Rule("physnet-rest", Double.POSITIVE_INFINITY, "physnet");
        if (state.equals("exercise")) return new Rule("physnet", Double.POSITIVE_INFINITY, null);
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

    /** The window's wave by `rule`: `primary` (the rule's model) and `pos` (may be null: POS failed on this window);
     *  when neither gives two usable beats, `fallback` is computed (the rule's fallback model) and used if its wave does. */
    public static Choice pick(Rule rule, double[] primary, double[] pos, java.util.function.Supplier<double[]> fallback, double fps) {
        Choice best = pick(rule.primary, primary, pos, fps, rule.marginDb);
        if (best.hasBeats || rule.fallback == null || fallback == null) return best;
        double[] w = fallback.get();
        if (w == null) return best;
        Choice fb = candidate(rule.fallback, w, fps);
        return fb.hasBeats ? fb : best;
    }

    /** Two candidates: among the waves that give a peak-based HR (all, if none does), the highest SNR, `primaryName` getting `marginDb`. */
    public static Choice pick(String primaryName, double[] primary, double[] pos, double fps, double marginDb) {
        Choice[] c = pos == null ? new Choice[] {candidate(primaryName, primary, fps)}
                                 : new Choice[] {candidate(primaryName, primary, fps), candidate("pos", pos, fps)};
        boolean anyBeats = false;
        for (Choice x : c) anyBeats |= x.hasBeats;
        Choice best = null; double bestScore = Double.NEGATIVE_INFINITY;
        for (Choice x : c) {
            if (anyBeats && !x.hasBeats) continue;                     // a wave without two usable beats gives no number
            double s = x.snrDb + (x.method.equals(primaryName) ? marginDb : 0.);
            if (best == null || s > bestScore) { best = x; bestScore = s; }   // first wins ties, like Python's max
        }
        return best;
    }
}
