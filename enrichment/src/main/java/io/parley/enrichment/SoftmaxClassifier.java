package io.parley.enrichment;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over hashed binary features, trained with AdaGrad and L2 regularisation, with
 * classes weighted by their inverse frequency so that rare classes (abuse, spam) are not drowned. Immutable once
 * trained; prediction is thread-safe.
 */
final class SoftmaxClassifier {

    /**
     * @param classWeightPower 1 weighs each class by its inverse frequency, 0 not at all, 0.5 by its square root
     * @param normalise        scale each text's features to unit length, so long texts do not outvote short ones
     */
    record Settings(int epochs, double learningRate, double l2, double classWeightPower, boolean normalise, long seed) {
        static final Settings DEFAULT = new Settings(12, 0.3, 1e-6, 0.5, true, 20261123L);
    }

    private final int classes;
    private final float[] weights;
    private final boolean normalise;

    private SoftmaxClassifier(int classes, float[] weights, boolean normalise) {
        this.classes = classes;
        this.weights = weights;
        this.normalise = normalise;
    }

    static SoftmaxClassifier train(List<int[]> examples, int[] labels, int classes, Settings settings) {
        int dimensions = 1 << Features.BITS;
        float[] w = new float[dimensions * classes];
        float[] squaredGradients = new float[dimensions * classes];
        double[] classWeight = classWeights(labels, classes, settings.classWeightPower());
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
                double value = settings.normalise() ? 1.0 / Math.sqrt(x.length) : 1.0;
                probabilities(w, classes, x, value, p);
                double weight = classWeight[labels[index]];
                for (int c = 0; c < classes; c++) {
                    double error = weight * (p[c] - (labels[index] == c ? 1.0 : 0.0)) * value;
                    for (int feature : x) {
                        int at = feature * classes + c;
                        double g = error + settings.l2() * w[at];
                        squaredGradients[at] += (float) (g * g);
                        w[at] -= (float) (settings.learningRate() * g / Math.sqrt(squaredGradients[at] + 1e-8));
                    }
                }
            }
        }
        return new SoftmaxClassifier(classes, w, settings.normalise());
    }

    double[] probabilities(int[] features) {
        double[] p = new double[classes];
        probabilities(weights, classes, features, normalise ? 1.0 / Math.sqrt(features.length) : 1.0, p);
        return p;
    }

    private static void probabilities(float[] w, int classes, int[] x, double value, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double s = 0;
            for (int feature : x) {
                s += w[feature * classes + c];
            }
            p[c] = s * value;
            max = Math.max(max, p[c]);
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

    private static double[] classWeights(int[] labels, int classes, double power) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        double[] weights = new double[classes];
        for (int c = 0; c < classes; c++) {
            weights[c] = counts[c] == 0 ? 0 : Math.pow((double) labels.length / (classes * counts[c]), power);
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
