package org.rppgnb.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The measurement history's SQLite schema — the same migrations as rppg_nb.app.MIGRATIONS, so a database
 * written by the phone opens in `rppg-nb history` and vice versa. MIGRATIONS[k] takes version k to k + 1;
 * the version is kept in table schema_version and in PRAGMA user_version.
 */
public final class Schema {
    private Schema() {}

    public static final String SCHEMA_V1 = String.join("\n",
        "CREATE TABLE schema_version (version INTEGER NOT NULL);",
        "CREATE TABLE users (",
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,",
        "  name TEXT NOT NULL UNIQUE,",
        "  age INTEGER NOT NULL CHECK (age BETWEEN 1 AND 120),",
        "  sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),",
        "  created_utc TEXT NOT NULL",
        ");",
        "CREATE TABLE measurements (",
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,",
        "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,",
        "  measured_utc TEXT NOT NULL,",
        "  hr_bpm REAL NOT NULL CHECK (hr_bpm BETWEEN 20 AND 300),",
        "  window_hr_bpm TEXT NOT NULL,",
        "  state TEXT NOT NULL CHECK (state IN ('rest', 'exercise')),",
        "  zone TEXT,",
        "  colour TEXT CHECK (colour IN ('green', 'yellow', 'red')),",
        "  model_version TEXT",
        ");");

    public static final String[] MIGRATIONS = {
        SCHEMA_V1,   // 0 → 1: create
        String.join("\n",   // 1 → 2
            "ALTER TABLE measurements ADD COLUMN method TEXT NOT NULL DEFAULT 'unknown';",
            "ALTER TABLE measurements ADD COLUMN quality TEXT NOT NULL DEFAULT '{}';",
            "CREATE INDEX idx_measurements_user_time ON measurements (user_id, measured_utc);"),
    };
    public static final int SCHEMA_VERSION = MIGRATIONS.length;

    /** The statements of migration k (split on ';', blank ones dropped), as Python's History._migrate runs them. */
    public static List<String> statements(int k) {
        List<String> out = new ArrayList<>();
        for (String s : MIGRATIONS[k].split(";")) if (!s.trim().isEmpty()) out.add(s.trim());
        return out;
    }

    /** Every statement to bring a database from `fromVersion` to SCHEMA_VERSION, version bookkeeping included. */
    public static List<String> upgrade(int fromVersion) {
        if (fromVersion > SCHEMA_VERSION) throw new RppgException("DatabaseError", "database has schema version " + fromVersion + ", newer than this app (" + SCHEMA_VERSION + ")", "update the app");
        List<String> out = new ArrayList<>();
        for (int k = fromVersion; k < SCHEMA_VERSION; k++) {
            out.addAll(statements(k));
            out.add(k == 0 ? "INSERT INTO schema_version (version) VALUES (1)" : "UPDATE schema_version SET version = " + (k + 1));
        }
        out.add("PRAGMA user_version = " + SCHEMA_VERSION);
        return out;
    }

    /** Timestamp as Python stores it: ISO-8601 in UTC with seconds and a "+00:00" offset (datetime.isoformat(timespec="seconds")). */
    public static String isoUtc(java.time.Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").format(t.atOffset(java.time.ZoneOffset.UTC));
    }

    /** Insert of one measurement (parameters: user_id, measured_utc, hr_bpm, window_hr_bpm JSON, state, zone, colour, model_version, method, quality JSON). */
    public static final String INSERT_MEASUREMENT = "INSERT INTO measurements (user_id, measured_utc, hr_bpm, window_hr_bpm, state, zone, colour, "
        + "model_version, method, quality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Upsert of a user (parameters: name, age, sex, created_utc). */
    public static final String UPSERT_USER = "INSERT INTO users (name, age, sex, created_utc) VALUES (?, ?, ?, ?) "
        + "ON CONFLICT(name) DO UPDATE SET age = excluded.age, sex = excluded.sex";
    /** The same upsert for SQLite < 3.24 (Android 8–10 ship 3.18–3.22, without ON CONFLICT … DO UPDATE): run both, in one transaction. */
    public static final String INSERT_USER_IF_NEW = "INSERT OR IGNORE INTO users (name, age, sex, created_utc) VALUES (?, ?, ?, ?)";
    public static final String UPDATE_USER = "UPDATE users SET age = ?, sex = ? WHERE name = ?";
    public static final String SELECT_USER_ID = "SELECT id FROM users WHERE name = ?";
    /** A user's measurements, oldest first: measured_utc, hr_bpm, zone, colour, state. */
    public static final String SELECT_USER_MEASUREMENTS = "SELECT m.measured_utc, m.hr_bpm, m.zone, m.colour, m.state FROM measurements m "
        + "JOIN users u ON u.id = m.user_id WHERE u.name = ? ORDER BY m.measured_utc, m.id";
}
