import { Availability } from '../../src/neo4j/availability';

describe('Availability', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('up until a query finds Neo4j unreachable; then down, probing each interval until a probe answers', async () => {
    let answers = false;
    const probe = jest.fn(async () => {
      if (!answers) throw new Error('connection refused');
    });
    const changes: boolean[] = [];
    const availability = new Availability(probe, { intervalMs: 500, onChange: (up) => changes.push(up) });
    expect(availability.isDown).toBe(false);
    expect(probe).not.toHaveBeenCalled();

    availability.reportUnreachable();
    availability.reportUnreachable(); // a second report while down starts no second probe loop
    expect(availability.isDown).toBe(true);
    await jest.advanceTimersByTimeAsync(1_600);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(availability.isDown).toBe(true);

    answers = true;
    await jest.advanceTimersByTimeAsync(500);
    expect(probe).toHaveBeenCalledTimes(4);
    expect(availability.isDown).toBe(false);
    expect(changes).toEqual([false, true]);

    await jest.advanceTimersByTimeAsync(5_000);
    expect(probe).toHaveBeenCalledTimes(4); // no probing while up
  });

  test('stop ends probing and keeps it from going up or down again', async () => {
    const probe = jest.fn(async () => undefined);
    const availability = new Availability(probe, { intervalMs: 100 });
    availability.reportUnreachable();
    availability.stop();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(probe).not.toHaveBeenCalled();
    availability.reportUnreachable();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(probe).not.toHaveBeenCalled();
  });
});

describe('Availability.whenUp', () => {
  test('up: true at once, without probing', async () => {
    const probe = jest.fn(async () => undefined);
    expect(await new Availability(probe).whenUp()).toBe(true);
    expect(probe).not.toHaveBeenCalled();
  });

  test('down and Neo4j back: the request probes at once and is served', async () => {
    let answers = false;
    const probe = jest.fn(async () => {
      if (!answers) throw new Error('refused');
    });
    const availability = new Availability(probe, { intervalMs: 60_000 });
    availability.reportUnreachable();
    expect(await availability.whenUp()).toBe(false);
    answers = true;
    expect(await availability.whenUp()).toBe(true);
    expect(availability.isDown).toBe(false);
    availability.stop();
  });

  test('down and the probe hangs: false after maxWaitMs; callers share one probe', async () => {
    let release: () => void = () => undefined;
    const probe = jest.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const availability = new Availability(probe, { intervalMs: 60_000, maxWaitMs: 50 });
    availability.reportUnreachable();
    const started = Date.now();
    expect(await Promise.all([availability.whenUp(), availability.whenUp(), availability.whenUp()])).toEqual([false, false, false]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(probe).toHaveBeenCalledTimes(1);
    release();
    expect(await availability.whenUp()).toBe(true);
    availability.stop();
  });
});
