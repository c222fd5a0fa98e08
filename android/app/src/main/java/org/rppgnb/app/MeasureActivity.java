package org.rppgnb.app;

import android.Manifest;
import android.content.pm.PackageManager;
import android.graphics.Bitmap;
import android.graphics.Matrix;
import android.graphics.Rect;
import android.hardware.camera2.CaptureRequest;
import android.os.Bundle;
import android.util.Range;
import android.util.Size;
import android.widget.ProgressBar;
import android.widget.TextView;
import androidx.annotation.OptIn;
import androidx.appcompat.app.AppCompatActivity;
import androidx.camera.camera2.interop.Camera2Interop;
import androidx.camera.camera2.interop.ExperimentalCamera2Interop;
import androidx.camera.core.CameraSelector;
import androidx.camera.core.ImageAnalysis;
import androidx.camera.core.ImageProxy;
import androidx.camera.core.Preview;
import androidx.camera.lifecycle.ProcessCameraProvider;
import androidx.camera.view.PreviewView;
import androidx.core.app.ActivityCompat;
import androidx.core.content.ContextCompat;
import com.google.android.gms.tasks.Tasks;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.mlkit.vision.common.InputImage;
import com.google.mlkit.vision.face.Face;
import com.google.mlkit.vision.face.FaceDetection;
import com.google.mlkit.vision.face.FaceDetector;
import com.google.mlkit.vision.face.FaceDetectorOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.json.JSONArray;
import org.json.JSONObject;
import org.rppgnb.core.Auto;
import org.rppgnb.core.FaceCrop;
import org.rppgnb.core.FaceGuide;
import org.rppgnb.core.FaceTrack;
import org.rppgnb.core.HeartRate;
import org.rppgnb.core.Pos;
import org.rppgnb.core.Profile;
import org.rppgnb.core.RppgException;
import org.rppgnb.core.Session;
import org.rppgnb.core.Zones;

/**
 * Measurement screen (paper §3.3): front camera at 30 fps → ML Kit face box (every 3rd frame) with the guide overlay →
 * each frame kept until the detections after it are known, then cut along their centred mean over 3, interpolated
 * (`FaceTrack`, as rppg_nb.face.track_faces; 11_paper "The app's track") → 80×80 crops of the box enlarged 1.5× →
 * 90-frame window → model and POS → `auto`'s wave (at rest the rest model's whenever it gives a number, else POS's;
 * after exercise PhysNet's whenever it gives a number) → peaks → PPI → HR (eq. 2) → quality gate; the final HR
 * is the mean of 3 agreeing windows, coloured by the user's zone and stored with the methods that produced it.
 */
public class MeasureActivity extends AppCompatActivity {
    private static final int DETECT_EVERY = 3;
    private static final int TRACK_SMOOTH = 3;   // centred mean over 3 detections (11_paper "The app's track"): a crop waits at most 5 frames for its box
    private static final double ENLARGE = 1.5, MIN_FPS = 10;

    private PreviewView preview;
    private FaceOverlayView overlay;
    private TextView status, result;
    private ProgressBar progress;
    private Profile profile;

    private final ExecutorService cameraThread = Executors.newSingleThreadExecutor();
    private final ExecutorService modelThread = Executors.newSingleThreadExecutor();
    private FaceDetector detector;
    private RppgModel model, restModel;   // the general model and the rest model (`auto` at rest, Auto.rule)
    private String modelVersion;

    private final FrameBuffer buffer = new FrameBuffer(RppgModel.T, RppgModel.SIZE);
    private Session.QualityGate gate = new Session.QualityGate();   // or the strict one (MainActivity's setting)
    private final List<Double> windowHrs = new ArrayList<>();
    private final List<String> windowMethods = new ArrayList<>();
    private final List<Session.WindowQuality> qualities = new ArrayList<>();
    private final ArrayDeque<double[]> recentCentres = new ArrayDeque<>();
    private double[] smoothBox;      // detector box, exponentially smoothed: only for the guide and the overlay
    private final FaceTrack track = new FaceTrack(TRACK_SMOOTH);   // the crops' boxes
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();   // frames waiting for their box
    private int frameNo, framesSinceFace = 1000;
    private volatile boolean severalFaces;   // two faces of similar size in the last detection
    private volatile boolean done;

