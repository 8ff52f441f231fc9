package dev.zosmfsim.bench.soak;

/**
 * One sample of the soak: when (simulated minutes since the start), the heap used after a full GC, the live threads,
 * and the size of every bounded store of the system.
 */
record SoakSample(double minute, long heapBytes, int threads, int journal, int izugLog, int faultFirings,
        int systemMessages, int addressSpaces) {
}
