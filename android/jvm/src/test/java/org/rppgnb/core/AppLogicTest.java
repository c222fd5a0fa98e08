package org.rppgnb.core;

import static org.junit.Assert.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Zones, colours, the 3-window session (both gates) and the schema vs rppg_nb.app (zones.csv, colour_cases.csv, sessions.csv, gates.csv, schema.sql). */
public class AppLogicTest {
    @Test public void zoneTableMatchesPython() {
        List<Map<String, String>> rows = Fixtures.csv("zones.csv");
        assertEquals(480, rows.size());
        for (Map<String, String> r : rows) {
            Profile p = new Profile("table", Integer.parseInt(r.get("age")), r.get("sex"), r.get("state"));
            Zones.ZoneSet z = Zones.zonesFor(p);
            String id = r.get("state") + "/" + r.get("sex") + "/" + r.get("age");
            assertEquals(id, Fixtures.num(r.get("lower_bpm")), z.lowerBpm, 1e-9);
            assertEquals(id, Fixtures.num(r.get("upper_bpm")), z.upperBpm, 1e-9);
            assertEquals(id, Fixtures.num(r.get("yellow_low_bpm")), z.yellowLowBpm(), 1e-9);
            assertEquals(id, Fixtures.num(r.get("yellow_high_bpm")), z.yellowHighBpm(), 1e-9);
            assertTrue(id, Fixtures.same(Fixtures.num(r.get("hrmax_bpm")), z.hrmaxBpm, 1e-9));
            for (Map.Entry<String, double[]> b : z.bands.entrySet()) {
                assertEquals(id + " " + b.getKey(), Fixtures.num(r.get(b.getKey() + "_lo_bpm")), b.getValue()[0], 1e-9);
                assertEquals(id + " " + b.getKey(), Fixtures.num(r.get(b.getKey() + "_hi_bpm")), b.getValue()[1], 1e-9);
            }
        }
    }

    @Test public void coloursMatchPython() {
        List<Map<String, String>> rows = Fixtures.csv("colour_cases.csv");
        assertTrue(rows.size() > 500);
        for (Map<String, String> r : rows) {
            Profile p = new Profile("table", Integer.parseInt(r.get("age")), r.get("sex"), r.get("state"));
            double hr = Double.parseDouble(r.get("hr_bpm"));
            Zones.Classification c = Zones.classify(hr, p);
            String id = r.get("state") + "/" + r.get("sex") + "/" + r.get("age") + " @ " + hr;
            assertEquals(id, r.get("zone"), c.zone);
            assertEquals(id, r.get("colour"), c.colour);
        }
    }

    @Test public void profileValidation() {
        assertEquals("female", new Profile("  Ann  Lee ", 30, "F", "Resting").sex);
        assertEquals("Ann Lee", new Profile("  Ann  Lee ", 30, "F", "Resting").name);
        for (Runnable bad : new Runnable[]{() -> new Profile("", 30, "male", "rest"), () -> new Profile("a", 0, "male", "rest"),
                () -> new Profile("a", 30, "x", "rest"), () -> new Profile("a", 30, "male", "asleep")}) {
            try { bad.run(); fail(); } catch (RppgException e) { assertEquals("InvalidProfile", e.kind); }
        }
        try { Zones.classify(Double.NaN, new Profile("a", 30, "male", "rest")); fail(); } catch (RppgException e) { assertEquals("BadSignal", e.kind); }
    }

    @Test public void sessionsMatchPython() {
        List<Map<String, String>> rows = Fixtures.csv("sessions.csv");
        assertEquals(26, rows.size());
        int strictDiffers = 0;
        for (Map<String, String> r : rows) {
            double[] hrs = Fixtures.nums(r.get("window_hr_bpm"));
            List<Double> h = new ArrayList<>();
            List<Session.WindowQuality> qs = new ArrayList<>();
            String[] snr = r.get("snr_db").split(" "), ff = r.get("face_fraction").split(" "), cv = r.get("ibi_cv").split(" "), nb = r.get("n_beats").split(" ");
            for (int i = 0; i < hrs.length; i++) {
                h.add(hrs[i]);
                Session.WindowQuality q = new Session.WindowQuality();
                q.snrDb = opt(snr[i]); q.faceFraction = opt(ff[i]); q.ibiCv = opt(cv[i]);
                q.nBeats = nb[i].equals("-") ? null : Integer.parseInt(nb[i]);
                qs.add(q);
            }
            String id = r.get("gate") + " " + r.get("window_hr_bpm");
            Session.QualityGate gate = Session.QualityGate.named(r.get("gate"));
            String got;
            try {
                Session.Outcome o = Session.measureWindows(h, qs, gate);
                got = String.join(" ", o.used.stream().map(String::valueOf).toArray(String[]::new));
                assertEquals(id, r.get("error"), "");
                assertEquals(id, Double.parseDouble(r.get("hr_bpm")), o.hrBpm, 1e-9);
                assertEquals(id, r.get("used"), got);
            } catch (RppgException e) { assertEquals(id, r.get("error"), e.kind); got = e.kind; }
            if (r.get("gate").equals("strict")) {   // the same windows under the default gate: count where the strict one decides otherwise
                String dflt;
                try { dflt = String.join(" ", Session.measureWindows(h, qs, new Session.QualityGate()).used.stream().map(String::valueOf).toArray(String[]::new)); }
                catch (RppgException e) { dflt = e.kind; }
                if (!dflt.equals(got)) strictDiffers++;
            }
        }
        assertEquals(4, strictDiffers);
    }

