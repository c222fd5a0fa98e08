package org.rppgnb.app;

/** One measurement window: T face crops (SIZE×SIZE×3 bytes each), their timestamps and whether a face was detected. */
final class FrameBuffer {
    final int capacity, frameBytes;
    final byte[] frames;
    private final long[] timestampsNs;
    private final boolean[] face;
    private int n;

    FrameBuffer(int capacity, int size) {
        this.capacity = capacity; this.frameBytes = size * size * 3;
        frames = new byte[capacity * frameBytes]; timestampsNs = new long[capacity]; face = new boolean[capacity];
    }

    /** Offset where the next crop goes; call `commit` after writing it. */
    int nextOffset() { return n * frameBytes; }
    void commit(long timestampNs, boolean faceDetected) { timestampsNs[n] = timestampNs; face[n] = faceDetected; n++; }
    int size() { return n; }
    boolean full() { return n == capacity; }
    void clear() { n = 0; }

    /** Frame rate measured from the timestamps (the HR's sampling rate). */
    double fps() { return n < 2 ? Double.NaN : (n - 1) / ((timestampsNs[n - 1] - timestampsNs[0]) / 1e9); }

    double faceFraction() { int c = 0; for (int i = 0; i < n; i++) if (face[i]) c++; return n == 0 ? 0 : (double) c / n; }
}
