import Dexie, { type Table } from 'dexie';
import type { Authorization } from '@/lib/schemas/authorization';
import type { ScoreResult } from '@/lib/schemas/score';
import type { StatsSnapshot } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { CreatorRecord, ShortlistRecord } from './records';

export const DB_NAME = 'spark-scout';

export interface DbOptions {
  /** Open at an older schema version (migration tests load a previous version's fixture this way). */
  version?: number;
  /** The clock every repository write stamps with; tests pass a fixed one. */
  now?: () => number;
  /** An IndexedDB implementation other than the global one (Node benches pass fake-indexeddb). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * The one database, in the extension's origin only (the content script talks to it through lib/messaging).
 * Tables are typed with their stored shape; reads still go through zod because IndexedDB holds whatever an older
 * build, an import or a bug once wrote.
 */
export class SparkScoutDb extends Dexie {
  declare videos: Table<VideoRecord, string>;
  declare snapshots: Table<StatsSnapshot, [string, number]>;
  declare scores: Table<ScoreResult, [string, string]>;
  declare shortlist: Table<ShortlistRecord, string>;
  declare creators: Table<CreatorRecord, string>;
  declare authorizations: Table<Authorization, string>;
  readonly now: () => number;

  constructor(name: string, options: DbOptions = {}) {
    // Passing `indexedDB: undefined` would override Dexie's global lookup, so only set what was given.
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : {});
    this.now = options.now ?? Date.now;
    const upTo = options.version ?? LATEST_VERSION;
    for (const m of MIGRATIONS) {
      if (m.version > upTo) break;
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

/** A database by name: tests give each case its own name so fake-indexeddb instances never share state. */
export function openDb(name: string = DB_NAME, options: DbOptions = {}): SparkScoutDb {
  return new SparkScoutDb(name, options);
}
