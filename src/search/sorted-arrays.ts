/** Where `key` is in `keys[start..end)`, ascending, or -1. */
export function bisect(keys: ArrayLike<number>, key: number, start = 0, end = keys.length): number {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether `keys[start..end)` are strictly ascending, as JavaScript compares them. */
export function isStrictlyAscending<T extends number | string>(keys: ArrayLike<T>, start = 0, end = keys.length): boolean {
  for (let i = start + 1; i < end; i++) if (!(keys[i - 1] < keys[i])) return false;
  return true;
}
