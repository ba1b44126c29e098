package io.parley.imaging;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/** Scratch harness (not a test). */
public class Experiment {
    public static void main(String[] args) throws Exception {
        ImageInspector inspector = new ImageInspector();
        RegisteredLogo parley = new RegisteredLogo("parley", SyntheticImages.logoPng(SyntheticImages::drawParley, 400));
        Random r = new Random(1);
        double[] shares = {0.05, 0.08, 0.12, 0.2, 0.3, 0.4};
        for (int rep = 0; rep < 3; rep++) {
            for (double share : shares) {
                int W = 1080, H = 1080;
                BufferedImage img = SyntheticImages.background(W, H, r.nextLong());
                double lw = share * W, lh = SyntheticImages.logoHeight(lw);
                double x = r.nextDouble() * (W - lw), y = r.nextDouble() * (H - lh);
                Graphics2D g = img.createGraphics();
                SyntheticImages.drawParley(g, x, y, lw);
                g.dispose();
                SyntheticImages.addNoise(img, 8, r.nextLong());
                byte[] jpg = SyntheticImages.jpeg(img, 0.85f);
                long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                ImageReport rep1 = inspector.inspect(jpg, List.of(parley));
                long cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()-c0)/1000000;
                System.out.printf("share %.2f truth (%.0f,%.0f,%.0f,%.0f) -> %s in %d ms cpu %d%n", share, x, y, lw, lh,
                        rep1.logos(), rep1.analysisMillis(), cpu);
                BufferedImage none = SyntheticImages.background(W, H, r.nextLong());
                Graphics2D g2 = none.createGraphics();
                SyntheticImages.drawAcme(g2, x, y, lw);
                g2.dispose();
                SyntheticImages.addNoise(none, 8, r.nextLong());
                ImageReport rep2 = inspector.inspect(SyntheticImages.jpeg(none, 0.85f), List.of(parley));
                System.out.printf("   acme -> %s in %d ms%n", rep2.logos(), rep2.analysisMillis());
            }
        }
    }
}
