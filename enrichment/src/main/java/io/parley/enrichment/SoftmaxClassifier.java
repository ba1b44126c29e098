package io.parley.enrichment;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over hashed binary features, trained with AdaGrad and L2 regularisation, with
 * classes weighted by their inverse frequency so that rare classes (abuse, spam) are not drowned. Immutable once
 * trained; prediction is thread-safe.
 */
final class SoftmaxClassifier {

    record Settings(int epochs, double learningRate, double l2, long seed) {
        static final Settings DEFAULT = new Settings(12, 0.3, 1e-6, 20261123L);
    }

    private final int classes;
    private final float[] weights;

    private SoftmaxClassifier(int classes, float[] weights) {
        this.classes = classes;
        this.weights = weights;
    }

    static SoftmaxClassifier train(List<int[]> examples, int[] labels, int classes, Settings settings) {
        int dimensions = 1 << Features.BITS;
        float[] w = new float[dimensions * classes];
        float[] squaredGradients = new float[dimensions * classes];
        double[] classWeight = classWeights(labels, classes);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        double[] p = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int index : order) {
                int[] x = examples.get(index);
                probabilities(w, classes, x, p);
                double weight = classWeight[labels[index]];
                for (int c = 0; c < classes; c++) {
                    double error = weight * (p[c] - (labels[index] == c ? 1.0 : 0.0));
                    for (int feature : x) {
                        int at = feature * classes + c;
                        double g = error + settings.l2() * w[at];
                        squaredGradients[at] += (float) (g * g);
                        w[at] -= (float) (settings.learningRate() * g / Math.sqrt(squaredGradients[at] + 1e-8));
                    }
                }
            }
        }
        return new SoftmaxClassifier(classes, w);
    }

    double[] probabilities(int[] features) {
        double[] p = new double[classes];
        probabilities(weights, classes, features, p);
        return p;
    }

    private static void probabilities(float[] w, int classes, int[] x, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double s = 0;
            for (int feature : x) {
                s += w[feature * classes + c];
            }
            p[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
    }

    private static double[] classWeights(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        double[] weights = new double[classes];
        for (int c = 0; c < classes; c++) {
            weights[c] = counts[c] == 0 ? 0 : (double) labels.length / (classes * counts[c]);
        }
        return weights;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
