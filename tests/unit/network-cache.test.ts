import { NetworkCache } from '../../src/graph/network/network-cache';
import type { NetworkMetrics } from '../../src/graph/network/network.type';

const metrics = (label: string) => ({ associationId: label }) as unknown as NetworkMetrics;

describe('NetworkCache', () => {
  test('computes a network once per version of the graph', async () => {
    const cache = new NetworkCache();
    const compute = jest.fn(async () => metrics('a'));
    expect(await cache.get('nkss', 'v1', compute)).toEqual(metrics('a'));
    expect(await cache.get('nkss', 'v1', compute)).toEqual(metrics('a'));
    expect(compute).toHaveBeenCalledTimes(1);
    await cache.get('nkss', 'v2', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    await cache.get('other', 'v2', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  test('requests for a network being computed share the computation', async () => {
    const cache = new NetworkCache();
    let finish: (value: NetworkMetrics) => void = () => undefined;
    const compute = jest.fn(() => new Promise<NetworkMetrics>((resolve) => (finish = resolve)));
    const both = Promise.all([cache.get('nkss', 'v1', compute), cache.get('nkss', 'v1', compute)]);
    finish(metrics('shared'));
    expect(await both).toEqual([metrics('shared'), metrics('shared')]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test('keeps no failure: the next request computes again', async () => {
    const cache = new NetworkCache();
    await expect(cache.get('nkss', 'v1', () => Promise.reject(new Error('timed out')))).rejects.toThrow('timed out');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    expect(await cache.get('nkss', 'v1', async () => metrics('ok'))).toEqual(metrics('ok'));
  });

  test('holds at most its capacity, dropping the least recently asked for', async () => {
    const cache = new NetworkCache(2);
    const compute = jest.fn(async () => metrics('x'));
    await cache.get('a', 'v1', compute);
    await cache.get('b', 'v1', compute);
    await cache.get('a', 'v1', compute); // a is now the most recent
    await cache.get('c', 'v1', compute); // drops b
    expect(cache.size).toBe(2);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.get('a', 'v1', compute);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.get('b', 'v1', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
