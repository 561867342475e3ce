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

/** A per-request loader over a batch function returning keyed rows. */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<KeyedRow<K, V>[]>,
  missing: V,
  keyOf: (k: K) => string = String,
): DataLoader<K, V, string> {
  // No batch size limit: one query per level of the selection, however many keys that level has.
  return new DataLoader<K, V, string>(async (keys) => inKeyOrder(keys, await fetch(keys), missing, keyOf), { cacheKeyFn: keyOf });
}
