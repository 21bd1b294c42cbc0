/**
 * The k best of a stream of scored items, best first, without sorting the
 * whole stream: a min-heap of size k holds the best seen so far, so a query
 * matching 20,000 passages costs 20,000 comparisons, not a 20,000-item sort.
 */
export class TopK<T> {
  private readonly scores: number[] = [];
  private readonly items: T[] = [];

  constructor(readonly k: number) {}

  get size(): number {
    return this.items.length;
  }

  /** The score an item must beat to get in, once the heap is full. */
  get threshold(): number {
    return this.items.length < this.k ? -Infinity : this.scores[0];
  }

  push(score: number, item: T): void {
    if (this.k <= 0) return;
    if (this.items.length < this.k) {
      this.scores.push(score);
      this.items.push(item);
      this.up(this.items.length - 1);
    } else if (score > this.scores[0]) {
      this.scores[0] = score;
      this.items[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first (ties keep no particular order). */
  sorted(): T[] {
    return this.order().map((i) => this.items[i]);
  }

  /** The kept items with their scores, in the order of `sorted`. */
  sortedWithScores(): Array<{ item: T; score: number }> {
    return this.order().map((i) => ({ item: this.items[i], score: this.scores[i] }));
  }

  private order(): number[] {
    return this.items.map((_, i) => i).sort((a, b) => this.scores[b] - this.scores[a]);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.scores[parent] <= this.scores[i]) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < n && this.scores[left] < this.scores[least]) least = left;
      if (right < n && this.scores[right] < this.scores[least]) least = right;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
    [this.items[a], this.items[b]] = [this.items[b], this.items[a]];
  }
}
