// Order statistics for the report: every figure is a median with its spread.

const sorted = (xs) => xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);

/** The q-quantile with linear interpolation (q = 0.5: the median). */
export function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return null;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

/** { n, median, q1, q3, min, max } of the finite values. */
export function summary(xs) {
  const s = sorted(xs);
  if (!s.length) return { n: 0, median: null, q1: null, q3: null, min: null, max: null };
  return { n: s.length, median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s.at(-1) };
}
