/**
 * Pure maths of decentralization: how members spread over units (local self-government units, districts or regions).
 * Every function takes member counts per unit and ignores units with no member: the measures are over the units reached.
 */

export interface Distribution {
  /** Members in all units reached. */
  total: number;
  /** Units reached (with at least one member). */
  unitsReached: number;
  /** s_i = c_i / Σc, in input order, for the units reached only. */
  shares: number[];
  /** Σ s_i², 1/n … 1. */
  herfindahlHirschman: number;
  /** −Σ s_i ln s_i / ln n; 0 when n ≤ 1. */
  entropy: number;
  /** Σ_i Σ_j |c_i − c_j| / (2 n² c̄), 0 … 1 − 1/n. */
  gini: number;
}

function reached(counts: readonly number[]): number[] {
  for (const c of counts) {
    if (!Number.isFinite(c) || c < 0) throw new RangeError(`A member count must be a finite number ≥ 0 (got ${c})`);
  }
  return counts.filter((c) => c > 0);
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Each unit's share of the members in units reached; [] when there are none. */
export function shares(counts: readonly number[]): number[] {
  const xs = reached(counts);
  const total = sum(xs);
  return xs.map((c) => c / total);
}

/** Herfindahl–Hirschman index Σ s_i² (1 = all in one unit, 1/n = even over n units); null with no member in any unit. */
export function herfindahlHirschman(counts: readonly number[]): number | null {
  const s = shares(counts);
  return s.length === 0 ? null : sum(s.map((x) => x * x));
}

/**
 * Normalized Shannon entropy −Σ s_i ln s_i / ln n over the n units reached (1 = even spread, 0 = all in one unit).
 * Defined as 0 when n ≤ 1 (ln 1 = 0); null with no member in any unit.
 */
export function normalizedEntropy(counts: readonly number[]): number | null {
  const s = shares(counts);
  if (s.length === 0) return null;
  if (s.length === 1) return 0;
  return -sum(s.map((x) => x * Math.log(x))) / Math.log(s.length);
}

/**
 * Gini coefficient over the n units reached: G = Σ_i Σ_j |c_i − c_j| / (2 n² c̄), c̄ the mean count
 * (0 = every unit has as many members, up to 1 − 1/n). Computed from the ascending order c_(1) ≤ … ≤ c_(n) as
 * G = 2 Σ_i i c_(i) / (n Σ c) − (n + 1) / n, which equals the mean-absolute-difference form. 0 for one unit; null for none.
 */
export function gini(counts: readonly number[]): number | null {
  const xs = reached(counts).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return null;
  const total = sum(xs);
  const weighted = sum(xs.map((c, i) => (i + 1) * c));
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}

/** All measures at once; null when no member is in any unit (no distribution to measure). */
export function distribution(counts: readonly number[]): Distribution | null {
  const xs = reached(counts);
  if (xs.length === 0) return null;
  return {
    total: sum(xs),
    unitsReached: xs.length,
    shares: shares(xs),
    herfindahlHirschman: herfindahlHirschman(xs)!,
    entropy: normalizedEntropy(xs)!,
    gini: gini(xs)!,
  };
}

export interface PopulationFigure {
  population: number;
  year: 2022 | 2011;
}

/** The census figure to use: 2022 where present, else 2011; null when neither is known (or not positive). */
export function populationOf(place: { population2022: number | null; population2011: number | null }): PopulationFigure | null {
  if (place.population2022 !== null && place.population2022 > 0) return { population: place.population2022, year: 2022 };
  if (place.population2011 !== null && place.population2011 > 0) return { population: place.population2011, year: 2011 };
  return null;
}

/** Members per 100,000 inhabitants; null without a population. */
export function perHundredThousand(members: number, population: number | null): number | null {
  if (population === null || population <= 0) return null;
  return (members / population) * 100_000;
}

/** Rounds a measure for the API (6 decimals); null stays null. */
export function round6(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}
