/** A small seeded PRNG (mulberry32): the benchmark's corpus and questions are the same on every run. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  }

  /** Roughly normal (sum of uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number {
    const z = (this.next() + this.next() + this.next() + this.next() - 2) * 1.7;
    return Math.max(min, Math.min(max, Math.round(mean + z * spread)));
  }
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s: a Zipf law, as word frequencies follow. */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, s = 1.0) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = total += 1 / (r + 1) ** s;
  }

  /** Probability of rank r. */
  probability(r: number): number {
    return (this.cumulative[r] - (r ? this.cumulative[r - 1] : 0)) / this.cumulative[this.n - 1];
  }

  draw(random: Random): number {
    const u = random.next() * this.cumulative[this.n - 1];
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
