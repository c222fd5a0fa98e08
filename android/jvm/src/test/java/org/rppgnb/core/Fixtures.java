package org.rppgnb.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the CSV fixtures written by nbs/12_export.ipynb (plain CSV: no quoted fields). */
final class Fixtures {
    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("fixture " + name + " missing: run nbs/12_export.ipynb");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) { throw new IllegalStateException(e); }
    }

    static List<Map<String, String>> csv(String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(text(name).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",", -1);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                String[] f = line.split(",", -1);
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i], i < f.length ? f[i] : "");
                rows.add(m);
            }
        } catch (IOException e) { throw new IllegalStateException(e); }
        return rows;
    }

    static double num(String s) { return s == null || s.isEmpty() || s.equals("nan") ? Double.NaN : Double.parseDouble(s); }

    static double[] nums(String s) {
        String[] p = s.trim().split(" ");
        double[] o = new double[p.length];
        for (int i = 0; i < p.length; i++) o[i] = num(p[i]);
        return o;
    }

    static boolean same(double a, double b, double tol) { return (Double.isNaN(a) && Double.isNaN(b)) || Math.abs(a - b) <= tol; }
}
