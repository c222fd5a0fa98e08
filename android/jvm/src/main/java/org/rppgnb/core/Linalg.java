package org.rppgnb.core;

/** The small dense/banded linear algebra the signal pipeline needs. */
public final class Linalg {
    private Linalg() {}

    /**
     * Least squares min ||A c − y|| by Householder QR. `a` is column-major: a[j] is column j (length n).
     * Returns the residual y − A c (length n); coefficients in `coefOut` when not null.
     */
    public static double[] lstsqResidual(double[][] a, double[] y, double[] coefOut) {
        int m = a.length, n = y.length;
        double[][] q = new double[m][];
        for (int j = 0; j < m; j++) q[j] = a[j].clone();
        double[] r = y.clone();
        double[] diag = new double[m];
        double[][] v = new double[m][];
        for (int j = 0; j < m; j++) {
            double norm = 0;
            for (int i = j; i < n; i++) norm += q[j][i] * q[j][i];
            norm = Math.sqrt(norm);
            double alpha = q[j][j] > 0 ? -norm : norm;
            double[] vj = new double[n];
            for (int i = j; i < n; i++) vj[i] = q[j][i];
            vj[j] -= alpha;
            double vn = 0;
            for (int i = j; i < n; i++) vn += vj[i] * vj[i];
            v[j] = vj;
            if (vn == 0) { diag[j] = 0; continue; }
            for (int k = j; k < m; k++) applyReflector(vj, vn, q[k], j, n);
            applyReflector(vj, vn, r, j, n);
            diag[j] = q[j][j];
        }
        if (coefOut != null) {   // back substitution on R c = (Qᵀy)[0:m]
            for (int j = m - 1; j >= 0; j--) {
                double s = r[j];
                for (int k = j + 1; k < m; k++) s -= q[k][j] * coefOut[k];
                coefOut[j] = diag[j] != 0 ? s / diag[j] : 0;
            }
        }
        // residual = Q · [0 … 0, (Qᵀy)[m:n]]
        double[] res = new double[n];
        for (int i = m; i < n; i++) res[i] = r[i];
        for (int j = m - 1; j >= 0; j--) {
            double vn = 0;
            for (int i = j; i < n; i++) vn += v[j][i] * v[j][i];
            if (vn != 0) applyReflector(v[j], vn, res, j, n);
        }
        return res;
    }

    private static void applyReflector(double[] v, double vn, double[] x, int from, int n) {
        double d = 0;
        for (int i = from; i < n; i++) d += v[i] * x[i];
        double f = 2 * d / vn;
        for (int i = from; i < n; i++) x[i] -= f * v[i];
    }

    /**
     * Solve the symmetric positive-definite banded system M x = b, M given by its diagonals:
     * band[0] = main diagonal, band[k][i] = M[i][i+k] (k = 1..w). Banded Cholesky (LDLᵀ), O(n·w²).
     */
    public static double[] solveSymBanded(double[][] band, double[] b) {
        int n = b.length, w = band.length - 1;
        double[][] l = new double[w + 1][n];   // l[k][i] = L[i+k][i]; l[0] unused (unit diagonal)
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            double s = band[0][j];
            for (int k = 1; k <= w && j - k >= 0; k++) s -= l[k][j - k] * l[k][j - k] * d[j - k];
            d[j] = s;
            for (int k = 1; k <= w && j + k < n; k++) {
                double t = band[k][j];
                for (int m = 1; m <= w && j - m >= 0 && k + m <= w; m++) t -= l[k + m][j - m] * l[m][j - m] * d[j - m];
                l[k][j] = t / d[j];
            }
        }
        double[] x = b.clone();
        for (int i = 0; i < n; i++) for (int k = 1; k <= w && i - k >= 0; k++) x[i] -= l[k][i - k] * x[i - k];
        for (int i = 0; i < n; i++) x[i] /= d[i];
        for (int i = n - 1; i >= 0; i--) for (int k = 1; k <= w && i + k < n; k++) x[i] -= l[k][i] * x[i + k];
        return x;
    }
}
