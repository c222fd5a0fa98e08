package org.rppgnb.app;

import org.pytorch.IValue;
import org.pytorch.LiteModuleLoader;
import org.pytorch.Module;
import org.pytorch.Tensor;

/** assets/physnet_frames.ptl in the PyTorch Mobile lite interpreter (the paper's runtime). */
final class PytorchLiteModel extends RppgModel {
    private final Module module;
    private static final long[] SHAPE = {T, SIZE, SIZE, 3};

    private PytorchLiteModel(Module m) { module = m; }

    static PytorchLiteModel load(String path) { return new PytorchLiteModel(LiteModuleLoader.load(path)); }

    @Override public float[] wave(byte[] frames) {
        Tensor in = Tensor.fromBlobUnsigned(frames, SHAPE);   // uint8, as the exported graph expects
        return module.forward(IValue.from(in)).toTensor().getDataAsFloatArray();
    }

    @Override public String runtime() { return "PyTorch Mobile lite (.ptl)"; }
    @Override public void close() { module.destroy(); }
}
