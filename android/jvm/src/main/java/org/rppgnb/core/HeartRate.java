package org.rppgnb.core;

import java.util.Arrays;

/**
 * From an rPPG wave to a heart rate — the Java port of rppg_nb.signal (preprocess_wave, find_peaks_refined,
 * hr_from_peaks, hr_spectral, snr_db, hr_from_wave). Parity with Python is tested on fixture waves the
 * notebook 12_export writes (android/jvm/src/test/resources/waves.csv).
 */
public final class HeartRate {
    private HeartRate() {}

    /** Result of hr_from_wave: HR (peaks → PPI → eq. 2, or spectral) with the evidence. */
    public static final class Result {
        public final double hrBpm, snrDb, ppiCv, hrPeaksBpm, hrSpectralBpm;
        public final int nBeats;
        public final String method;
        Result(double hrBpm, String method, double snrDb, int nBeats, double ppiCv, double hrPeaksBpm, double hrSpectralBpm) {
            this.hrBpm = hrBpm; this.method = method; this.snrDb = snrDb; this.nBeats = nBeats; this.ppiCv = ppiCv;
            this.hrPeaksBpm = hrPeaksBpm; this.hrSpectralBpm = hrSpectralBpm;
        }
        @Override public String toString() { return String.format("HR %.2f bpm (%s), SNR %.1f dB, %d beats", hrBpm, method, snrDb, nBeats); }
    }

    /** Peak-based HR: refined peak times, intervals, which were kept, and HR = 60 / mean kept PPI. */
    public static final class PeakHR {
        public final double hrBpm;
        public final double[] peaksS, ppiS;
        public final boolean[] kept;
        PeakHR(double hrBpm, double[] peaksS, double[] ppiS, boolean[] kept) { this.hrBpm = hrBpm; this.peaksS = peaksS; this.ppiS = ppiS; this.kept = kept; }
        public int nKept() { int c = 0; for (boolean k : kept) if (k) c++; return c; }
        public int nBeats() { int c = nKept(); return c + (c > 0 ? 1 : 0); }
        /** Coefficient of variation of the kept intervals (NaN with fewer than 2). */
        public double ppiCv() {
            int c = nKept();
            if (c < 2) return Double.NaN;
            double m = 0; for (int i = 0; i < ppiS.length; i++) if (kept[i]) m += ppiS[i];
            m /= c;
            double v = 0; for (int i = 0; i < ppiS.length; i++) if (kept[i]) v += (ppiS[i] - m) * (ppiS[i] - m);
            return Math.sqrt(v / c) / m;
        }
    }

    // ---- validation (rppg_nb.signal.check_wave) ----
    static void checkWave(double[] x, double fs, double minS, boolean checkBand, SignalConfig cfg) {
        if (!(fs > 0) || Double.isInfinite(fs)) throw RppgException.badSignal("sampling rate " + fs + " Hz is not a positive number", "pass the wave's true sampling rate, e.g. fs=30");
        int bad = 0;
        for (double v : x) if (!Double.isFinite(v)) bad++;
        if (bad > 0) throw RppgException.badSignal("wave has " + bad + " NaN/inf samples of " + x.length, "interpolate or drop the missing samples first");
        if (x.length < Math.max(8, minS * fs)) throw RppgException.badSignal(String.format("wave has %d samples (%.2f s at %s Hz); need at least %s s", x.length, x.length / fs, fmt(fs), fmt(minS)),
                "pass a longer recording (3 s = 90 frames at 30 fps)");
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, amax = 0;
        for (double v : x) { lo = Math.min(lo, v); hi = Math.max(hi, v); amax = Math.max(amax, Math.abs(v)); }
        if (hi - lo <= 1e-12 * Math.max(1., amax)) throw RppgException.badSignal("wave is flat (constant); it carries no pulse", "check that the face was visible and the camera was not frozen");
        if (checkBand && fs / 2 <= cfg.bandHiHz) throw RppgException.badSignal(String.format("sampling rate %s Hz is too low for the %s–%s Hz band (Nyquist %s Hz)", fmt(fs), fmt(cfg.bandLoHz), fmt(cfg.bandHiHz), fmt(fs / 2)),
                "record at ≥ " + fmt(2 * cfg.bandHiHz + 1) + " fps or lower the band's upper edge");
    }

