package org.rppgnb.core;

import static org.junit.Assert.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class FaceTrackTest {
    /** Streams each fixture's detections frame by frame, as the app does, and cuts each frame as soon as its box is known. */
    @Test public void streamedBoxesMatchPython() {
        List<Map<String, String>> rows = Fixtures.csv("track.csv");
        assertEquals(9, rows.size());
        for (Map<String, String> r : rows) {
            int every = Integer.parseInt(r.get("every")), smooth = Integer.parseInt(r.get("smooth")), T = Integer.parseInt(r.get("frames"));
            String[] want = r.get("boxes").trim().split(" ");
            assertEquals(4 * T, want.length);
            java.util.Map<Long, double[]> dets = new java.util.HashMap<>();
            for (String d : r.get("detections").split(";")) {
                String[] f = d.trim().split(" ");
                dets.put(Long.parseLong(f[0]), f[1].equals("-") ? null
                        : new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
            FaceTrack tr = new FaceTrack(smooth);
            List<Long> pending = new ArrayList<>();
            double[][] got = new double[T][];
            for (long t = 0; t < T; t++) {
                if (dets.containsKey(t)) tr.detection(t, dets.get(t));
                pending.add(t);
                while (!pending.isEmpty()) {
                    double[] b = tr.boxAt(pending.get(0));
                    if (b == null) break;
                    got[(int) (long) pending.remove(0)] = b;
                }
                if (!pending.isEmpty()) tr.forget(pending.get(0)); else tr.forget(t);
                // a frame waits no longer than promised (missed detections aside)
                if (!r.get("name").contains("missed")) assertTrue(r.get("name") + " waits too long at " + t, pending.size() <= tr.maxDelayFrames(every) + 1);
                assertTrue("kept " + tr.size() + " detections", tr.size() <= smooth + 3);
            }
            tr.finish();
            for (long t : pending) got[(int) t] = tr.boxAt(t);
            for (int t = 0; t < T; t++)
                for (int c = 0; c < 4; c++)
                    assertEquals(r.get("name") + " smooth " + smooth + " frame " + t, Double.parseDouble(want[4 * t + c]), got[t][c], 1e-9);
        }
    }

    @Test public void waitsForTheDetectionsAfterAFrame() {
        FaceTrack tr = new FaceTrack(3);
        assertEquals(5, tr.maxDelayFrames(3));
        assertNull(tr.boxAt(0));
        tr.detection(0, new double[]{0, 0, 10, 10});
        assertNull(tr.boxAt(0));                                   // needs the next detection for its mean
        tr.detection(3, new double[]{3, 0, 13, 10});
        assertArrayEquals(new double[]{1, 0, 11, 10}, tr.boxAt(0), 1e-12);   // mean of (0, 0, 3): edges repeated
        assertNull(tr.boxAt(1));                                   // between 0 and 3: needs the box at 3, which needs detection 6
        tr.detection(6, null);                                     // missed: skipped
        assertNull(tr.boxAt(1));
        tr.detection(9, new double[]{9, 0, 19, 10});
        assertArrayEquals(new double[]{4, 0, 14, 10}, tr.boxAt(3), 1e-12);  // mean of (0, 3, 9)
        assertArrayEquals(new double[]{2, 0, 12, 10}, tr.boxAt(1), 1e-12);  // 1/3 of the way from 1 to 4
        assertNull(tr.boxAt(10));
        tr.finish();
        assertArrayEquals(new double[]{7, 0, 17, 10}, tr.boxAt(10), 1e-12); // held after the last: mean of (3, 9, 9)
        RppgException e = assertThrows(RppgException.class, () -> tr.detection(12, new double[]{0, 0, 1, 1}));
        assertEquals("BadConfig", e.kind);
        tr.reset();
        assertNull(tr.boxAt(10));
        tr.detection(5, new double[]{0, 0, 2, 2});
        e = assertThrows(RppgException.class, () -> tr.detection(5, new double[]{0, 0, 2, 2}));
        assertTrue(e.getMessage(), e.getMessage().contains("increasing frame order"));
        assertThrows(RppgException.class, () -> new FaceTrack(0));
    }

    @Test public void withoutSmoothingOnlyTheNextDetectionIsAwaited() {
        FaceTrack tr = new FaceTrack(1);
        assertEquals(2, tr.maxDelayFrames(3));
        tr.detection(0, new double[]{0, 0, 10, 10});
        assertArrayEquals(new double[]{0, 0, 10, 10}, tr.boxAt(0), 1e-12);
        assertNull(tr.boxAt(2));
        tr.detection(3, new double[]{3, 3, 13, 13});
        assertArrayEquals(new double[]{2, 2, 12, 12}, tr.boxAt(2), 1e-12);
    }
}