    @Override protected void onCreate(Bundle b) {
        super.onCreate(b);
        setContentView(R.layout.activity_measure);
        preview = findViewById(R.id.preview); overlay = findViewById(R.id.overlay);
        status = findViewById(R.id.status); result = findViewById(R.id.result); progress = findViewById(R.id.progress);
        profile = MainActivity.profileOf(getIntent());
        gate = MainActivity.gateOf(getIntent());
        progress.setMax(gate.nWindows * RppgModel.T);
        detector = FaceDetection.getClient(new FaceDetectorOptions.Builder().setPerformanceMode(FaceDetectorOptions.PERFORMANCE_MODE_FAST).build());
        modelThread.execute(() -> {
            try { model = RppgModel.load(this); restModel = RppgModel.load(this, RppgModel.REST); modelVersion = RppgModel.modelVersion(this); }
            catch (Exception e) { fail("cannot load the model: " + e.getMessage()); }
        });
        if (ContextCompat.checkSelfPermission(this, Manifest.permission.CAMERA) == PackageManager.PERMISSION_GRANTED) startCamera();
        else ActivityCompat.requestPermissions(this, new String[]{Manifest.permission.CAMERA}, 1);
    }

    @Override public void onRequestPermissionsResult(int code, String[] perms, int[] res) {
        super.onRequestPermissionsResult(code, perms, res);
        if (res.length > 0 && res[0] == PackageManager.PERMISSION_GRANTED) startCamera();
        else fail(getString(R.string.camera_needed));
    }

    @OptIn(markerClass = ExperimentalCamera2Interop.class)
    private void startCamera() {
        ListenableFuture<ProcessCameraProvider> f = ProcessCameraProvider.getInstance(this);
        f.addListener(() -> {
            try {
                ProcessCameraProvider cp = f.get();
                Preview pv = new Preview.Builder().build();
                pv.setSurfaceProvider(preview.getSurfaceProvider());
                ImageAnalysis.Builder ab = new ImageAnalysis.Builder()
                        .setTargetResolution(new Size(480, 640))
                        .setOutputImageFormat(ImageAnalysis.OUTPUT_IMAGE_FORMAT_RGBA_8888)
                        .setBackpressureStrategy(ImageAnalysis.STRATEGY_KEEP_ONLY_LATEST);
                // the model was trained at 30 fps (paper §4); ask the camera for a fixed 30 fps
                new Camera2Interop.Extender<>(ab).setCaptureRequestOption(CaptureRequest.CONTROL_AE_TARGET_FPS_RANGE, new Range<>(30, 30));
                ImageAnalysis analysis = ab.build();
                analysis.setAnalyzer(cameraThread, this::analyze);
                cp.unbindAll();
                cp.bindToLifecycle(this, CameraSelector.DEFAULT_FRONT_CAMERA, pv, analysis);
            } catch (Exception e) { fail("cannot open the front camera: " + e.getMessage()); }
        }, ContextCompat.getMainExecutor(this));
    }

