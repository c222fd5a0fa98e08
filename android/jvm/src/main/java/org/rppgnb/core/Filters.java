package org.rppgnb.core;

/** Second-order-section filtering: sosfilt (direct form II transposed), sosfilt_zi and sosfiltfilt with odd padding, as scipy.signal. */
public final class Filters {
    private Filters() {}

    /** Steady-state initial conditions for a unit step (scipy.signal.sosfilt_zi). */
    public static double[][] sosfiltZi(double[][] sos) {
        double[][] zi = new double[sos.length][2];
        double scale = 1.0;
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            double b0 = c[0] / c[3], b1 = c[1] / c[3], b2 = c[2] / c[3], a1 = c[4] / c[3], a2 = c[5] / c[3];
            double g = (b0 + b1 + b2) / (1 + a1 + a2);      // DC gain of the section
            double z1 = b2 - a2 * g, z0 = b1 - a1 * g + z1;   // DF-II-T state with input 1, output g
            zi[s][0] = scale * z0; zi[s][1] = scale * z1;
            scale *= g;
        }
        return zi;
    }

    /** Filter `x` through the cascade from state `zi` (modified in place to the final state). */
    public static double[] sosfilt(double[][] sos, double[] x, double[][] zi) {
        double[] y = x.clone();
        for (int s = 0; s < sos.length; s++) {
            double[] c = sos[s];
            double b0 = c[0] / c[3], b1 = c[1] / c[3], b2 = c[2] / c[3], a1 = c[4] / c[3], a2 = c[5] / c[3];
            double z0 = zi[s][0], z1 = zi[s][1];
            for (int i = 0; i < y.length; i++) {
                double xi = y[i], yi = b0 * xi + z0;
                z0 = b1 * xi - a1 * yi + z1;
                z1 = b2 * xi - a2 * yi;
                y[i] = yi;
            }
            zi[s][0] = z0; zi[s][1] = z1;
        }
        return y;
    }

    /** Odd extension by `n` samples at both ends (scipy.signal._arraytools.odd_ext). */
    public static double[] oddExt(double[] x, int n) {
        int len = x.length;
        double[] e = new double[len + 2 * n];
        for (int i = 0; i < n; i++) e[i] = 2 * x[0] - x[n - i];
        System.arraycopy(x, 0, e, n, len);
        for (int i = 0; i < n; i++) e[n + len + i] = 2 * x[len - 1] - x[len - 2 - i];
        return e;
    }

    /** Zero-phase forward-backward filtering (scipy.signal.sosfiltfilt, padtype='odd', given padlen). */
    public static double[] sosfiltfilt(double[][] sos, double[] x, int padlen) {
        if (padlen < 0 || x.length <= padlen) throw RppgException.badSignal("wave of " + x.length + " samples is too short for padlen " + padlen);
        double[] ext = padlen > 0 ? oddExt(x, padlen) : x.clone();
        double[][] zi0 = sosfiltZi(sos);
        double[][] zi = scaled(zi0, ext[0]);
        double[] y = sosfilt(sos, ext, zi);
        double y0 = y[y.length - 1];
        reverse(y);
        y = sosfilt(sos, y, scaled(zi0, y0));
        reverse(y);
        if (padlen == 0) return y;
        double[] out = new double[x.length];
        System.arraycopy(y, padlen, out, 0, x.length);
        return out;
    }

    private static double[][] scaled(double[][] zi, double s) {
        double[][] o = new double[zi.length][2];
        for (int i = 0; i < zi.length; i++) { o[i][0] = zi[i][0] * s; o[i][1] = zi[i][1] * s; }
        return o;
    }

    static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) { double t = a[i]; a[i] = a[j]; a[j] = t; }
    }
}
