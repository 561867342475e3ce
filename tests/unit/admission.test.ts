import { Admission } from '../../src/shared/admission';

describe('Admission', () => {
  test('admits up to maxConcurrent at once; the next waits and is admitted in order as turns are released', async () => {
    const admission = new Admission({ maxConcurrent: 2, maxQueued: 10, queueTimeoutMs: 1_000 });
    const first = await admission.acquire();
    const second = await admission.acquire();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(admission.state()).toMatchObject({ running: 2, queued: 0 });

    const order: string[] = [];
    const third = admission.acquire().then((release) => (order.push('third'), release));
    const fourth = admission.acquire().then((release) => (order.push('fourth'), release));
    expect(admission.state()).toMatchObject({ running: 2, queued: 2 });

    first!();
    first!(); // releasing twice frees one turn only
    const thirdRelease = await third;
    expect(order).toEqual(['third']);
    expect(admission.state()).toMatchObject({ running: 2, queued: 1 });
    second!();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    thirdRelease!();
    expect(admission.state()).toMatchObject({ running: 1, queued: 0 });
  });

  test('a full queue refuses at once; a wait past queueTimeoutMs is refused; both counted', async () => {
    jest.useFakeTimers();
    try {
      const admission = new Admission({ maxConcurrent: 1, maxQueued: 1, queueTimeoutMs: 3_000 });
      const held = await admission.acquire();
      const waiting = admission.acquire();
      expect(await admission.acquire()).toBeNull(); // queue full
      await jest.advanceTimersByTimeAsync(3_000);
      expect(await waiting).toBeNull(); // waited too long
      expect(admission.state()).toEqual({ running: 1, queued: 0, refused: { queueFull: 1, waitedTooLong: 1 } });
      held!();
      expect(admission.state().running).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  test('maxQueued 0 or queueTimeoutMs 0: no waiting at all', async () => {
    for (const limits of [
      { maxConcurrent: 1, maxQueued: 0, queueTimeoutMs: 1_000 },
      { maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 0 },
    ]) {
      const admission = new Admission(limits);
      expect(await admission.acquire()).not.toBeNull();
      expect(await admission.acquire()).toBeNull();
    }
  });
});
