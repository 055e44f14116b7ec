import type { Transaction } from 'dexie';

/**
 * One database version: the tables whose indexes changed (Dexie keeps the others) and an optional data upgrade
 * that runs inside the version-change transaction. Add a version = add one file and list it in ./index.ts, plus a
 * fixture of the previous version's data in tests/fixtures/db/ and a test that opens it with the new version.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
