package org.rppgnb.app;

import android.content.Context;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.json.JSONObject;

/**
 * The exported model: 90 face crops (80×80 RGB, uint8, laid out T×H×W×3) in, the normalised rPPG wave
 * (90 floats) out. Diff-normalisation and the 4-D → 5-D stacking are inside the exported graph
 * (nbs/12_export), so no extra module is needed (the paper's app carried one).
 */
public abstract class RppgModel implements AutoCloseable {
    public static final int T = 90, SIZE = 80;
    /** Build with `-PuseExecutorch` to run the ExecuTorch/XNNPACK file instead of PyTorch Mobile. */
    static final String EXECUTORCH_CLASS = "org.rppgnb.app.ExecutorchModel";

    /** `frames` = T·SIZE·SIZE·3 bytes, RGB, frame-major. */
    public abstract float[] wave(byte[] frames);
    public abstract String runtime();
    @Override public void close() {}

    /** The packaged model's file prefix ("physnet", used in every state) and the rest model's ("physnet_rest", `auto` at rest). */
    public static final String GENERAL = "physnet", REST = "physnet_rest";

    /** The general model. */
    public static RppgModel load(Context ctx) throws IOException { return load(ctx, GENERAL); }

    /** A model by file prefix (GENERAL or REST): the ExecuTorch file when that build flavour is compiled in, else the PyTorch Mobile lite one. */
    public static RppgModel load(Context ctx, String prefix) throws IOException {
        try {
            Class<?> c = Class.forName(EXECUTORCH_CLASS);
            return (RppgModel) c.getMethod("load", String.class).invoke(null, assetPath(ctx, prefix + "_frames_xnnpack.pte"));
        } catch (ClassNotFoundException e) {
            return PytorchLiteModel.load(assetPath(ctx, prefix + "_frames.ptl"));
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot start the ExecuTorch model: " + e.getCause(), e);
        }
    }

    /** model_version of both models (assets/metadata.json, metadata_rest.json), stored with every measurement. */
    public static String modelVersion(Context ctx) {
        String rest = modelVersion(ctx, "metadata_rest.json");
        return modelVersion(ctx, "metadata.json") + (rest.equals("unknown") ? "" : " + rest " + rest);
    }

    static String modelVersion(Context ctx, String file) {
        try (InputStream in = ctx.getAssets().open(file)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) bytes.write(buf, 0, n);   // InputStream.readAllBytes needs API 33
            return new JSONObject(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).optString("model_version", "unknown");
        } catch (Exception e) { return "unknown"; }
    }

    /** Both runtimes load from a file path: copy the asset into app storage once (refreshed when the APK changes). */
    static String assetPath(Context ctx, String name) throws IOException {
        File f = new File(ctx.getFilesDir(), name);
        long apkTime = new File(ctx.getApplicationInfo().sourceDir).lastModified();
        if (f.exists() && f.length() > 0 && f.lastModified() >= apkTime) return f.getAbsolutePath();
        try (InputStream in = ctx.getAssets().open(name); OutputStream out = new FileOutputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
        }
        return f.getAbsolutePath();
    }
}
