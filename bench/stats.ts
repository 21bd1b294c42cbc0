/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Distribution {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function distribution(samples: number[]): Distribution {
  return {
    p50: round(percentile(samples, 50), 3),
    p95: round(percentile(samples, 95), 3),
    p99: round(percentile(samples, 99), 3),
    mean: round(samples.reduce((a, b) => a + b, 0) / (samples.length || 1), 3),
    max: round(Math.max(...samples), 3),
  };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const MB = 1024 * 1024;

/**
 * Memory after a forced GC. `heapMB` counts the V8 heap and the typed-array
 * buffers it owns (which V8 keeps outside heapUsed): the index's memory, whatever
 * it is made of.
 */
export function heapAfterGc(): { heapMB: number; jsHeapMB: number; arrayBuffersMB: number; rssMB: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const usage = process.memoryUsage();
  return {
    heapMB: round((usage.heapUsed + usage.arrayBuffers) / MB),
    jsHeapMB: round(usage.heapUsed / MB),
    arrayBuffersMB: round(usage.arrayBuffers / MB),
    rssMB: round(usage.rss / MB),
  };
}

export function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}
