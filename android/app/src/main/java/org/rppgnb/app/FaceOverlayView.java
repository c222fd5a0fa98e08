package org.rppgnb.app;

import android.content.Context;
import android.graphics.Canvas;
import android.graphics.Color;
import android.graphics.Paint;
import android.graphics.RectF;
import android.util.AttributeSet;
import android.view.View;

/** The guide overlay: an oval to put the face in (green when the guide check passes) and the detected face box. */
public class FaceOverlayView extends View {
    private final Paint oval = new Paint(Paint.ANTI_ALIAS_FLAG), box = new Paint(Paint.ANTI_ALIAS_FLAG), shade = new Paint();
    private RectF face;        // in view coordinates, or null
    private boolean ok;

    public FaceOverlayView(Context c, AttributeSet a) {
        super(c, a);
        oval.setStyle(Paint.Style.STROKE); oval.setStrokeWidth(8);
        box.setStyle(Paint.Style.STROKE); box.setStrokeWidth(3); box.setColor(Color.WHITE);
        shade.setColor(0x40000000);
    }

    /**
     * `b` = {x0,y0,x1,y1} in the upright analysis image of `imgW`×`imgH`, or null. The preview (FILL_CENTER) is
     * mirrored for the front camera, so x is flipped when mapping into the view.
     */
    public void update(double[] b, int imgW, int imgH, boolean ok) {
        this.ok = ok;
        if (b == null) face = null;
        else {
            float s = Math.max((float) getWidth() / imgW, (float) getHeight() / imgH);
            float dx = (getWidth() - imgW * s) / 2, dy = (getHeight() - imgH * s) / 2;
            face = new RectF(getWidth() - (float) (b[2] * s + dx), (float) (b[1] * s + dy), getWidth() - (float) (b[0] * s + dx), (float) (b[3] * s + dy));
        }
        postInvalidate();
    }

    @Override protected void onDraw(Canvas c) {
        super.onDraw(c);
        float w = getWidth(), h = getHeight();
        RectF guide = new RectF(w * 0.2f, h * 0.22f, w * 0.8f, h * 0.62f);
        oval.setColor(ok ? 0xFF2E7D32 : 0xFFFFFFFF);
        c.drawOval(guide, oval);
        if (face != null) c.drawRect(face, box);
    }
}
