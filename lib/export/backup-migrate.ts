import { BACKUP_VERSION } from '@/lib/schemas/backup';

/**
 * Lifts a parsed backup of any earlier format version to the current one (lib/schemas/backup.ts has the history).
 * Migrations work on the raw JSON, record by record, and leave a record they cannot understand as it is: the
 * validation that follows then lists it as invalid with its index, instead of one bad record failing the file.
 * Add a version: add one step here, a fixture of the previous version in tests/fixtures/export, and a test.
 */

type Raw = Record<string, unknown>;

interface Step {
  from: number;
  migrate(backup: Raw): Raw;
}

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** v1 → v2: tags "a, b" → ["a", "b"]; the one updatedAt becomes each field's edit time; no ledger, no settings. */
const v1ToV2: Step = {
  from: 1,
  migrate(backup) {
    const shortlist = Array.isArray(backup.shortlist)
      ? backup.shortlist.map((entry: unknown) => {
          if (!isObject(entry)) return entry;
          const tags = typeof entry.tags === 'string' ? splitTags(entry.tags) : entry.tags;
          const t = entry.updatedAt;
          return { ...entry, tags, statusUpdatedAt: t, noteUpdatedAt: t, tagsUpdatedAt: t };
        })
      : backup.shortlist;
    return { ...backup, version: 2, shortlist, authorizations: [], settings: null };
  },
};

function splitTags(tags: string): string[] {
  return [
    ...new Set(
      tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

const STEPS: readonly Step[] = [v1ToV2];

/** The backup at BACKUP_VERSION; `version` must be between 1 and BACKUP_VERSION (checked by the caller). */
export function migrateBackup(backup: Raw, version: number): Raw {
  let out = backup;
  for (const step of STEPS) if (step.from >= version && step.from < BACKUP_VERSION) out = step.migrate(out);
  return out;
}
