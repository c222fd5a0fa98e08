package org.rppgnb.app;

import android.content.Context;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rppgnb.core.Profile;
import org.rppgnb.core.Schema;

/**
 * The measurement history in SQLite with exactly the Python schema (org.rppgnb.core.Schema = rppg_nb.app.MIGRATIONS),
 * so `rppg-nb history --db history.sqlite` reads a database pulled from the phone. Room is not used on purpose: it
 * derives the schema from entities and cannot express the CHECK constraints that the shared schema has.
 */
final class HistoryDb extends SQLiteOpenHelper {
    static final String FILE = "history.sqlite";

    HistoryDb(Context ctx) { super(ctx, FILE, null, Schema.SCHEMA_VERSION); }

    @Override public void onConfigure(SQLiteDatabase db) {
        db.setForeignKeyConstraintsEnabled(true);
        db.enableWriteAheadLogging();
    }

    @Override public void onCreate(SQLiteDatabase db) { migrate(db, 0); }

    @Override public void onUpgrade(SQLiteDatabase db, int oldVersion, int newVersion) { migrate(db, oldVersion); }

    private static void migrate(SQLiteDatabase db, int from) {
        for (String sql : Schema.upgrade(from)) if (!sql.startsWith("PRAGMA user_version")) db.execSQL(sql);   // the helper sets user_version
    }

    /** Store one measurement and its user in one transaction; returns the row id. */
    long add(Profile p, double hrBpm, List<Double> windowHrs, String zone, String colour, String modelVersion, String method, String qualityJson) {
        SQLiteDatabase db = getWritableDatabase();
        db.beginTransaction();
        try {
            String now = Schema.isoUtc(Instant.now());
            db.execSQL(Schema.INSERT_USER_IF_NEW, new Object[]{p.name, p.age, p.sex, now});
            db.execSQL(Schema.UPDATE_USER, new Object[]{p.age, p.sex, p.name});
            long uid;
            try (Cursor c = db.rawQuery(Schema.SELECT_USER_ID, new String[]{p.name})) { c.moveToFirst(); uid = c.getLong(0); }
            StringBuilder w = new StringBuilder("[");
            for (int i = 0; i < windowHrs.size(); i++) w.append(i > 0 ? ", " : "").append(windowHrs.get(i));
            android.database.sqlite.SQLiteStatement st = db.compileStatement(Schema.INSERT_MEASUREMENT);
            st.bindLong(1, uid); st.bindString(2, now); st.bindDouble(3, hrBpm); st.bindString(4, w.append("]").toString());
            st.bindString(5, p.state); st.bindString(6, zone); st.bindString(7, colour); st.bindString(8, modelVersion);
            st.bindString(9, method); st.bindString(10, qualityJson);
            long id = st.executeInsert();
            db.setTransactionSuccessful();
            return id;
        } finally { db.endTransaction(); }
    }

    /** A user's measurements, oldest first. */
    static final class Row { String measuredUtc, zone, colour, state; double hrBpm; }

    List<Row> measurements(String name) {
        List<Row> out = new ArrayList<>();
        try (Cursor c = getReadableDatabase().rawQuery(Schema.SELECT_USER_MEASUREMENTS, new String[]{name})) {
            while (c.moveToNext()) {
                Row r = new Row();
                r.measuredUtc = c.getString(0); r.hrBpm = c.getDouble(1); r.zone = c.getString(2); r.colour = c.getString(3); r.state = c.getString(4);
                out.add(r);
            }
        }
        return out;
    }

    static String fmt(Row r) { return String.format(Locale.ROOT, "%s  %5.1f bpm  %-8s %-6s %s", r.measuredUtc, r.hrBpm, r.state, r.colour, r.zone); }
}