    /** Camera thread: one frame. */
    private void analyze(ImageProxy image) {
        try {
            if (done) return;
            Bitmap bmp = upright(image.toBitmap(), image.getImageInfo().getRotationDegrees());
            int w = bmp.getWidth(), h = bmp.getHeight();
            long f = frameNo++;
            if (f % DETECT_EVERY == 0) detect(bmp, f);
            else framesSinceFace++;
            boolean faceNow = framesSinceFace < DETECT_EVERY;
            FaceGuide.Advice advice = severalFaces ? FaceGuide.SEVERAL_FACES
                    : FaceGuide.check(faceNow ? smoothBox : null, w, h, recentCentres.toArray(new double[0][]));
            overlay.update(smoothBox, w, h, advice.ok);
            if (smoothBox == null || !advice.ok) {   // wait for a well-placed face; a window restarts when it leaves the guide
                if (!faceNow) { buffer.clear(); pending.clear(); track.reset(); }
                else cutKnownFrames(f);                // frames kept before still get their boxes
                show(advice.message, null);
                return;
            }
            int[] px = new int[w * h];
            bmp.getPixels(px, 0, w, 0, 0, w, h);
            pending.addLast(new Pending(px, w, h, f, image.getImageInfo().getTimestamp(), faceNow));
            cutKnownFrames(f);
            runOnUiThread(() -> progress.setProgress(windowHrs.size() * RppgModel.T + buffer.size()));
            show(advice.message + String.format(Locale.ROOT, " — window %d, %d/%d frames", windowHrs.size() + 1, buffer.size(), RppgModel.T), null);
        } catch (Exception e) {
            fail(e instanceof RppgException ? e.getMessage() : "frame failed: " + e);
        } finally { image.close(); }
    }

    /** A camera frame kept until the track knows its box. */
    private static final class Pending {
        final int[] px; final int w, h; final long frame, timestampNs; final boolean face;
        Pending(int[] px, int w, int h, long frame, long timestampNs, boolean face) {
            this.px = px; this.w = w; this.h = h; this.frame = frame; this.timestampNs = timestampNs; this.face = face;
        }
    }

    /** Cut every kept frame whose box is known, in order (a full window goes to the model thread); then forget the detections no frame from `f` on needs. */
    private void cutKnownFrames(long f) {
        double[] box;
        while (!pending.isEmpty() && (box = track.boxAt(pending.peekFirst().frame)) != null) {
            Pending p = pending.removeFirst();
            double[] crop = FaceGuide.enlargeBox(box[0], box[1], box[2], box[3], ENLARGE);
            FaceCrop.crop(p.px, p.w, p.h, crop, RppgModel.SIZE, buffer.frames, buffer.nextOffset());
            buffer.commit(p.timestampNs, p.face);
            if (buffer.full()) {
                byte[] frames = buffer.frames.clone();
                double fps = buffer.fps(), ff = buffer.faceFraction();
                buffer.clear();
                modelThread.execute(() -> window(frames, fps, ff));
            }
        }
        track.forget(pending.isEmpty() ? f : pending.peekFirst().frame);
    }

    private static Bitmap upright(Bitmap b, int degrees) {
        if (degrees == 0) return b;
        Matrix m = new Matrix(); m.postRotate(degrees);
        return Bitmap.createBitmap(b, 0, 0, b.getWidth(), b.getHeight(), m, true);
    }

    /** ML Kit on frame `f` (camera thread, so waiting is fine); keeps the largest face for the track and, smoothed, for the guide. */
    private void detect(Bitmap bmp, long f) throws Exception {
        List<Face> faces = Tasks.await(detector.process(InputImage.fromBitmap(bmp, 0)));
        Rect best = null;
        double[] areas = new double[faces.size()];
        for (int i = 0; i < faces.size(); i++) {
            Rect r = faces.get(i).getBoundingBox(); areas[i] = (double) r.width() * r.height();
            if (best == null || r.width() * r.height() > best.width() * best.height()) best = r;
        }
        severalFaces = FaceGuide.severalFaces(areas);
        if (best == null) { framesSinceFace++; track.detection(f, null); return; }
        framesSinceFace = 0;
        double[] bx = {best.left, best.top, best.right, best.bottom};
        track.detection(f, bx.clone());
        if (smoothBox == null) smoothBox = bx;
        else for (int i = 0; i < 4; i++) smoothBox[i] = 0.5 * smoothBox[i] + 0.5 * bx[i];
        recentCentres.addLast(new double[]{(bx[0] + bx[2]) / 2, (bx[1] + bx[3]) / 2});
        while (recentCentres.size() > 5) recentCentres.removeFirst();
    }

