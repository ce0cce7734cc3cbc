package org.voicequal.ocr.engine.ppocr;

/** The perspective transform taking four points onto four others (OpenCV's {@code getPerspectiveTransform}). */
final class Homography {

    private Homography() {
    }

    /**
     * @return {@code h0..h7} of the 3×3 matrix (h8 = 1) mapping each {@code from[i]} onto {@code to[i]}:
     *     {@code x' = (h0 x + h1 y + h2) / (h6 x + h7 y + 1)}, {@code y' = (h3 x + h4 y + h5) / (h6 x + h7 y + 1)}
     */
    static double[] mapping(Point[] from, Point[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i].x(), y = from[i].y(), u = to[i].x(), v = to[i].y();
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -x * u, -y * u, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -x * v, -y * v, v};
        }
        return solve(a);
    }

    /** Gaussian elimination with partial pivoting on an augmented 8×9 system. */
    private static double[] solve(double[][] a) {
        int n = 8;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[col][col]) < 1e-12) {
                throw new IllegalArgumentException("degenerate quad: no perspective transform");
            }
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = a[i][n] / a[i][i];
        }
        return h;
    }
}
