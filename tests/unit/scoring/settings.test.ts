import { describe, expect, it } from 'vitest';
import { settingsSchema } from '@/lib/schemas/settings';
import { DEFAULT_SETTINGS, OBJECTIVE_PRESETS, migrateSettings, readSettings } from '@/lib/settings';

// A version-1 object as an older build saved it (fixture: every field set, user-edited weights).
const V1 = {
  ...DEFAULT_SETTINGS,
  objective: 'conversion',
  weights: { ...DEFAULT_SETTINGS.weights, conversion: { ...OBJECTIVE_PRESETS.conversion, cta: 4 } },
  brandTerms: ['Glossier'],
  brandHandles: ['glossier'],
  targetMarkets: ['eea', 'uk'],
  industry: 'health-beauty',
};

describe('settings', () => {
  it('has defaults the schema accepts', () => {
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('uses the defaults, without a problem, when nothing was stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('keeps a valid version-1 object as it is', () => {
    expect(readSettings(V1)).toEqual({ settings: V1, problem: null });
  });

  it('migrates an object saved without a version (version 0)', () => {
    const { version: _, ...v0 } = V1;
    expect(migrateSettings(v0)).toMatchObject({ version: 1 });
    expect(readSettings(v0)).toEqual({ settings: V1, problem: null });
  });

  it('resets only the fields that no longer validate, and says which', () => {
    const read = readSettings({ ...V1, industry: 'crypto', targetMarkets: ['mars'] });
    expect(read.settings).toEqual({ ...V1, industry: 'general', targetMarkets: ['global'] });
    expect(read.problem).toBe('Some stored settings were invalid and were reset: targetMarkets, industry.');
  });

  it('never throws on garbage or a newer version', () => {
    expect(readSettings('nope')).toEqual({
      settings: DEFAULT_SETTINGS,
      problem: 'Stored settings were not an object; defaults are used.',
    });
    expect(readSettings({ ...V1, version: 7 }).problem).toBe(
      'Stored settings are version 7, newer than this build (1); defaults are used.',
    );
  });

  it('weights the hook most for awareness and the call to action most for conversion', () => {
    const top = (o: keyof typeof OBJECTIVE_PRESETS) =>
      Object.entries(OBJECTIVE_PRESETS[o]).sort((a, b) => b[1] - a[1])[0]![0];
    expect(top('awareness')).toBe('hook');
    expect(OBJECTIVE_PRESETS.conversion.cta).toBeGreaterThan(OBJECTIVE_PRESETS.awareness.cta);
  });
});
