/**
 * Exact 95 % confidence intervals for the small-number guard (issue 5, item 4):
 *
 * - **Poisson (Garwood)** for rates whose numerator is a count of events in a population or in
 *   live births (infant and maternal mortality, premature NCD mortality):
 *   lower = G⁻¹(α/2; x), upper = G⁻¹(1 − α/2; x + 1), with G the Gamma(shape, 1) distribution
 *   (equivalently χ²(α/2, 2x)/2 and χ²(1 − α/2, 2x + 2)/2); lower = 0 when x = 0.
 * - **Binomial (Clopper–Pearson)** for proportions (x of n):
 *   lower = B⁻¹(α/2; x, n − x + 1), upper = B⁻¹(1 − α/2; x + 1, n − x); 0 and 1 at the edges.
 *
 * The interval of the rate is the interval of the count divided by the denominator and multiplied
 * by the factor, like the rate itself.
 */

const ALPHA = 0.05;

/** ln Γ(x), Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
function logGamma(x: number): number {
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = coefficients[0] as number;
  for (let index = 1; index < 9; index++) sum += (coefficients[index] as number) / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularised lower incomplete gamma P(a, x): series below a + 1, continued fraction above. */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return sum * Math.exp(logPrefix);
  }
  return 1 - Math.exp(logPrefix) * gammaFraction(a, x);
}

/** Continued fraction of Q(a, x) without its prefactor (Lentz's method, Numerical Recipes gcf). */
function gammaFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let result = d;
  for (let i = 1; i <= 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return result;
}

/** Regularised incomplete beta I_x(a, b), continued fraction (Numerical Recipes betacf). */
function betaI(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(b, a, 1 - x)) / b;
}

function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let step = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + step * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + step / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    result *= d * c;
    step = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + step * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + step / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return result;
}

/** The x where a increasing cumulative function reaches p (bisection: slow, but exact enough). */
function invert(cdf: (x: number) => number, p: number, low: number, high: number): number {
  let lo = low;
  let hi = high;
  while (cdf(hi) < p) hi *= 2;
  for (let iteration = 0; iteration < 200 && hi - lo > 1e-12 * Math.max(1, hi); iteration++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export type Interval = { lower: number; upper: number };

/** Exact 95 % interval of a Poisson count x (events observed). */
export function poissonInterval(count: number): Interval {
  const lower = count === 0 ? 0 : invert((value) => gammaP(count, value), ALPHA / 2, 0, count + 1);
  const upper = invert((value) => gammaP(count + 1, value), 1 - ALPHA / 2, 0, count + 10);
  return { lower, upper };
}

/** Exact 95 % interval of a proportion x / n (Clopper–Pearson). */
export function binomialInterval(successes: number, trials: number): Interval {
  const lower =
    successes === 0 ? 0 : invert((p) => betaI(successes, trials - successes + 1, p), ALPHA / 2, 0, 1);
  const upper =
    successes === trials
      ? 1
      : invert((p) => betaI(successes + 1, trials - successes, p), 1 - ALPHA / 2, 0, 1);
  return { lower, upper };
}
