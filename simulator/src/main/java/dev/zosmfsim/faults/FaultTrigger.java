package dev.zosmfsim.faults;

import java.util.Random;

/** When a matching request makes a rule fire. */
public sealed interface FaultTrigger {

    /**
     * Decides for the {@code match}-th matching request (1 for the first). {@code random} is the registry's seeded
     * source, drawn from only by probability triggers, so that a run with the same seed and requests repeats itself.
     */
    boolean fires(long match, Random random);

    /** Every matching request. */
    record Always() implements FaultTrigger {
        @Override
        public boolean fires(long match, Random random) {
            return true;
        }
    }

    /** The first {@code count} matching requests, then never again. */
    record First(int count) implements FaultTrigger {
        public First {
            if (count < 1) {
                throw new IllegalArgumentException("first: expected a count of 1 or more, got " + count);
            }
        }

        @Override
        public boolean fires(long match, Random random) {
            return match <= count;
        }
    }

    /** Every matching request after the first {@code count}. */
    record After(int count) implements FaultTrigger {
        public After {
            if (count < 0) {
                throw new IllegalArgumentException("after: expected a count of 0 or more, got " + count);
            }
        }

        @Override
        public boolean fires(long match, Random random) {
            return match > count;
        }
    }

    /** Each matching request with this probability, drawn from the seeded source. */
    record Probability(double value) implements FaultTrigger {
        public Probability {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("probability: expected a number from 0 to 1, got " + value);
            }
        }

        @Override
        public boolean fires(long match, Random random) {
            return random.nextDouble() < value;
        }
    }
}
