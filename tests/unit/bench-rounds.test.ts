import { medianThroughput, roundsWithoutAnswers, summarizeLatency, type ThroughputResult } from '../../src/bench/measure';

const round = (requestsPerSecond: number, cpuMsPerRequest: number | null, extra: Partial<ThroughputResult> = {}): ThroughputResult => ({
  connections: 10,
  durationS: 10,
  requestsPerSecond,
  requests: requestsPerSecond * 10,
  p50Ms: 1000 / requestsPerSecond,
  p99Ms: 2000 / requestsPerSecond,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  mismatches: 0,
  cpuMsPerRequest,
  rssMb: requestsPerSecond,
  valid: true,
  ...extra,
});

describe('medianThroughput', () => {
  it('reports the median round with its own latencies, the median CPU, and every round in the order run', () => {
    const m = medianThroughput([round(500, 1.2), round(300, 1.0), round(400, 1.5)]);
    expect([m.requestsPerSecond, m.p50Ms, m.rssMb, m.cpuMsPerRequest, m.roundsRequestsPerSecond]).toEqual([
      400,
      2.5,
      400,
      1.2,
      [500, 300, 400],
    ]);
  });

  it('takes the lower middle of an even number, sums the failures, and is valid only when every round was', () => {
    const m = medianThroughput([round(200, 1), round(100, null, { valid: false, non2xx: 3 }), round(400, 1), round(300, 1, { errors: 2 })]);
    expect([m.requestsPerSecond, m.non2xx, m.errors, m.valid, m.cpuMsPerRequest]).toEqual([200, 3, 2, false, null]);
  });
});

describe('roundsWithoutAnswers', () => {
  it('counts the rounds in which no request finished within the run, so a query slower than the run is not read as 0 req/s', () => {
    const none = round(0, null, { requests: 0, valid: false });
    expect(roundsWithoutAnswers(medianThroughput([none, none, none]))).toBe(3);
    expect(roundsWithoutAnswers(medianThroughput([round(2, 1), none, round(3, 1)]))).toBe(1);
    expect(roundsWithoutAnswers(medianThroughput([round(200, 1), round(300, 1)]))).toBe(0);
    expect(roundsWithoutAnswers(none)).toBe(1);
  });
});

describe('summarizeLatency', () => {
  it('takes the percentiles over the runs of every round together', () => {
    const times = (from: number) => Array.from({ length: 50 }, (_, i) => from + i);
    const summary = summarizeLatency([
      { times: times(1), cypherQueries: [1], bytes: 10, failures: 0 },
      { times: times(51), cypherQueries: [2], bytes: 10, failures: 1 },
      { times: times(101), cypherQueries: [], bytes: 12, failures: 0 },
    ]);
    // 150 runs of 1..150 ms: nearest-rank p50 is the 75th, p99 the 149th.
    expect(summary).toEqual({
      runs: 150,
      p50Ms: 75,
      p99Ms: 149,
      meanMs: 75.5,
      cypherQueries: { min: 1, max: 2 },
      responseBytes: 12,
      failures: 1,
    });
  });
});