    /** Model thread: one 90-frame window → HR → quality gate → final HR when 3 agree. */
    private void window(byte[] frames, double fps, double faceFraction) {
        if (done || model == null) return;
        Session.WindowQuality q = new Session.WindowQuality();
        q.faceFraction = faceFraction;
        String method = "none";
        try {
            if (!(fps >= MIN_FPS)) throw RppgException.badSignal(String.format(Locale.ROOT, "frame rate %.1f fps is too low to see a pulse", fps));
            Auto.Rule rule = Auto.rule(profile.state);
            double[] primary = wave(rule.primary.equals("physnet-rest") ? restModel : model, frames);
            double[] pos = null;
            try { pos = Pos.wave(frames, RppgModel.T, RppgModel.SIZE, fps); } catch (RppgException e) { pos = null; }   // PhysNet alone then
            Auto.Choice choice = Auto.pick(rule, primary, pos, () -> wave(model, frames), fps);   // the general model runs only when needed
            HeartRate.Result r = HeartRate.hrFromWave(choice.wave, fps);
            q = Session.WindowQuality.of(r, faceFraction);
            method = choice.method;
        } catch (RppgException e) { q.hrBpm = Double.NaN; }
        windowHrs.add(q.hrBpm);
        windowMethods.add(method);
        qualities.add(q);
        try {
            Session.Outcome o = Session.measureWindows(windowHrs, qualities, gate);
            finish(o);
        } catch (RppgException e) {
            if (windowHrs.size() >= gate.maxWindows) fail(e.getMessage());
        }
    }

    private static double[] wave(RppgModel m, byte[] frames) {
        float[] w = m.wave(frames);
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) out[i] = w[i];
        return out;
    }

    private void finish(Session.Outcome o) {
        done = true;
        Zones.Classification c = Zones.classify(o.hrBpm, profile);
        List<Double> used = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        JSONObject quality = new JSONObject();
        for (int i : o.used) { used.add(windowHrs.get(i)); methods.add(windowMethods.get(i)); }
        try {
            JSONArray idx = new JSONArray(), wm = new JSONArray();
            double snr = 0;
            for (int i : o.used) { idx.put(i); wm.put(windowMethods.get(i)); snr += qualities.get(i).snrDb == null ? 0 : qualities.get(i).snrDb; }
            quality.put("windows_used", idx).put("windows_tried", windowHrs.size()).put("snr_db", snr / o.used.size()).put("runtime", model.runtime())
                   .put("window_methods", wm).put("auto_state", profile.state)
                   .put("gate", new JSONObject(gate.asMap()));
        } catch (org.json.JSONException ignored) { }
        HistoryDb db = new HistoryDb(this);
        try { db.add(profile, o.hrBpm, used, c.zone, c.colour, modelVersion, Auto.summary(methods), quality.toString()); }
        finally { db.close(); }
        show(String.format(Locale.ROOT, "%s — %s zone (%s)", profile.state, c.zone, c.colour),
             new Object[]{String.format(Locale.ROOT, "%.0f bpm", o.hrBpm), Zones.argb(c.colour)});
    }

    private void fail(String message) {
        done = true;
        show(message, new Object[]{"—", 0xFF757575});
    }

    private void show(String statusText, Object[] res) {
        runOnUiThread(() -> {
            status.setText(statusText);
            if (res != null) { result.setText((String) res[0]); result.setTextColor((Integer) res[1]); }
        });
    }

    @Override protected void onDestroy() {
        done = true;
        cameraThread.shutdown();
        modelThread.execute(() -> { if (model != null) model.close(); if (restModel != null) restModel.close(); });
        modelThread.shutdown();
        detector.close();
        super.onDestroy();
    }
}
