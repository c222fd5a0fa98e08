package org.rppgnb.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** scipy.signal.find_peaks with `distance` and `prominence` (no window length), ported line by line. */
public final class Peaks {
    private Peaks() {}

    /** Local maxima; a flat top counts once, at its (left-rounded) middle (scipy _local_maxima_1d). */
    static int[] localMaxima(double[] x) {
        List<Integer> out = new ArrayList<>();
        int i = 1, iMax = x.length - 1;
        while (i < iMax) {
            if (x[i - 1] < x[i]) {
                int ahead = i + 1;
                while (ahead < iMax && x[ahead] == x[i]) ahead++;
                if (x[ahead] < x[i]) {
                    out.add((i + ahead - 1) / 2);
                    i = ahead;
                }
            }
            i++;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Keep the highest peaks at least `distance` samples apart (scipy _select_by_peak_distance). */
    static int[] selectByDistance(int[] peaks, double[] x, double distance) {
        int n = peaks.length;
        int dist = (int) Math.ceil(distance);
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(x[peaks[a]], x[peaks[b]]));
        for (int i = n - 1; i >= 0; i--) {
            int j = order[i];
            if (!keep[j]) continue;
            for (int k = j - 1; k >= 0 && peaks[j] - peaks[k] < dist; k--) keep[k] = false;
            for (int k = j + 1; k < n && peaks[k] - peaks[j] < dist; k++) keep[k] = false;
        }
        return filter(peaks, keep);
    }

    /** Prominence of each peak over the whole signal (scipy _peak_prominences, wlen=None). */
    static double[] prominences(double[] x, int[] peaks) {
        double[] out = new double[peaks.length];
        for (int p = 0; p < peaks.length; p++) {
            int peak = peaks[p];
            double leftMin = x[peak], rightMin = x[peak];
            for (int i = peak; i >= 0 && x[i] <= x[peak]; i--) if (x[i] < leftMin) leftMin = x[i];
            for (int i = peak; i < x.length && x[i] <= x[peak]; i++) if (x[i] < rightMin) rightMin = x[i];
            out[p] = x[peak] - Math.max(leftMin, rightMin);
        }
        return out;
    }

    /** Peak indices of `x`: local maxima, then `distance` (≥ 1 sample), then prominence ≥ `minProminence` (NaN = no condition). */
    public static int[] findPeaks(double[] x, double distance, double minProminence) {
        if (distance < 1) throw RppgException.badConfig("peak distance " + distance + " must be ≥ 1 sample");
        int[] peaks = selectByDistance(localMaxima(x), x, distance);
        if (Double.isNaN(minProminence)) return peaks;
        double[] prom = prominences(x, peaks);
        boolean[] keep = new boolean[peaks.length];
        for (int i = 0; i < peaks.length; i++) keep[i] = minProminence <= prom[i];
        return filter(peaks, keep);
    }

    private static int[] filter(int[] a, boolean[] keep) {
        int c = 0;
        for (boolean k : keep) if (k) c++;
        int[] o = new int[c];
        for (int i = 0, j = 0; i < a.length; i++) if (keep[i]) o[j++] = a[i];
        return o;
    }
}