    @Test public void gatesMatchPython() {
        List<Map<String, String>> rows = Fixtures.csv("gates.csv");
        assertEquals(18, rows.size());
        for (Map<String, String> r : rows) {
            Map<String, Number> g = Session.QualityGate.named(r.get("gate")).asMap();
            assertTrue(r.get("field"), g.containsKey(r.get("field")));
            assertEquals(r.get("gate") + " " + r.get("field"), Double.parseDouble(r.get("value")), g.get(r.get("field")).doubleValue(), 0);
        }
        assertEquals(9, Session.QualityGate.strict().asMap().size());   // no field Java has that Python lacks
        try { Session.QualityGate.named("lenient"); fail(); } catch (RppgException e) { assertEquals("BadConfig", e.kind); }
    }
    private static Double opt(String s) { return s.equals("-") ? null : Double.parseDouble(s); }

    @Test public void schemaMatchesPython() {
        String sql = Fixtures.text("schema.sql");
        String[] parts = sql.split("\n-- migration\n");
        assertTrue(parts[0].startsWith("-- schema_version " + Schema.SCHEMA_VERSION + "\n"));
        parts[0] = parts[0].substring(parts[0].indexOf('\n') + 1);
        assertEquals(Schema.SCHEMA_VERSION, parts.length);
        for (int k = 0; k < parts.length; k++) assertEquals("migration " + k, norm(parts[k]), norm(Schema.MIGRATIONS[k]));
        List<String> up = Schema.upgrade(0);
        assertEquals("PRAGMA user_version = 2", up.get(up.size() - 1));
        assertEquals(3, Schema.statements(0).size());
        assertTrue(Schema.upgrade(1).get(0).startsWith("ALTER TABLE measurements ADD COLUMN method"));
        assertEquals("2024-05-01T08:00:00+00:00", Schema.isoUtc(java.time.Instant.parse("2024-05-01T08:00:00.750Z")));
    }
    private static String norm(String s) { return String.join(" ", s.trim().split("\\s+")); }

    @Test public void dailyAverageOfLastFiveDays() {
        List<String> ts = Arrays.asList("2024-05-01T08:00:00+00:00", "2024-05-03T09:00:00+00:00", "2024-05-03T21:00:00+00:00", "2024-05-05T23:30:00+00:00", "2024-04-20T10:00:00+00:00");
        List<Double> hr = Arrays.asList(60., 70., 80., 90., 100.);
        List<DailyAverage.Day> d = DailyAverage.compute(ts, hr, LocalDate.of(2024, 5, 5), 5, ZoneOffset.UTC);
        assertEquals(5, d.size());
        assertEquals(LocalDate.of(2024, 5, 1), d.get(0).day);
        assertEquals(60., d.get(0).hrBpm, 0); assertEquals(75., d.get(2).hrBpm, 0); assertEquals(2, d.get(2).n);
        assertTrue(Double.isNaN(d.get(1).hrBpm)); assertEquals(90., d.get(4).hrBpm, 0);
        // in UTC+2 the 23:30 UTC reading falls on the next day, outside the window
        List<DailyAverage.Day> d2 = DailyAverage.compute(ts, hr, LocalDate.of(2024, 5, 5), 5, ZoneOffset.ofHours(2));
        assertEquals(0, d2.get(4).n);
    }

    @Test public void guideAndCropBox() {
        assertArrayEquals(new double[]{25, 15, 175, 165}, FaceGuide.enlargeBox(50, 40, 150, 140, 1.5), 1e-12);
        assertFalse(FaceGuide.check(null, 640, 480, null).ok);
        assertEquals("Move closer — your face is too small", FaceGuide.check(new double[]{300, 220, 340, 260}, 640, 480, null).message);
        assertTrue(FaceGuide.check(new double[]{220, 140, 420, 340}, 640, 480, new double[][]{{320, 240}, {321, 240}}).ok);
        assertEquals("Hold still", FaceGuide.check(new double[]{220, 140, 420, 340}, 640, 480, new double[][]{{300, 240}, {340, 240}}).message);
        assertTrue(FaceGuide.severalFaces(new double[]{40000, 39000}));          // two people side by side
        assertFalse(FaceGuide.severalFaces(new double[]{40000, 34000}));         // someone smaller behind the user (0.85)
        assertFalse(FaceGuide.severalFaces(new double[]{40000}));
        assertFalse(FaceGuide.severalFaces(new double[]{}));
        assertFalse(FaceGuide.SEVERAL_FACES.ok);
    }
}
