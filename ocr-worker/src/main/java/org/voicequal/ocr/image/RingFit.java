package org.voicequal.ocr.image;

/**
 * How well a red region fits a seal's outline: a thin ring (circle or oval) or a square frame, red all along its
 * boundary, much sparser inside (name and star) and empty outside the outline. Tried at several rotations, since
 * ovals and squares are not always stamped straight; the outline is the extent of the red pixels at that angle.
 */
final class RingFit {

    private static final int ANGLES = 12;
    private static final int SECTORS = 48;
    /** The outer band, as a share of the radius: the ring itself plus slack for blur and a slightly crooked fit. */
    private static final double BAND = 0.13;
    private static final double INNER = 0.7;
    /** Share of the unit square (area 4) lying in each angular sector, for square outlines. */
    private static final double[] SQUARE_SECTOR = squareSectors();

    /** The fit of a region at its best rotation; score 0 when nothing seal-like was found. */
    record Result(double score, double coverage, double band, double inner, double outside, boolean square) {
    }

    private RingFit() {
    }

    static Result best(RedRegions.Region region, int imageWidth) {
        Result best = new Result(0, 0, 0, 0, 0, false);
        double cx0 = (region.minX() + region.maxX()) / 2.0;
        double cy0 = (region.minY() + region.maxY()) / 2.0;
        int n = region.pixels().length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = region.pixels()[i] % imageWidth - cx0;
            ys[i] = region.pixels()[i] / imageWidth - cy0;
        }
        for (int a = 0; a < ANGLES; a++) {
            double angle = Math.PI / 2 * a / ANGLES;
            for (boolean square : new boolean[] {false, true}) {
                Result result = fit(xs, ys, Math.cos(angle), Math.sin(angle), square);
                // the best seal-like fit; among shapes that are not, the most complete outline (for diagnosis)
                if (result.score() > best.score() || best.score() == 0 && result.coverage() > best.coverage()) {
                    best = result;
                }
            }
        }
        return best;
    }

    private static Result fit(double[] xs, double[] ys, double cos, double sin, boolean square) {
        double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE, minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            double u = xs[i] * cos + ys[i] * sin;
            double v = -xs[i] * sin + ys[i] * cos;
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
            minV = Math.min(minV, v);
            maxV = Math.max(maxV, v);
        }
        // pixel centres span one pixel less than the pixels themselves
        double a = (maxU - minU + 1) / 2;
        double b = (maxV - minV + 1) / 2;
        double cu = (maxU + minU) / 2;
        double cv = (maxV + minV) / 2;
        if (Math.max(a, b) / Math.min(a, b) > (square ? 1.35 : 1.7)) {
            return new Result(0, 0, 0, 0, 0, square);
        }
        int[] sectorRed = new int[SECTORS];
        int band = 0, inner = 0, outside = 0;
        for (int i = 0; i < xs.length; i++) {
            double u = (xs[i] * cos + ys[i] * sin - cu) / a;
            double v = (-xs[i] * sin + ys[i] * cos - cv) / b;
            double rho = square ? Math.max(Math.abs(u), Math.abs(v)) : Math.sqrt(u * u + v * v);
            if (rho > 1.08) {
                outside++;
            } else if (rho > 1) {
                continue; // between the fitted outline and the box corners: neither ring nor outside
            } else if (rho >= 1 - BAND) {
                band++;
                int sector = (int) ((Math.atan2(v, u) + Math.PI) / (2 * Math.PI) * SECTORS) % SECTORS;
                sectorRed[sector]++;
            } else if (rho < INNER) {
                inner++;
            }
        }
        double area = a * b; // pixels per unit of normalised area
        double shell = 1 - (1 - BAND) * (1 - BAND);
        double bandArea = (square ? 4 : Math.PI) * shell * area;
        double innerArea = (square ? 4 : Math.PI) * INNER * INNER * area;
        // for a square every red pixel lies inside the outline; for an ellipse the bounding box corners are outside
        double outsideArea = square ? 1 : (4 - Math.PI * 1.08 * 1.08) * area;
        int covered = 0;
        for (int s = 0; s < SECTORS; s++) {
            double sectorArea = (square ? SQUARE_SECTOR[s] * shell : Math.PI / SECTORS * shell) * area;
            if (sectorRed[s] >= 0.25 * sectorArea) {
                covered++;
            }
        }
        double coverage = covered / (double) SECTORS;
        double bandDensity = band / bandArea;
        double innerDensity = inner / innerArea;
        double outsideDensity = square ? 0 : outside / outsideArea;
        Result measured = new Result(0, coverage, bandDensity, innerDensity, outsideDensity, square);
        // a square seal's four characters fill it more than a round seal's name and star fill a ring; a licence's
        // registration seal (name, star, 登记专用章) stamped over the office and the date fills its ring to about
        // 0.6 of the ring's density, a solid logo or emblem to 1 or more
        double maxInner = square ? 0.75 : 0.7;
        // a block of red text has a ragged edge that passes for a broken frame: a square is either near complete
        // or, when its characters stand apart from the frame, an empty frame
        boolean outlined = square ? coverage >= 0.85 || coverage >= 0.75 && innerDensity <= 0.3 * bandDensity
                : coverage >= 0.7;
        boolean ring = outlined && bandDensity >= 0.25
                && innerDensity <= maxInner * bandDensity && outsideDensity <= Math.min(0.1, 0.3 * bandDensity);
        if (!ring) {
            return measured;
        }
        double score = 0.45 * coverage + 0.3 * Math.min(1, bandDensity / 0.5)
                + 0.25 * (1 - innerDensity / bandDensity / maxInner) - (square ? 0.05 : 0);
        return new Result(Math.max(0.01, Math.min(1, score)), coverage, bandDensity, innerDensity, outsideDensity,
                square);
    }

    private static double[] squareSectors() {
        double[] shares = new double[SECTORS];
        int steps = 200;
        for (int s = 0; s < SECTORS; s++) {
            for (int i = 0; i < steps; i++) {
                double phi = -Math.PI + 2 * Math.PI * (s + (i + 0.5) / steps) / SECTORS;
                double r = 1 / Math.max(Math.abs(Math.cos(phi)), Math.abs(Math.sin(phi)));
                shares[s] += 0.5 * r * r * (2 * Math.PI / SECTORS / steps);
            }
        }
        return shares;
    }
}
