package org.rppgnb.core;

import static org.junit.Assert.*;

import org.junit.Test;

public class FaceCropTest {
    @Test public void areaAverageAndEdgeReplication() {
        int w = 8, h = 8;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) px[y * w + x] = 0xFF000000 | ((x < 4 ? 200 : 100) << 16) | (y << 8) | 7;
        byte[] out = new byte[2 * 2 * 3];
        FaceCrop.crop(px, w, h, new double[]{0, 0, 8, 8}, 2, out, 0);
        assertEquals(200, out[0] & 0xFF); assertEquals(100, out[3] & 0xFF);   // left / right halves
        assertEquals(2, out[1] & 0xFF); assertEquals(6, out[7] & 0xFF);       // mean of rows 0–3 = 1.5 → 2, rows 4–7 = 5.5 → 6
        assertEquals(7, out[2] & 0xFF);
        byte[] out2 = new byte[3];
        FaceCrop.crop(px, w, h, new double[]{-4, -4, 0, 0}, 1, out2, 0);   // wholly outside: the corner pixel replicated
        assertEquals(200, out2[0] & 0xFF); assertEquals(0, out2[1] & 0xFF);
    }
}
