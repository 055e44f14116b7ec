// Vitest 5 expects Node 22 built-ins; on Node 20 its reporter crashes while printing a failure
// ("Map.groupBy is not a function"). Imported by the vitest configs, which load in the main process.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
const mapCtor = Map as unknown as { groupBy?: GroupBy };
if (typeof mapCtor.groupBy !== 'function') {
  mapCtor.groupBy = (items, key) => {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}
const objectCtor = Object as unknown as {
  groupBy?: (
    items: Iterable<unknown>,
    key: (item: unknown, i: number) => PropertyKey,
  ) => Record<PropertyKey, unknown[]>;
};
if (typeof objectCtor.groupBy !== 'function') {
  objectCtor.groupBy = (items, key) => {
    const out: Record<PropertyKey, unknown[]> = Object.create(null);
    let i = 0;
    for (const item of items) (out[key(item, i++)] ??= []).push(item);
    return out;
  };
}
