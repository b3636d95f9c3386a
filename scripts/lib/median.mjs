// @ts-check
/**
 * The middle value of a set of measurements (the mean of the two middle ones for an even count):
 * what the benchmarks report, since one slow run from a busy machine moves it little.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
