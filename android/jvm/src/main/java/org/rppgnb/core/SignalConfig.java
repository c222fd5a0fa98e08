package org.rppgnb.core;

/** How a raw rPPG wave is cleaned and turned into a heart rate (rppg_nb.core.SignalConfig). */
public final class SignalConfig {
    public final double bandLoHz, bandHiHz;   // band-pass 0.7–3.5 Hz: 42–210 bpm
    public final int filterOrder;             // Butterworth order (applied forwards and backwards)
    public final double detrendLambda;        // smoothness-priors λ at 30 fps (Tarvainen 2002)
    public final double minHrBpm, maxHrBpm;
    public final double peakProminence;       // relative to the wave's robust std

    public SignalConfig(double bandLoHz, double bandHiHz, int filterOrder, double detrendLambda,
                        double minHrBpm, double maxHrBpm, double peakProminence) {
        if (!(0 < bandLoHz && bandLoHz < bandHiHz)) throw RppgException.badConfig("band " + bandLoHz + "–" + bandHiHz + " Hz is not an increasing pair of positive frequencies");
        if (!(0 < minHrBpm && minHrBpm < maxHrBpm)) throw RppgException.badConfig("HR range " + minHrBpm + "–" + maxHrBpm + " bpm is empty");
        this.bandLoHz = bandLoHz; this.bandHiHz = bandHiHz; this.filterOrder = filterOrder; this.detrendLambda = detrendLambda;
        this.minHrBpm = minHrBpm; this.maxHrBpm = maxHrBpm; this.peakProminence = peakProminence;
    }

    public static final SignalConfig DEFAULT = new SignalConfig(0.7, 3.5, 2, 100., 40., 210., 0.3);

    public SignalConfig withMaxHr(double maxHrBpm) {
        return new SignalConfig(bandLoHz, bandHiHz, filterOrder, detrendLambda, minHrBpm, maxHrBpm, peakProminence);
    }
}
