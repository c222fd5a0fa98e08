package org.rppgnb.core;

/**
 * Cut a face box out of an ARGB frame and shrink it to size×size RGB bytes by area averaging (like
 * rppg_nb.face.crop_face: edge-replicated outside the frame, cv2.INTER_AREA when shrinking).
 */
public final class FaceCrop {
    private FaceCrop() {}

    /**
     * `argb` = width·height pixels (Bitmap.getPixels order); `box` = {x0,y0,x1,y1} in pixels (already enlarged);
     * writes size·size·3 bytes (R,G,B per pixel, rows top to bottom) into `out` at `offset`.
     */
    public static void crop(int[] argb, int width, int height, double[] box, int size, byte[] out, int offset) {
        int x0 = (int) Math.round(box[0]), y0 = (int) Math.round(box[1]), x1 = (int) Math.round(box[2]), y1 = (int) Math.round(box[3]);
        if (x1 <= x0 || y1 <= y0) throw RppgException.badConfig("empty crop box");
        double sx = (double) (x1 - x0) / size, sy = (double) (y1 - y0) / size;
        int o = offset;
        for (int j = 0; j < size; j++) {
            double ya = y0 + j * sy, yb = ya + sy;
            for (int i = 0; i < size; i++) {
                double xa = x0 + i * sx, xb = xa + sx;
                double r = 0, g = 0, b = 0, wsum = 0;
                for (int y = (int) Math.floor(ya); y < yb; y++) {
                    double wy = Math.min(yb, y + 1) - Math.max(ya, y);
                    if (wy <= 0) continue;
                    int yy = Math.max(0, Math.min(height - 1, y));   // replicate the edge
                    for (int x = (int) Math.floor(xa); x < xb; x++) {
                        double wx = Math.min(xb, x + 1) - Math.max(xa, x);
                        if (wx <= 0) continue;
                        int p = argb[yy * width + Math.max(0, Math.min(width - 1, x))];
                        double w = wx * wy;
                        r += w * ((p >> 16) & 0xFF); g += w * ((p >> 8) & 0xFF); b += w * (p & 0xFF); wsum += w;
                    }
                }
                out[o++] = (byte) Math.round(r / wsum);
                out[o++] = (byte) Math.round(g / wsum);
                out[o++] = (byte) Math.round(b / wsum);
            }
        }
    }
}
