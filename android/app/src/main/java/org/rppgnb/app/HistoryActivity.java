package org.rppgnb.app;

import android.os.Bundle;
import android.widget.TextView;
import androidx.appcompat.app.AppCompatActivity;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.rppgnb.core.DailyAverage;
import org.rppgnb.core.Profile;
import org.rppgnb.core.Zones;

/** History screen: the last 5 days' daily mean HR (paper Fig. 5) and the list of measurements. */
public class HistoryActivity extends AppCompatActivity {
    @Override protected void onCreate(Bundle b) {
        super.onCreate(b);
        setContentView(R.layout.activity_history);
        Profile p = MainActivity.profileOf(getIntent());
        List<HistoryDb.Row> rows;
        HistoryDb db = new HistoryDb(this);   // not try-with-resources: SQLiteOpenHelper is AutoCloseable only from API 29
        try { rows = db.measurements(p.name); } finally { db.close(); }
        List<String> ts = new ArrayList<>();
        List<Double> hr = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (HistoryDb.Row r : rows) { ts.add(r.measuredUtc); hr.add(r.hrBpm); list.append(HistoryDb.fmt(r)).append('\n'); }
        ZoneId zone = ZoneId.systemDefault();
        Zones.ZoneSet rest = Zones.zonesFor(p.withState("rest"));
        ((DailyChartView) findViewById(R.id.chart)).setData(DailyAverage.compute(ts, hr, LocalDate.now(zone), 5, zone), rest.lowerBpm, rest.upperBpm);
        ((TextView) findViewById(R.id.title)).setText(p.name + ": last 5 days (resting normal range " + Math.round(rest.lowerBpm) + "–" + Math.round(rest.upperBpm) + " bpm)");
        ((TextView) findViewById(R.id.list)).setText(rows.isEmpty() ? "No measurements yet." : list.toString());
    }
}
