package org.rppgnb.core;

/**
 * POS (Wang, den Brinker, Stuijk & de Haan 2017, IEEE TBME 64(7):1479) on face crops, as rppg_nb.pipeline's
 * "pos" method computes it: the mean RGB of the crop's centre (centre_roi: cheeks, nose, lower forehead) per
 * frame, POS's plane-orthogonal-to-skin projection with 1.6-s windows and overlap-add, then rppg_nb.baselines'
 * normalisation (zero mean, unit variance, rising with blood volume). Parity with Python is tested on fixtures.
 */
public final class Pos {
    private Pos() {}

    public static final double WIN_S = 1.6, MIN_DURATION_S = 2.0, ENLARGE = 1.5;

    /** {y0, y1, x0, x1} (end-exclusive) of the centre region of a size×size crop whose detector box was enlarged `enlarge`×. */
    public static int[] centreRoi(int size, double enlarge) {
        double box = size / enlarge;
        int x0 = (int) Math.rint((size - box) / 2 + box / 8), x1 = (int) Math.rint((size + box) / 2 - box / 8);   // rint: Python's round
        int y0 = (int) Math.rint(size / 2.0 - box * 0.2), y1 = (int) Math.rint(size / 2.0 + box * 0.25);
        return new int[] {y0, y1, x0, x1};
    }

    /** Mean R, G, B over `roi` of each of `t` frames (`frames` = t·size·size·3 bytes, RGB, frame-major, as the model takes them). */
    public static double[][] rgbTraces(byte[] frames, int t, int size, int[] roi) {
        if (frames.length != t * size * size * 3) throw RppgException.badConfig(frames.length + " bytes are not " + t + " frames of " + size + "×" + size + " RGB");
        double[][] rgb = new double[t][3];
        double n = (double) (roi[1] - roi[0]) * (roi[3] - roi[2]);
        for (int k = 0; k < t; k++) {
            long r = 0, g = 0, b = 0;
            for (int y = roi[0]; y < roi[1]; y++) {
                int p = ((k * size + y) * size + roi[2]) * 3;
                for (int x = roi[2]; x < roi[3]; x++, p += 3) { r += frames[p] & 0xff; g += frames[p + 1] & 0xff; b += frames[p + 2] & 0xff; }
            }
            rgb[k][0] = r / n; rgb[k][1] = g / n; rgb[k][2] = b / n;
        }
        return rgb;
    }

    private static double mean(double[] x) { double s = 0; for (double v : x) s += v; return s / x.length; }
    private static double std(double[] x) { double m = mean(x), s = 0; for (double v : x) s += (v - m) * (v - m); return Math.sqrt(s / x.length); }

    /** POS, Algorithm 1: per window of l frames, C_n = C / μ(C), S = P·C_n, h = S1 + (σ(S1)/σ(S2))·S2, overlap-add of h − μ(h). */
    public static double[] pos(double[][] rgb, double fps) {
        int T = rgb.length, l = Math.min(T, Math.max(4, (int) Math.rint(WIN_S * fps)));
        double[] H = new double[T], s1 = new double[l], s2 = new double[l];
        for (int n = 0; n + l <= T; n++) {
            double[] mu = new double[3];
            for (int k = 0; k < l; k++) for (int c = 0; c < 3; c++) mu[c] += rgb[n + k][c];
            for (int c = 0; c < 3; c++) mu[c] /= l;
            for (int k = 0; k < l; k++) {
                double r = rgb[n + k][0] / mu[0], g = rgb[n + k][1] / mu[1], b = rgb[n + k][2] / mu[2];
                s1[k] = g - b; s2[k] = -2 * r + g + b;                    // P = [[0, 1, −1], [−2, 1, 1]]
            }
            double a = std(s1) / Math.max(std(s2), 1e-12);
            double[] h = new double[l];
            for (int k = 0; k < l; k++) h[k] = s1[k] + a * s2[k];
            double hm = mean(h);
            for (int k = 0; k < l; k++) H[n + k] += h[k] - hm;
        }
        return H;
    }

    /** The "pos" wave of a window of crops: traces of the centre region, POS, normalised like rppg_nb.baselines.Baseline.from_traces. */
    public static double[] wave(byte[] frames, int t, int size, double fps) {
        return fromTraces(rgbTraces(frames, t, size, centreRoi(size, ENLARGE)), fps);
    }

    public static double[] fromTraces(double[][] rgb, double fps) {
        if (!(fps > 0) || !Double.isFinite(fps)) throw RppgException.badSignal("frame rate " + fps + " is not a positive number", "pass fps, e.g. fps=30");
        if (rgb.length < MIN_DURATION_S * fps) throw new RppgException("VideoTooShort", String.format("%d frames (%.2f s at %s fps); pos needs at least 2 s", rgb.length, rgb.length / fps, fps),
                "record at least 2 s");
        double[] mg = new double[3];
        for (double[] v : rgb) for (int c = 0; c < 3; c++) { if (!Double.isFinite(v[c])) throw RppgException.badSignal("RGB traces contain NaN/inf"); mg[c] += v[c] / rgb.length; }
        for (int c = 0; c < 3; c++) if (mg[c] <= 1.) throw new RppgException("BadVideo", "the crops are black in at least one colour channel", "check exposure and that the crops show a face");
        double[] w = pos(rgb, fps);
        double m = mean(w);
        for (int i = 0; i < w.length; i++) w[i] -= m;
        double sd = std(w);
        if (!Double.isFinite(sd) || sd <= 1e-12) throw RppgException.badSignal("pos produced a flat wave; the crops do not change over time");
        double dot = 0;
        for (int i = 0; i < w.length; i++) { w[i] /= sd; dot += w[i] * -(rgb[i][1] - mg[1]); }   // rise with blood volume = fall in green
        if (dot < 0) for (int i = 0; i < w.length; i++) w[i] = -w[i];
        return w;
    }
}
