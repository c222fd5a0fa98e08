package org.rppgnb.app;

import android.content.Context;
import android.graphics.Canvas;
import android.graphics.Paint;
import android.util.AttributeSet;
import android.view.View;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.rppgnb.core.DailyAverage;

/** Bar chart of the daily mean HR of the last 5 days (paper Fig. 5), the resting normal range shaded. */
public class DailyChartView extends View {
    private final Paint bar = new Paint(Paint.ANTI_ALIAS_FLAG), text = new Paint(Paint.ANTI_ALIAS_FLAG), band = new Paint(), axis = new Paint();
    private List<DailyAverage.Day> days = new ArrayList<>();
    private double lower = Double.NaN, upper = Double.NaN;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd");

    public DailyChartView(Context c, AttributeSet a) {
        super(c, a);
        bar.setColor(0xBFD32F2F); band.setColor(0x202E7D32); axis.setColor(0xFF888888); axis.setStrokeWidth(2);
        text.setColor(0xFF888888); text.setTextSize(28); text.setTextAlign(Paint.Align.CENTER);
    }

    public void setData(List<DailyAverage.Day> days, double normalLowerBpm, double normalUpperBpm) {
        this.days = days; lower = normalLowerBpm; upper = normalUpperBpm; invalidate();
    }

    @Override protected void onDraw(Canvas c) {
        super.onDraw(c);
        if (days.isEmpty()) return;
        float w = getWidth(), h = getHeight(), top = 40, bottom = h - 40;
        double max = Double.isNaN(upper) ? 100 : upper;
        for (DailyAverage.Day d : days) if (d.n > 0) max = Math.max(max, d.hrBpm);
        max *= 1.25;
        final double ymax = max;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (bottom - top) * v / ymax;
        if (!Double.isNaN(lower)) c.drawRect(0, (float) y.applyAsDouble(upper), w, (float) y.applyAsDouble(lower), band);
        c.drawLine(0, bottom, w, bottom, axis);
        float slot = w / days.size();
        for (int i = 0; i < days.size(); i++) {
            DailyAverage.Day d = days.get(i);
            float cx = slot * (i + 0.5f);
            c.drawText(d.day.format(LABEL), cx, h - 8, text);
            if (d.n == 0) { c.drawText("no data", cx, bottom - 10, text); continue; }
            float yt = (float) y.applyAsDouble(d.hrBpm);
            c.drawRect(cx - slot * 0.3f, yt, cx + slot * 0.3f, bottom, bar);
            c.drawText(Math.round(d.hrBpm) + " (n=" + d.n + ")", cx, yt - 8, text);
        }
    }
}
