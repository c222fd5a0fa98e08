package org.rppgnb.core;

import static org.junit.Assert.*;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Java HR pipeline vs rppg_nb.signal on the fixture waves (waves.csv, preprocessed.csv from nbs/12_export). */
public class SignalParityTest {
    static final double HR_TOL_BPM = 0.05;

    @Test public void preprocessingMatchesScipy() {
        List<Map<String, String>> rows = Fixtures.csv("preprocessed.csv");
        assertTrue(rows.size() >= 40);
        double worst = 0;
        for (Map<String, String> r : rows) {
            double fs = Fixtures.num(r.get("fs"));
            double[] want = Fixtures.nums(r.get("samples"));
            double[] x = waveOf(r.get("name"));
            double[] got = HeartRate.preprocessWave(x, fs, SignalConfig.DEFAULT);
            assertEquals(want.length, got.length);
            double scale = 0;
            for (double v : want) scale = Math.max(scale, Math.abs(v));
            for (int i = 0; i < got.length; i++) worst = Math.max(worst, Math.abs(got[i] - want[i]) / Math.max(scale, 1e-12));
        }
        assertTrue("worst relative preprocessing difference " + worst, worst < 1e-8);
    }

    @Test public void heartRateMatchesPython() {
        List<Map<String, String>> rows = Fixtures.csv("waves.csv");
        int finite = 0;
        double worst = 0;
        for (Map<String, String> r : rows) {
            double fs = Fixtures.num(r.get("fs"));
            HeartRate.Result res = HeartRate.hrFromWave(Fixtures.nums(r.get("samples")), fs);
            String name = r.get("name");
            double want = Fixtures.num(r.get("hr_bpm"));
            assertTrue(name + ": Java " + res.hrBpm + " vs Python " + want, Fixtures.same(res.hrBpm, want, HR_TOL_BPM));
            assertTrue(name + ": spectral " + res.hrSpectralBpm, Fixtures.same(res.hrSpectralBpm, Fixtures.num(r.get("hr_spectral_bpm")), HR_TOL_BPM));
            assertEquals(name + ": beats", Integer.parseInt(r.get("n_beats")), res.nBeats);
            assertTrue(name + ": SNR " + res.snrDb, Fixtures.same(res.snrDb, Fixtures.num(r.get("snr_db")), 1e-3));
            assertTrue(name + ": PPI CV", Fixtures.same(res.ppiCv, Fixtures.num(r.get("ppi_cv")), 1e-6));
            if (Double.isFinite(want)) { finite++; worst = Math.max(worst, Math.abs(res.hrBpm - want)); }
        }
        assertTrue("too few finite HRs in the fixtures: " + finite, finite >= 30);
        System.out.printf("HR parity: %d waves, %d finite HRs, max |Java − Python| = %.2e bpm%n", rows.size(), finite, worst);
    }

    @Test public void toyWaveGivesItsRate() {
        double fs = 30;
        double[] x = new double[90];
        for (int i = 0; i < x.length; i++) x[i] = Math.sin(2 * Math.PI * 1.25 * i / fs) + 0.3 * Math.sin(4 * Math.PI * 1.25 * i / fs + 1);
        assertEquals(75.0, HeartRate.hrFromWave(x, fs).hrBpm, 1.0);
    }

    @Test public void badWavesFailWithOneLine() {
        try { HeartRate.hrFromWave(new double[90], 30); fail(); }
        catch (RppgException e) { assertEquals("BadSignal", e.kind); assertTrue(e.getMessage().contains("flat")); }
        try { HeartRate.hrFromWave(new double[20], 30); fail(); }
        catch (RppgException e) { assertTrue(e.getMessage().contains("need at least")); }
        double[] x = new double[90]; x[3] = Double.NaN;
        try { HeartRate.hrFromWave(x, 30); fail(); }
        catch (RppgException e) { assertTrue(e.getMessage().contains("NaN")); assertFalse(e.oneLine().contains("\n")); }
        try { HeartRate.hrFromWave(new double[90], 6); fail(); }
        catch (RppgException e) { assertEquals("BadSignal", e.kind); }
    }

    @Test public void butterworthIsUnityAtDcAndZeroAtNyquist() {
        double[][] lp = Butterworth.lowpass(2, 3.5, 30);
        assertEquals(1.0, gain(lp, 0), 1e-12);
        assertEquals(0.0, gain(lp, Math.PI), 1e-12);
        assertEquals(Math.sqrt(0.5), gain(lp, 2 * Math.PI * 3.5 / 30), 1e-9);   // −3 dB at the cut-off
        double[][] bp = Butterworth.bandpass(2, 0.7, 3.5, 30);
        assertEquals(0.0, gain(bp, 0), 1e-12);
        assertEquals(Math.sqrt(0.5), gain(bp, 2 * Math.PI * 0.7 / 30), 1e-9);
        assertEquals(Math.sqrt(0.5), gain(bp, 2 * Math.PI * 3.5 / 30), 1e-9);
    }

    static double gain(double[][] sos, double w) {
        double re = 1, im = 0;
        for (double[] s : sos) {
            double[] nz = eval(s[0], s[1], s[2], w), dz = eval(s[3], s[4], s[5], w);
            double d = dz[0] * dz[0] + dz[1] * dz[1];
            double hr = (nz[0] * dz[0] + nz[1] * dz[1]) / d, hi = (nz[1] * dz[0] - nz[0] * dz[1]) / d;
            double r2 = re * hr - im * hi; im = re * hi + im * hr; re = r2;
        }
        return Math.hypot(re, im);
    }
    static double[] eval(double c0, double c1, double c2, double w) {   // c0 + c1 e^{-iw} + c2 e^{-2iw}
        return new double[]{c0 + c1 * Math.cos(w) + c2 * Math.cos(2 * w), -c1 * Math.sin(w) - c2 * Math.sin(2 * w)};
    }

    private static java.util.Map<String, double[]> waves;
    static synchronized double[] waveOf(String name) {
        if (waves == null) {
            waves = new java.util.HashMap<>();
            for (Map<String, String> r : Fixtures.csv("waves.csv")) waves.put(r.get("name"), Fixtures.nums(r.get("samples")));
        }
        return waves.get(name);
    }
}
