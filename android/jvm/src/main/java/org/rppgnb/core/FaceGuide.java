package org.rppgnb.core;

/** Crop box and the guide overlay's advice (rppg_nb.face.enlarge_box / guide_check), for detector boxes in pixels. */
public final class FaceGuide {
    private FaceGuide() {}

    /** Square box around the same centre, `factor` × the longer side: {x0, y0, x1, y1}. */
    public static double[] enlargeBox(double x0, double y0, double x1, double y1, double factor) {
        double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, half = Math.max(x1 - x0, y1 - y0) * factor / 2;
        return new double[]{cx - half, cy - half, cx + half, cy + half};
    }

    public static final class Advice {
        public final boolean ok; public final String message;
        Advice(boolean ok, String message) { this.ok = ok; this.message = message; }
    }

    /** A second face whose box has at least this share of the largest box's area makes it unclear whom to measure (rppg_nb.face.track_faces). */
    public static final double MAX_SECOND_FACE = 0.93;
    public static final Advice SEVERAL_FACES = new Advice(false, "One face at a time — only the measured person should be in view");

    /** Two or more faces of similar size among the detector boxes' areas? */
    public static boolean severalFaces(double[] areas) {
        double max = 0; for (double a : areas) max = Math.max(max, a);
        int n = 0; for (double a : areas) if (a >= MAX_SECOND_FACE * max) n++;
        return max > 0 && n >= 2;
    }

    /**
     * Is the face centred, large enough and steady? `box` = {x0,y0,x1,y1} or null; `recentCentres` = recent
     * box centres {cx, cy} in pixels (may be null). Thresholds as rppg_nb.face.guide_check.
     */
    public static Advice check(double[] box, int frameW, int frameH, double[][] recentCentres) {
        double maxOffset = 0.15, minSize = 0.25, maxSize = 0.8, maxMotion = 0.02;
        int shortSide = Math.min(frameW, frameH);
        if (box == null) return new Advice(false, "No face found — look at the camera in good light");
        double cx = (box[0] + box[2]) / 2 / frameW - 0.5, cy = (box[1] + box[3]) / 2 / frameH - 0.5;
        double size = (box[2] - box[0]) / shortSide;
        if (size < minSize) return new Advice(false, "Move closer — your face is too small");
        if (size > maxSize) return new Advice(false, "Move back — your face is too close");
        if (Math.abs(cx) > maxOffset) return new Advice(false, "Move " + (cx > 0 ? "left" : "right") + " — centre your face in the oval");
        if (Math.abs(cy) > maxOffset) return new Advice(false, "Move " + (cy > 0 ? "up" : "down") + " — centre your face in the oval");
        if (recentCentres != null && recentCentres.length >= 2) {
            double mx = 0, my = 0;
            for (double[] c : recentCentres) { mx += c[0]; my += c[1]; }
            mx /= recentCentres.length; my /= recentCentres.length;
            double vx = 0, vy = 0;
            for (double[] c : recentCentres) { vx += (c[0] - mx) * (c[0] - mx); vy += (c[1] - my) * (c[1] - my); }
            double motion = Math.hypot(Math.sqrt(vx / recentCentres.length), Math.sqrt(vy / recentCentres.length)) / shortSide;
            if (motion > maxMotion) return new Advice(false, "Hold still");
        }
        return new Advice(true, "Good — hold still");
    }
}
