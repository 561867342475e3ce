import type { NetworkMetrics } from './network.type';

interface Entry {
  version: string;
  value: Promise<NetworkMetrics | null>;
}

/**
 * Network metrics by network key, each kept with the version of the graph it was computed on (Graph.version: the last
 * committed transaction), so any write makes it stale and nothing else does. Requests for a network being computed
 * share that computation. At most `capacity` networks, least recently asked for dropped first; failures are not kept.
 */
export class NetworkCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 16) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, version: string, compute: () => Promise<NetworkMetrics | null>): Promise<NetworkMetrics | null> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit !== undefined && hit.version === version) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
