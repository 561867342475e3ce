import DataLoader from 'dataloader';

/** A batch query answers rows of `{ key, value }`; the loader contract needs one result per key, in key order. */
export interface KeyedRow<K, V> {
  key: K;
  value: V;
}

export function inKeyOrder<K, V>(keys: readonly K[], rows: readonly KeyedRow<K, V>[], missing: V, keyOf: (k: K) => string = String): V[] {
  const found = new Map(rows.map((row) => [keyOf(row.key), row.value]));
  return keys.map((key) => found.get(keyOf(key)) ?? missing);
}

/**
 * A per-request DataLoader that also answers synchronously what it already knows (primed, or loaded before). A page
 * brings its places with it; resolving a thousand `city` fields from them without a promise each is much cheaper for
 * graphql-js than awaiting a thousand cache hits.
 */
export class KnownValueLoader<K, V> extends DataLoader<K, V, string> {
  private readonly known = new Map<string, V>();

  constructor(
    fetch: (keys: readonly K[]) => Promise<V[]>,
    private readonly keyOf: (k: K) => string,
  ) {
    // No batch size limit: one query per level of the selection, however many keys that level has.
    super(
      async (keys) => {
        const values = await fetch(keys);
        keys.forEach((key, i) => this.known.set(keyOf(key), values[i]));
        return values;
      },
      { cacheKeyFn: keyOf },
    );
  }

  /** A known value stays out of DataLoader's own cache (a resolved promise each): `load` and `get` answer it from here. */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (value instanceof Error || isPromiseLike(value)) return super.prime(key, value);
    const id = this.keyOf(key);
    if (!this.known.has(id)) this.known.set(id, value);
    return this;
  }

  override load(key: K): Promise<V> {
    const id = this.keyOf(key);
    return this.known.has(id) ? Promise.resolve(this.known.get(id) as V) : super.load(key);
  }

  /** The value itself when it is known, else a promise of it. */
  get(key: K): V | Promise<V> {
    const id = this.keyOf(key);
    return this.known.has(id) ? (this.known.get(id) as V) : this.load(key);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** A per-request loader over a batch function returning keyed rows. */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<KeyedRow<K, V>[]>,
  missing: V,
  keyOf: (k: K) => string = String,
): KnownValueLoader<K, V> {
  return new KnownValueLoader<K, V>(async (keys) => inKeyOrder(keys, await fetch(keys), missing, keyOf), keyOf);
}

/** Items grouped by a key, in first-seen order (a loader's requests that can share one query). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}
