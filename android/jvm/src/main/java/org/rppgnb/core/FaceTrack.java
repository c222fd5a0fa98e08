package org.rppgnb.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The face box on every frame from detections on some frames (rppg_nb.face.track_faces with every_k > 1): each
 * detection's centre and size are averaged with its neighbours' (a centred mean over `smooth` detections) and
 * interpolated linearly between detections. A frame's box is known only once the detections after it are, so
 * `boxAt` answers null until then: the app keeps those few frames and cuts their crops a little later
 * (at most `maxDelayFrames(every)` frames). Frames before the first detection get its box; frames after the last one
 * get the last box once `finish` is called. Missed detections (no face) are skipped, as in Python.
 * Python shrinks the mean's window when a whole video has fewer than `smooth` detections; this streaming
 * version does not know the total and always averages over `smooth` (edges repeated), so the two differ only there.
 */
public final class FaceTrack {
    private final int smooth, before, after;          // the mean's window: `before` detections before, `after` after
    private final List<double[]> dets = new ArrayList<>();   // {frame, cx, cy, w, h}
    private boolean finished;

    public FaceTrack(int smooth) {
        if (smooth < 1) throw RppgException.badConfig("smooth must be ≥ 1, got " + smooth);
        this.smooth = smooth; this.before = smooth / 2; this.after = smooth - 1 - smooth / 2;
    }

    /** Frames a crop may wait for its box when the detector runs on every `every`-th frame. */
    public int maxDelayFrames(int every) { return every * (after + 1) - 1; }

    /** The detector's box {x0, y0, x1, y1} on frame `frame` (frames in increasing order), or null when it found no face. */
    public void detection(long frame, double[] box) {
        if (finished) throw RppgException.badConfig("detection after finish(); call reset() to start a new track");
        if (!dets.isEmpty() && frame <= dets.get(dets.size() - 1)[0])
            throw RppgException.badConfig("detections must come in increasing frame order, got " + frame + " after " + (long) dets.get(dets.size() - 1)[0]);
        if (box == null) return;
        dets.add(new double[]{frame, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, box[2] - box[0], box[3] - box[1]});
    }

    /** No more detections will come: the last box holds to the end. */
    public void finish() { finished = true; }

    /** Start again (the face was lost): forget every detection. */
    public void reset() { dets.clear(); finished = false; }

    /** Forget detections that no frame from `frame` on needs (keeps memory bounded on a long measurement). */
    public void forget(long frame) {
        int j = lastAtOrBefore(frame), drop = j - before;
        if (drop > 0) dets.subList(0, drop).clear();
    }

    /** Detections kept (for tests). */
    public int size() { return dets.size(); }

    private int lastAtOrBefore(long frame) {
        int lo = 0, hi = dets.size() - 1, j = -1;
        while (lo <= hi) { int m = (lo + hi) >>> 1; if (dets.get(m)[0] <= frame) { j = m; lo = m + 1; } else hi = m - 1; }
        return j;
    }

    private boolean known(int j) { return finished || j + after <= dets.size() - 1; }

    /** Detection `j`'s (cx, cy, w, h) averaged over its centred window, edges repeated (Python's _moving_average). */
    private double[] smoothed(int j) {
        int n = dets.size();
        double[] s = new double[4];
        for (int i = j - before; i <= j + after; i++) {
            double[] d = dets.get(Math.max(0, Math.min(n - 1, i)));
            for (int c = 0; c < 4; c++) s[c] += d[c + 1];
        }
        for (int c = 0; c < 4; c++) s[c] /= smooth;
        return s;
    }

    private static double[] corners(double[] s) { return new double[]{s[0] - s[2] / 2, s[1] - s[3] / 2, s[0] + s[2] / 2, s[1] + s[3] / 2}; }

    /** The box {x0, y0, x1, y1} (detector-sized, not enlarged) on frame `frame`, or null while the detections it needs have not come. */
    public double[] boxAt(long frame) {
        if (dets.isEmpty()) return null;
        int j = lastAtOrBefore(frame);
        if (j < 0) return known(0) ? corners(smoothed(0)) : null;                 // before the first detection: its box
        if (dets.get(j)[0] == frame) return known(j) ? corners(smoothed(j)) : null;
        if (j == dets.size() - 1) return finished ? corners(smoothed(j)) : null;   // after the last detection so far
        if (!known(j + 1)) return null;
        double[] a = smoothed(j), b = smoothed(j + 1), s = new double[4];
        double f0 = dets.get(j)[0], f1 = dets.get(j + 1)[0], u = (frame - f0) / (f1 - f0);
        for (int c = 0; c < 4; c++) s[c] = a[c] + u * (b[c] - a[c]);
        return corners(s);
    }
}
