package org.rppgnb.core;

/** In-place iterative radix-2 FFT and the one-sided periodogram built on it. */
public final class Fft {
    private Fft() {}

    /** In-place complex FFT; `re.length` must be a power of two. */
    public static void fft(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1) throw new IllegalArgumentException("FFT length " + n + " is not a power of two");
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) { double t = re[i]; re[i] = re[j]; re[j] = t; t = im[i]; im[i] = im[j]; im[j] = t; }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = -2 * Math.PI / len;
            for (int k = 0; k < len / 2; k++) {
                double wr = Math.cos(ang * k), wi = Math.sin(ang * k);
                for (int i = k; i < n; i += len) {
                    int j = i + len / 2;
                    double xr = re[j] * wr - im[j] * wi, xi = re[j] * wi + im[j] * wr;
                    re[j] = re[i] - xr; im[j] = im[i] - xi;
                    re[i] += xr; im[i] += xi;
                }
            }
        }
    }

    /**
     * One-sided power spectral density with a periodic Hann window and constant detrend, zero-padded to
     * `nfft` (scipy.signal.periodogram(x, fs, window='hann', nfft=nfft)). Returns {freqs_hz, power}.
     */
    public static double[][] periodogram(double[] x, double fs, int nfft) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double[] re = new double[nfft], im = new double[nfft];
        double wss = 0;
        for (int i = 0; i < n; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);   // periodic Hann (scipy get_window 'hann')
            re[i] = (x[i] - mean) * w;
            wss += w * w;
        }
        fft(re, im);
        int nb = nfft / 2 + 1;
        double[] f = new double[nb], p = new double[nb];
        double scale = 1.0 / (fs * wss);
        for (int k = 0; k < nb; k++) {
            f[k] = k * fs / nfft;
            p[k] = (re[k] * re[k] + im[k] * im[k]) * scale;
            if (k > 0 && !(nfft % 2 == 0 && k == nb - 1)) p[k] *= 2;
        }
        return new double[][]{f, p};
    }
}
