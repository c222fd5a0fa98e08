package org.rppgnb.core;

import static org.junit.Assert.*;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Java POS and `auto` vs rppg_nb.pipeline on the fixtures roi.csv, pos.csv, pos_bytes.csv, auto.csv (nbs/12_export). */
public class PosAutoTest {
    static final double TOL = 1e-9;

    static double maxDiff(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double m = 0;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
        return m;
    }

    static double[][] traces(String s) {
        double[] v = Fixtures.nums(s);
        double[][] o = new double[v.length / 3][3];
        for (int i = 0; i < v.length; i++) o[i / 3][i % 3] = v[i];
        return o;
    }

    static double[] flat(double[][] x) {
        double[] o = new double[x.length * 3];
        for (int i = 0; i < x.length; i++) for (int c = 0; c < 3; c++) o[3 * i + c] = x[i][c];
        return o;
    }

    @Test public void centreRegionMatchesPython() {
        List<Map<String, String>> rows = Fixtures.csv("roi.csv");
        assertTrue(rows.size() >= 4);
        for (Map<String, String> r : rows) {
            int[] roi = Pos.centreRoi(Integer.parseInt(r.get("size")), Pos.ENLARGE);
            assertArrayEquals("size " + r.get("size"), new int[] {Integer.parseInt(r.get("y0")), Integer.parseInt(r.get("y1")),
                              Integer.parseInt(r.get("x0")), Integer.parseInt(r.get("x1"))}, roi);
        }
    }

    @Test public void posWaveMatchesPython() {
        List<Map<String, String>> rows = Fixtures.csv("pos.csv");
        assertTrue(rows.size() >= 4);
        for (Map<String, String> r : rows) {
            double[] got = Pos.fromTraces(traces(r.get("rgb")), Fixtures.num(r.get("fps")));
            double d = maxDiff(got, Fixtures.nums(r.get("wave")));
            assertTrue(r.get("name") + ": POS wave differs by " + d, d < TOL);
        }
    }

    @Test public void posFromCropBytesMatchesPython() {
        for (Map<String, String> r : Fixtures.csv("pos_bytes.csv")) {
            int t = Integer.parseInt(r.get("t")), size = Integer.parseInt(r.get("size"));
            String hex = r.get("hex");
            byte[] b = new byte[hex.length() / 2];
            for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            double d = maxDiff(flat(Pos.rgbTraces(b, t, size, Pos.centreRoi(size, Pos.ENLARGE))), Fixtures.nums(r.get("rgb")));
            assertTrue("traces differ by " + d, d < TOL);
            d = maxDiff(Pos.wave(b, t, size, Fixtures.num(r.get("fps"))), Fixtures.nums(r.get("wave")));
            assertTrue("wave differs by " + d, d < TOL);
        }
    }

    @Test public void autoChoosesLikePython() {
        List<Map<String, String>> rows = Fixtures.csv("auto.csv");
        assertTrue(rows.size() >= 8);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map<String, String> r : rows) {
            String pos = r.get("pos"), fb = r.get("fallback");
            final boolean[] asked = {false};
            Auto.Choice c = Auto.pick(Auto.rule(r.get("state")), Fixtures.nums(r.get("primary")), pos.isEmpty() ? null : Fixtures.nums(pos),
                                      () -> { asked[0] = true; return fb.isEmpty() ? null : Fixtures.nums(fb); }, Fixtures.num(r.get("fps")));
            assertEquals(r.get("name") + " (" + r.get("state") + ")", r.get("method"), c.method);
            if (c.method.equals("physnet") && r.get("state").equals("rest")) assertTrue(asked[0]);   // the fallback model ran only because it was needed
            seen.add(r.get("state") + ":" + c.method);
        }
        assertTrue(seen.toString(), seen.containsAll(List.of("rest:physnet-rest", "rest:pos", "rest:physnet", "exercise:physnet", "exercise:pos")));
    }

    @Test public void methodSummaryLikePython() {
        assertEquals("physnet", Auto.summary(List.of("physnet", "physnet", "physnet")));
        assertEquals("auto: physnet×2 + pos×1", Auto.summary(List.of("pos", "physnet", "physnet")));
        assertEquals("auto: pos×1 + physnet×1", Auto.summary(List.of("pos", "physnet")));
    }

    @Test public void unknownStateAndShortWindowsAreClearErrors() {
        assertEquals("physnet-rest", Auto.rule(null).primary); assertEquals("physnet", Auto.rule(null).fallback);
        assertEquals("physnet", Auto.rule("exercise").primary); assertEquals(null, Auto.rule("exercise").fallback);
        RppgException e = assertThrows(RppgException.class, () -> Auto.rule("asleep"));
        assertEquals("InvalidProfile", e.kind);
        e = assertThrows(RppgException.class, () -> Pos.fromTraces(new double[40][3], 30.));
        assertEquals("VideoTooShort", e.kind);
        double[][] black = new double[90][3];
        e = assertThrows(RppgException.class, () -> Pos.fromTraces(black, 30.));
        assertEquals("BadVideo", e.kind);
        e = assertThrows(RppgException.class, () -> Pos.rgbTraces(new byte[10], 90, 80, Pos.centreRoi(80, 1.5)));
        assertEquals("BadConfig", e.kind);
    }
}
