package org.rppgnb.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Digital Butterworth filters as second-order sections, designed like scipy.signal.butter(output='sos'):
 * analog prototype poles, low-pass / band-pass transform at pre-warped frequencies, bilinear transform.
 * Rows are {b0, b1, b2, 1, a1, a2}. Section pairing may differ from scipy's zpk2sos, but the cascade is
 * the same filter, and sosfiltfilt's result does not depend on the pairing.
 */
public final class Butterworth {
    private Butterworth() {}

    /** Low-pass of `order` with cut-off `fcHz` at sampling rate `fsHz`. */
    public static double[][] lowpass(int order, double fcHz, double fsHz) {
        check(order, fsHz, fcHz);
        double wo = 4 * Math.tan(Math.PI * (2 * fcHz / fsHz) / 2);   // pre-warp, scipy: fs=2 → 2*fs*tan(pi*Wn/fs)
        List<Complex> p = new ArrayList<>();
        for (Complex q : prototype(order)) p.add(q.scale(wo));
        double k = Math.pow(wo, order);
        return bilinearToSos(new ArrayList<>(), p, k);
    }

    /** Band-pass of `order` (2·order poles) with edges `loHz`–`hiHz` at `fsHz`. */
    public static double[][] bandpass(int order, double loHz, double hiHz, double fsHz) {
        check(order, fsHz, hiHz);
        if (!(0 < loHz && loHz < hiHz)) throw RppgException.badConfig("band " + loHz + "–" + hiHz + " Hz is not increasing");
        double w1 = 4 * Math.tan(Math.PI * (2 * loHz / fsHz) / 2), w2 = 4 * Math.tan(Math.PI * (2 * hiHz / fsHz) / 2);
        double bw = w2 - w1, wo = Math.sqrt(w1 * w2);
        List<Complex> p = new ArrayList<>(), z = new ArrayList<>();
        List<Complex> plp = new ArrayList<>();
        for (Complex q : prototype(order)) plp.add(q.scale(bw / 2));
        for (Complex q : plp) p.add(q.add(q.mul(q).sub(new Complex(wo * wo, 0)).sqrt()));
        for (Complex q : plp) p.add(q.sub(q.mul(q).sub(new Complex(wo * wo, 0)).sqrt()));
        for (int i = 0; i < order; i++) z.add(new Complex(0, 0));
        double k = Math.pow(bw, order);
        return bilinearToSos(z, p, k);
    }

    private static void check(int order, double fsHz, double fHz) {
        if (order < 1 || order > 8) throw RppgException.badConfig("Butterworth order " + order + " out of 1–8");
        if (!(fsHz > 0) || !(fHz > 0) || fHz >= fsHz / 2) throw RppgException.badConfig("frequency " + fHz + " Hz must lie in (0, fs/2) at fs=" + fsHz + " Hz");
    }

    /** Poles of the analog Butterworth prototype (scipy.signal.buttap). */
    static List<Complex> prototype(int n) {
        List<Complex> p = new ArrayList<>();
        for (int m = -n + 1; m < n; m += 2) {
            double th = Math.PI * m / (2.0 * n);
            p.add(new Complex(-Math.cos(th), -Math.sin(th)));   // -exp(i·th)
        }
        return p;
    }

    private static double[][] bilinearToSos(List<Complex> z, List<Complex> p, double k) {
        double fs2 = 4.0;   // 2 * fs with scipy's normalised fs = 2
        List<Complex> zz = new ArrayList<>(), pz = new ArrayList<>();
        Complex num = new Complex(1, 0), den = new Complex(1, 0);
        for (Complex q : z) { zz.add(new Complex(fs2, 0).add(q).div(new Complex(fs2, 0).sub(q))); num = num.mul(new Complex(fs2, 0).sub(q)); }
        for (Complex q : p) { pz.add(new Complex(fs2, 0).add(q).div(new Complex(fs2, 0).sub(q))); den = den.mul(new Complex(fs2, 0).sub(q)); }
        for (int i = z.size(); i < p.size(); i++) zz.add(new Complex(-1, 0));
        double kz = k * num.div(den).re;
        // pair poles: complex ones with their conjugates, real ones two by two
        List<Complex[]> pairs = new ArrayList<>();
        List<Complex> reals = new ArrayList<>();
        for (Complex q : pz) {
            if (Math.abs(q.im) < 1e-12 * Math.max(1, q.abs())) reals.add(q);
            else if (q.im > 0) pairs.add(new Complex[]{q, q.conj()});
        }
        for (int i = 0; i < reals.size(); i += 2) pairs.add(i + 1 < reals.size() ? new Complex[]{reals.get(i), reals.get(i + 1)} : new Complex[]{reals.get(i)});
        zz.sort((a, b) -> Double.compare(a.re, b.re));   // all zeros are real (±1) for these designs
        int nsec = pairs.size();
        double[][] sos = new double[nsec][];
        int zi = 0;
        for (int s = 0; s < nsec; s++) {
            Complex[] pp = pairs.get(s);
            double[] a = pp.length == 2 ? new double[]{1, -(pp[0].re + pp[1].re), pp[0].mul(pp[1]).re} : new double[]{1, -pp[0].re, 0};
            int nz = Math.min(pp.length, zz.size() - zi);
            double[] b;
            if (nz == 2) { Complex z0 = zz.get(zi), z1 = zz.get(zi + 1); b = new double[]{1, -(z0.re + z1.re), z0.mul(z1).re}; }
            else if (nz == 1) b = new double[]{1, -zz.get(zi).re, 0};
            else b = new double[]{1, 0, 0};
            zi += nz;
            double g = s == 0 ? kz : 1.0;
            sos[s] = new double[]{g * b[0], g * b[1], g * b[2], a[0], a[1], a[2]};
        }
        return sos;
    }

    /** Minimal complex arithmetic for the design. */
    static final class Complex {
        final double re, im;
        Complex(double re, double im) { this.re = re; this.im = im; }
        Complex add(Complex o) { return new Complex(re + o.re, im + o.im); }
        Complex sub(Complex o) { return new Complex(re - o.re, im - o.im); }
        Complex mul(Complex o) { return new Complex(re * o.re - im * o.im, re * o.im + im * o.re); }
        Complex div(Complex o) { double d = o.re * o.re + o.im * o.im; return new Complex((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d); }
        Complex scale(double s) { return new Complex(re * s, im * s); }
        Complex conj() { return new Complex(re, -im); }
        double abs() { return Math.hypot(re, im); }
        Complex sqrt() {   // principal root, as numpy
            double r = abs();
            double a = Math.sqrt((r + re) / 2), b = Math.sqrt(Math.max(0, (r - re) / 2));
            return new Complex(a, im < 0 ? -b : b);
        }
    }
}