    private static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }

    // ---- preprocessing ----

    /** Smoothness-priors detrending (Tarvainen 2002, eq. 6–7): x − (I + λ² D2ᵀD2)⁻¹ x, banded solve. */
    public static double[] detrend(double[] x, double lam) {
        int n = x.length;
        if (n < 3) { double m = mean(x); double[] o = new double[n]; for (int i = 0; i < n; i++) o[i] = x[i] - m; return o; }
        double[][] band = new double[3][n];
        double l2 = lam * lam;
        for (int i = 0; i < n; i++) for (int k = 0; k <= 2 && i + k < n; k++) {
            double s = 0;   // (D2ᵀD2)[i][i+k] = Σ_r D2[r][i]·D2[r][i+k], D2 rows (1, −2, 1) at columns r, r+1, r+2
            for (int r = Math.max(0, i + k - 2); r <= Math.min(i, n - 3); r++) s += d2(i - r) * d2(i + k - r);
            band[k][i] = l2 * s + (k == 0 ? 1 : 0);
        }
        double[] trend = Linalg.solveSymBanded(band, x);
        double[] o = new double[n];
        for (int i = 0; i < n; i++) o[i] = x[i] - trend[i];
        return o;
    }
    private static double d2(int c) { return c == 1 ? -2 : 1; }

    /** Zero-phase Butterworth band-pass (rppg_nb.signal.bandpass). */
    public static double[] bandpass(double[] x, double fs, SignalConfig cfg) {
        checkWave(x, fs, 0, true, cfg);
        double[][] sos = Butterworth.bandpass(cfg.filterOrder, cfg.bandLoHz, cfg.bandHiHz, fs);
        int padlen = Math.min(x.length - 1, 3 * (int) (fs / cfg.bandLoHz));   // about three slowest periods
        return Filters.sosfiltfilt(sos, x, padlen);
    }

    /** Detrend + band-pass; windows shorter than 10 s: quadratic detrend + low-pass (rppg_nb.signal.preprocess_wave). */
    public static double[] preprocessWave(double[] x, double fs, SignalConfig cfg) {
        checkWave(x, fs, 0, true, cfg);
        int n = x.length;
        if (n < 10. * fs) {
            // a 3-s window holds 2–9 beats: a 0.7-Hz high-pass would bend low HRs, so remove a quadratic trend and low-pass only
            double[] u = linspace(-1, 1, n), u2 = new double[n], one = new double[n];
            for (int i = 0; i < n; i++) { u2[i] = u[i] * u[i]; one[i] = 1; }
            double[] y = Linalg.lstsqResidual(new double[][]{u2, u, one}, x, null);
            double[][] sos = Butterworth.lowpass(cfg.filterOrder, cfg.bandHiHz, fs);
            return Filters.sosfiltfilt(sos, y, Math.min(n - 1, 3 * (int) Math.ceil(fs / cfg.bandHiHz)));
        }
        double lam = cfg.detrendLambda * fs / 30.;   // same cut-off in Hz at other rates
        return bandpass(detrend(x, lam), fs, cfg);
    }

    // ---- peaks → PPI → HR (paper eq. 2) ----

    /** Peak times (s): refractory period 60/max_hr, prominence ≥ k × robust std, parabolic refinement. */
    public static double[] findPeaksRefined(double[] x, double fs, SignalConfig cfg) {
        double med = median(x);
        double[] dev = new double[x.length];
        for (int i = 0; i < x.length; i++) dev[i] = Math.abs(x[i] - med);
        double spread = 1.4826 * median(dev);   // robust std (MAD)
        int distance = Math.max(1, (int) Math.floor(fs * 60. / cfg.maxHrBpm));
        int[] idx = Peaks.findPeaks(x, distance, spread > 0 ? cfg.peakProminence * spread : Double.NaN);
        return Arrays.stream(idx).filter(i -> i > 0 && i < x.length - 1).mapToDouble(i -> {
            double a = x[i - 1], b = x[i], c = x[i + 1], den = a - 2 * b + c;
            double off = Math.abs(den) > 1e-12 ? 0.5 * (a - c) / den : 0.;
            return (i + Math.max(-0.5, Math.min(0.5, off))) / fs;
        }).toArray();
    }

    /** HR = 60 / mean PPI (eq. 2), intervals outside the HR range or > 30 % from the median rejected. */
    public static PeakHR hrFromPeaks(double[] x, double fs, SignalConfig cfg, boolean clean) {
        checkWave(x, fs, 0.5, clean, cfg);
        double[] y = clean ? preprocessWave(x, fs, cfg) : x;
        double[] peaks = findPeaksRefined(y, fs, cfg);
        int m = Math.max(0, peaks.length - 1);
        double[] ppi = new double[m];
        boolean[] kept = new boolean[m];
        int nk = 0;
        for (int i = 0; i < m; i++) {
            ppi[i] = peaks[i + 1] - peaks[i];
            kept[i] = ppi[i] >= 60. / cfg.maxHrBpm && ppi[i] <= 60. / cfg.minHrBpm;
            if (kept[i]) nk++;
        }
        if (nk >= 2) {
            double[] k = new double[nk];
            for (int i = 0, j = 0; i < m; i++) if (kept[i]) k[j++] = ppi[i];
            double med = median(k);
            for (int i = 0; i < m; i++) kept[i] &= Math.abs(ppi[i] - med) <= 0.3 * med;
        }
        double s = 0; int c = 0;
        for (int i = 0; i < m; i++) if (kept[i]) { s += ppi[i]; c++; }
        return new PeakHR(c > 0 ? 60. / (s / c) : Double.NaN, peaks, ppi, kept);
    }

    // ---- spectra ----

    static double[][] spectrum(double[] x, double fs) {
        int nfft = Math.max(4096, 1 << (int) Math.ceil(Math.log(x.length * 8.) / Math.log(2)));
        return Fft.periodogram(x, fs, nfft);
    }

    /** Explained-variance fraction of sinusoids at f, 2f (below Nyquist) plus a quadratic trend, for each f (rppg_nb.signal._ls_power). */
    static double[] lsPower(double[] x, double fs, double[] freqs) {
        int n = x.length;
        double[] u = linspace(-1, 1, n), u2 = new double[n], one = new double[n];
        for (int i = 0; i < n; i++) { u2[i] = u[i] * u[i]; one[i] = 1; }
        double tot = sumSq(Linalg.lstsqResidual(new double[][]{u2, u, one}, x, null));
        double[] out = new double[freqs.length];
        for (int fi = 0; fi < freqs.length; fi++) {
            double f = freqs[fi];
            java.util.List<double[]> cols = new java.util.ArrayList<>();
            for (int k = 1; k <= 2; k++) {
                if (!(k * f < fs / 2)) continue;
                double[] cc = new double[n], ss = new double[n];
                for (int i = 0; i < n; i++) { double w = 2 * Math.PI * f * (i / fs); cc[i] = Math.cos(k * w); ss[i] = Math.sin(k * w); }
                cols.add(cc); cols.add(ss);
            }
            cols.add(u2); cols.add(u); cols.add(one);
            out[fi] = 1 - sumSq(Linalg.lstsqResidual(cols.toArray(new double[0][]), x, null)) / tot;
        }
        return out;
    }

    /** HR (bpm) at the spectral peak within the band, refined below bin resolution (rppg_nb.signal.hr_spectral). */
    public static double hrSpectral(double[] x, double fs, SignalConfig cfg, boolean clean) {
        checkWave(x, fs, 1.0, true, cfg);
        if (x.length > 20 * fs) throw RppgException.badSignal("wave of " + x.length / fs + " s is longer than the 20 s the Java port handles (Python uses Welch there)", "split it into measurement windows");
        double[] y = clean ? preprocessWave(x, fs, cfg) : minusMean(x);
        double[][] fp = spectrum(y, fs);
        double lo = Math.max(cfg.bandLoHz, cfg.minHrBpm / 60), hi = Math.min(cfg.bandHiHz, cfg.maxHrBpm / 60);
        int best = -1;
        for (int k = 0; k < fp[0].length; k++) {
            double f = fp[0][k];
            if (f >= lo && f <= hi && (best < 0 || fp[1][k] > fp[1][best])) best = k;
        }
        if (best < 0 || fp[1][best] <= 0) throw RppgException.badSignal("no power in the heart-rate band");
        double f0 = fp[0][best];
        double[] grid = new double[61];   // ±9 bpm around the FFT peak, 0.3-bpm steps
        for (int i = 0; i < 61; i++) {
            double off = i == 60 ? 0.15 : -0.15 + i * (0.3 / 60);
            grid[i] = Math.max(lo, Math.min(hi, f0 + off));
        }
        double[] pw = lsPower(y, fs, grid);
        int i = 0;
        for (int k = 1; k < pw.length; k++) if (pw[k] > pw[i]) i = k;
        double fi = grid[i];
        if (i > 0 && i < grid.length - 1) {   // parabolic interpolation between grid points
            double a = pw[i - 1], b = pw[i], c = pw[i + 1], den = a - 2 * b + c;
            if (den < 0) fi = grid[i] + 0.5 * (a - c) / den * (grid[1] - grid[0]);
        }
        return fi * 60;
    }

    /** SNR (dB) around `hrBpm`: power at f0 and 2·f0 (±tol) over the rest of 30–240 bpm (de Haan 2013, eq. 19); `x` already clean. */
    public static double snrDb(double[] x, double fs, double hrBpm) {
        checkWave(x, fs, 1.0, false, SignalConfig.DEFAULT);
        if (!(hrBpm > 0) || Double.isInfinite(hrBpm)) throw RppgException.badSignal("reference HR " + hrBpm + " bpm is not a positive number");
        double tol = x.length / fs >= 6 ? 6. : 20.;
        double[][] fp = spectrum(minusMean(x), fs);
        double s = 0, n = 0;
        for (int k = 0; k < fp[0].length; k++) {
            double bpm = fp[0][k] * 60;
            if (bpm < 30 || bpm > 240) continue;
            if (Math.abs(bpm - hrBpm) <= tol || Math.abs(bpm - 2 * hrBpm) <= tol) s += fp[1][k]; else n += fp[1][k];
        }
        return 10 * Math.log10(Math.max(s, 1e-20) / Math.max(n, 1e-20));
    }

    /** HR of one window (rppg_nb.signal.hr_from_wave): preprocess, spectral HR, peaks with a refractory period from it, SNR. */
    public static Result hrFromWave(double[] x, double fs, String method, SignalConfig cfg) {
        if (!method.equals("peaks") && !method.equals("spectral")) throw RppgException.badSignal("unknown HR method '" + method + "'", "use 'peaks' or 'spectral'");
        checkWave(x, fs, 2.0, true, cfg);   // two beats at 60 bpm
        double[] y = preprocessWave(x, fs, cfg);
        double sp = hrSpectral(y, fs, cfg, false);
        // beats closer than 60 % of the spectral period are the dicrotic wave or noise, not a new beat
        double maxHr = Math.max(cfg.minHrBpm + 1, Math.min(cfg.maxHrBpm, sp / 0.6));
        PeakHR pk = hrFromPeaks(y, fs, cfg.withMaxHr(maxHr), false);
        double hr = method.equals("peaks") ? pk.hrBpm : sp;
        double snr = snrDb(y, fs, Double.isFinite(hr) ? hr : sp);
        return new Result(hr, method, snr, pk.nBeats(), pk.ppiCv(), pk.hrBpm, sp);
    }

    public static Result hrFromWave(double[] x, double fs) { return hrFromWave(x, fs, "peaks", SignalConfig.DEFAULT); }

    /** Same, for a float[] wave as a model returns it. */
    public static Result hrFromWave(float[] x, double fs) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i];
        return hrFromWave(d, fs);
    }

    // ---- helpers ----
    static double[] linspace(double a, double b, int n) {
        double[] o = new double[n];
        if (n == 1) { o[0] = a; return o; }
        double step = (b - a) / (n - 1);
        for (int i = 0; i < n; i++) o[i] = a + i * step;
        o[n - 1] = b;
        return o;
    }
    static double mean(double[] x) { double s = 0; for (double v : x) s += v; return s / x.length; }
    static double[] minusMean(double[] x) { double m = mean(x); double[] o = new double[x.length]; for (int i = 0; i < x.length; i++) o[i] = x[i] - m; return o; }
    static double sumSq(double[] x) { double s = 0; for (double v : x) s += v * v; return s; }
    public static double median(double[] x) {
        double[] s = x.clone(); Arrays.sort(s);
        int n = s.length;
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
