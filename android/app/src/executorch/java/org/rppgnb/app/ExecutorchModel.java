package org.rppgnb.app;

import org.pytorch.executorch.EValue;
import org.pytorch.executorch.Module;
import org.pytorch.executorch.Tensor;

/** assets/physnet_frames_xnnpack.pte in ExecuTorch (XNNPACK delegate). Compiled only with `-PuseExecutorch`. */
public final class ExecutorchModel extends RppgModel {
    private final Module module;
    private static final long[] SHAPE = {T, SIZE, SIZE, 3};

    private ExecutorchModel(Module m) { module = m; }

    public static ExecutorchModel load(String path) { return new ExecutorchModel(Module.load(path)); }

    @Override public float[] wave(byte[] frames) {
        EValue[] out = module.forward(EValue.from(Tensor.fromBlobUnsigned(frames, SHAPE)));
        return out[0].toTensor().getDataAsFloatArray();
    }

    @Override public String runtime() { return "ExecuTorch XNNPACK (.pte)"; }
    @Override public void close() { module.destroy(); }
}
