package dev.zosmfsim.bench;

import java.util.Arrays;

/** {@code java -jar benchmarks.jar <figure> [options]}: runs one group of figures and prints it as Markdown. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        // the simulator's and Jetty's log chatter would mix with the figures
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        String figure = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (figure) {
            case "network":
                NetworkBench.main(rest);
                break;
            case "scale":
                ScaleBench.main(rest);
                break;
            case "jmh":
                JmhFigures.main(rest);
                break;
            case "pertest":
                dev.zosmfsim.bench.pertest.PerTestFigures.main(rest);
                break;
            case "ceiling-server":
                dev.zosmfsim.bench.peer.CeilingProcess.main(rest);
                break;
            case "wiremock-stub":
                dev.zosmfsim.bench.peer.WireMockStub.main(rest);
                break;
            case "peer-report":
                dev.zosmfsim.bench.peer.PeerReport.main(rest);
                break;
            case "reliability":
                dev.zosmfsim.bench.reliability.ReliabilityRun.main(rest);
                break;
            case "soak":
                dev.zosmfsim.bench.soak.SoakRun.main(rest);
                break;
            default:
                System.out.println("usage: java -jar benchmarks.jar network|scale|jmh|pertest|soak|ceiling-server"
                        + "|wiremock-stub DIR|peer-report FILE [options]");
                System.exit(figure.equals("help") ? 0 : 2);
        }
    }
}
