package org.stepplan.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.stepplan.learn.data.Dataset;

/**
 * The DeepLearning4J peer of {@link EpochBenchmark} (Maven profile {@code dl4j}, DL4J/ND4J 1.0.0-M2.1, ND4J's CPU
 * backend with its OpenBLAS): one epoch of the same models on the same fashion-mnist training examples (read through
 * stepplan-learn's {@code DataSource}), minibatches of 128 shuffled each epoch, Adam(lr 0.001, 0.9, 0.999, 1e-8),
 * l2 1e-4 on the weights (added to the gradient before Adam; biases excluded), mean softmax cross-entropy (MCXENT):
 * {@code softmax} is one 784 -> 10 softmax output layer; {@code mlp} is 784 -> 128 (relu, Xavier-uniform = Glorot) ->
 * 10 softmax. {@code dtype} is ND4J's data type: {@code double} computes in the same IEEE double as stepplan, {@code
 * float} is ND4J's default. One thread: run with {@code OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1}; the setup also
 * caps ND4J's and its BLAS's threads at 1. The teardown prints the training loss before and after the trial's epochs,
 * so the output shows the network learned.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class Dl4jEpochBenchmark {

    @Param({"softmax", "mlp"})
    public String problem;

    @Param({"double", "float"})
    public String dtype;

    private MultiLayerNetwork net;
    private INDArray features;
    private INDArray labels;
    private int[] order;
    private SplittableRandom rng;
    private double lossBefore;

    @Setup
    public void setUp() {
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        DataType type = dtype.equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        Nd4j.setDefaultDataTypes(type, type);

        Dataset train = EpochBenchmark.trainingSet();
        int n = train.examples();
        int d = train.features();
        int c = train.classes();
        features = Nd4j.create(train.rowMajorFeatures(), new long[] {n, d}, 'c').castTo(type);
        labels = Nd4j.zeros(type, n, c);
        for (int i = 0; i < n; i++) {
            labels.putScalar(i, train.label(i), 1.0);
        }
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng = new SplittableRandom(1);

        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(1)
                .dataType(type)
                .updater(new Adam(EpochBenchmark.LR, EpochBenchmark.B1, EpochBenchmark.B2, EpochBenchmark.EPS))
                .l2(EpochBenchmark.L2)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .list();
        int in = d;
        if (problem.equals("mlp")) {
            layers.layer(new DenseLayer.Builder().nIn(d).nOut(EpochBenchmark.HIDDEN).activation(Activation.RELU)
                    .build());
            in = EpochBenchmark.HIDDEN;
        }
        MultiLayerConfiguration conf = layers
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(in).nOut(c)
                        .activation(Activation.SOFTMAX).build())
                .build();
        net = new MultiLayerNetwork(conf);
        net.init();
        lossBefore = trainingLoss();
    }

    /**
     * One epoch: shuffle, then one {@code fit} per minibatch of 128 rows gathered in the shuffled order by ND4J's
     * native {@code pullRows} ({@code INDArray.getRows} costs about 50 ms per minibatch here, more than the fit).
     */
    @Benchmark
    public MultiLayerNetwork epoch() {
        EpochBenchmark.shuffle(order, rng);
        for (int from = 0; from < order.length; from += EpochBenchmark.BATCH) {
            int[] rows = Arrays.copyOfRange(order, from, Math.min(from + EpochBenchmark.BATCH, order.length));
            net.fit(new DataSet(Nd4j.pullRows(features, 1, rows), Nd4j.pullRows(labels, 1, rows)));
        }
        return net;
    }

    /** Prints the mean training loss (cross-entropy + l2 term) before and after the trial's epochs. */
    @TearDown
    public void reportLoss() {
        System.out.printf("dl4j %s %s: training loss %.4f before, %.4f after%n", problem, dtype, lossBefore,
                trainingLoss());
    }

    private double trainingLoss() {
        return net.score(new DataSet(features, labels));
    }
}
