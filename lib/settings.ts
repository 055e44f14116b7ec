/**
 * Settings defaults and migration. Stored settings are read through `readSettings`, which never throws: it migrates
 * older versions, keeps every field that still validates and resets only the ones that do not, saying which.
 * Scores keep the `scoringVersion` they were made with, so editing settings never rewrites a stored score.
 */
import type { Objective } from '@/lib/schemas/score';
import { SETTINGS_VERSION, settingsSchema, type Settings, type Weights } from '@/lib/schemas/settings';

/**
 * Default weights per objective (product defaults: the sources list the criteria, not their weights). Awareness
 * leans on the hook and native feel (6-second view rate, ad avoidance); conversion on comments with purchase intent
 * and a clear call to action; consideration sits between.
 */
export const OBJECTIVE_PRESETS: Readonly<Record<Objective, Weights>> = {
  awareness: { hook: 3, length: 1.5, comments: 1, evergreen: 1.5, engagement: 2, native: 2, cta: 1 },
  consideration: { hook: 2.5, length: 1.5, comments: 2, evergreen: 1.5, engagement: 2, native: 1.5, cta: 1.5 },
  conversion: { hook: 2, length: 1, comments: 2.5, evergreen: 1, engagement: 1.5, native: 1, cta: 2.5 },
};

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  // Spark Ads serve awareness and consideration best (brief, funnel).
  objective: 'consideration',
  weights: {
    awareness: { ...OBJECTIVE_PRESETS.awareness },
    consideration: { ...OBJECTIVE_PRESETS.consideration },
    conversion: { ...OBJECTIVE_PRESETS.conversion },
  },
  brandTerms: [],
  brandHandles: [],
  targetMarkets: ['global'],
  industry: 'general',
  // 14, 7 and 1 days before expiry (the ledger issue; lib/ledger DEFAULT_LEAD_DAYS).
  reminderLeadDays: [14, 7, 1],
  includeCodesInExport: false,
};

export interface SettingsRead {
  settings: Settings;
  /** Why some or all stored values were replaced by defaults; null when everything was kept. */
  problem: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One step per stored version, each taking the previous shape to the next. Version 0 is a settings object saved
 * without a `version` field (the same fields as version 1).
 */
const MIGRATIONS: Readonly<Record<number, (raw: Obj) => Obj>> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

/** Brings a stored object to the current version (unknown future versions are left for validation to reject). */
export function migrateSettings(raw: Obj): Obj {
  let out = raw;
  let v = typeof out.version === 'number' ? out.version : 0;
  while (v < SETTINGS_VERSION && MIGRATIONS[v]) {
    out = MIGRATIONS[v]!(out);
    v++;
  }
  return out;
}

/** Parses stored settings: null/undefined → defaults; anything else is migrated and validated field by field. */
export function readSettings(stored: unknown): SettingsRead {
  if (stored === null || stored === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  if (!isObj(stored))
    return { settings: DEFAULT_SETTINGS, problem: 'Stored settings were not an object; defaults are used.' };
  if (typeof stored.version === 'number' && stored.version > SETTINGS_VERSION) {
    return {
      settings: DEFAULT_SETTINGS,
      problem: `Stored settings are version ${stored.version}, newer than this build (${SETTINGS_VERSION}); defaults are used.`,
    };
  }
  const migrated = migrateSettings(stored);
  const whole = settingsSchema.safeParse(migrated);
  if (whole.success) return { settings: whole.data, problem: null };
  const out: Obj = {};
  const reset: string[] = [];
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const field = schema.safeParse(migrated[key]);
    if (field.success) out[key] = field.data;
    else {
      out[key] = DEFAULT_SETTINGS[key as keyof Settings];
      if (key in migrated) reset.push(key);
    }
  }
  const settings = settingsSchema.parse(out);
  return {
    settings,
    problem: reset.length > 0 ? `Some stored settings were invalid and were reset: ${reset.join(', ')}.` : null,
  };
}
