import { describe, expect, it } from 'vitest';
import {
  addTerms,
  BRAND_HANDLES,
  BRAND_TERMS,
  checkSettings,
  MAX_LEAD_DAYS,
  MAX_LEAD_TIMES,
  parseLeadDays,
  parseWeight,
  sameLeadDays,
} from '@/components/options/validate';
import { settingsSchema } from '@/lib/schemas/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const valid = (over: object) => settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...over }).success;

describe('checking the options form', () => {
  it('states the settings schema’s own limits', () => {
    for (const field of [BRAND_TERMS, BRAND_HANDLES]) {
      const many = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
      expect(valid({ [field.key]: many(field.max) })).toBe(true);
      expect(valid({ [field.key]: many(field.max + 1) })).toBe(false);
      expect(valid({ [field.key]: ['x'.repeat(field.maxLength)] })).toBe(true);
      expect(valid({ [field.key]: ['x'.repeat(field.maxLength + 1)] })).toBe(false);
    }
    expect(valid({ reminderLeadDays: [MAX_LEAD_DAYS] })).toBe(true);
    expect(valid({ reminderLeadDays: [MAX_LEAD_DAYS + 1] })).toBe(false);
    expect(valid({ reminderLeadDays: Array.from({ length: MAX_LEAD_TIMES + 1 }, (_, i) => i) })).toBe(false);
  });

  it('reads a weight with a decimal point or comma, and nothing else', () => {
    expect(['1.5', '1,5', ' 2 ', '0,25', ',5', '5.', '-1', '12'].map(parseWeight)).toEqual([
      1.5, 1.5, 2, 0.25, 0.5, 5, -1, 12,
    ]);
    for (const text of ['', '1,2,5', '1.5.5', 'two', '1e1', '0x5', '1 5']) expect(parseWeight(text)).toBeNaN();
  });

  it('names a weight’s problem by its label, not its path', () => {
    const result = checkSettings({
      ...DEFAULT_SETTINGS,
      weights: {
        ...DEFAULT_SETTINGS.weights,
        awareness: { ...DEFAULT_SETTINGS.weights.awareness, hook: 11, cta: NaN },
      },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'weights.awareness.hook': 'Hook (first 3 s) weight for Awareness must be from 0 to 10.',
        'weights.awareness.cta': 'Call to action weight for Awareness needs a number from 0 to 10, like 1.5 or 1,5.',
      },
    });
  });

  it('refuses an objective whose weights are all 0, naming the objective', () => {
    const zero = { hook: 0, length: 0, comments: 0, evergreen: 0, engagement: 0, native: 0, cta: 0 };
    expect(checkSettings({ ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights, conversion: zero } })).toEqual({
      ok: false,
      errors: {
        'weights.conversion': 'Every Conversion weight is 0: give at least one factor a weight above 0.',
      },
    });
    const one = { ...zero, cta: 0.5 };
    expect(checkSettings({ ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights, conversion: one } }).ok).toBe(
      true,
    );
  });

  it('names a term field’s problem in words, under the field', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, brandHandles: ['h'.repeat(45)] })).toEqual({
      ok: false,
      errors: { brandHandles: 'Handles can be at most 40 characters.' },
    });
  });

  it('adds terms within a field’s limits and hands back what does not fit, with why', () => {
    expect(addTerms(BRAND_TERMS, ['glowlab'], ` Glowlab, ${'x'.repeat(81)}, glow serum ,`)).toEqual({
      tags: ['glowlab', 'glow serum'],
      refused: ['x'.repeat(81)],
      problem: 'Brand terms can be at most 80 characters.',
    });
    const full = Array.from({ length: 50 }, (_, i) => `h${i}`);
    expect(addTerms(BRAND_HANDLES, full, '@h1, @new, ' + 'y'.repeat(25))).toEqual({
      tags: full,
      refused: ['@new', 'y'.repeat(25)],
      problem: `There can be at most 50 brand handles. “${'y'.repeat(25)}” isn’t a TikTok handle: handles are up to 24 letters, digits, “_” and “.”.`,
    });
    expect(addTerms(BRAND_HANDLES, [], '@@glowlab')).toEqual({ tags: ['glowlab'], refused: [], problem: null });
  });

  it('takes a pasted TikTok profile or video link, or "@handle", as the handle', () => {
    const pasted = [
      'https://www.tiktok.com/@glowlab',
      'https://www.tiktok.com/@GlowLab?lang=en',
      'www.tiktok.com/@glow.lab_2/',
      'tiktok.com/@glowlab3/video/7513039993741397256',
      'https://m.tiktok.com/@glowlab4',
      '@GlowLab5',
      'x'.repeat(24),
    ];
    expect(addTerms(BRAND_HANDLES, [], pasted.join(','))).toEqual({
      tags: ['glowlab', 'glow.lab_2', 'glowlab3', 'glowlab4', 'glowlab5', 'x'.repeat(24)],
      refused: [],
      problem: null,
    });
  });

  it('refuses what cannot be a TikTok handle, naming it', () => {
    for (const typed of ['glow lab', 'glow-lab', 'glöwlab', 'x'.repeat(25), 'https://www.tiktok.com/foryou', '@']) {
      expect(addTerms(BRAND_HANDLES, ['kept'], typed)).toEqual({
        tags: ['kept'],
        refused: [typed],
        problem: `“${typed}” isn’t a TikTok handle: handles are up to 24 letters, digits, “_” and “.”.`,
      });
    }
  });

  it('reads lead times, refusing one it cannot read, one past a year or more than ten, naming the value', () => {
    expect(parseLeadDays('1, 14,,7 14')).toEqual({ ok: true, days: [14, 7, 1] });
    expect(parseLeadDays('')).toEqual({ ok: true, days: [] });
    expect(parseLeadDays('365 0')).toEqual({ ok: true, days: [365, 0] });
    expect(parseLeadDays('14, 1.5')).toEqual({
      ok: false,
      error: '“1.5” isn’t a lead time: lead times are whole days, e.g. "14, 7, 1".',
    });
    expect(parseLeadDays('14, 400')).toEqual({
      ok: false,
      error: '400 days is too far ahead: lead times are 0 to 365 days.',
    });
    expect(parseLeadDays('1000')).toMatchObject({ ok: false, error: /^1000 days is too far ahead/ });
    expect(parseLeadDays('1 2 3 4 5 6 7 8 9 10 11')).toEqual({
      ok: false,
      error: 'There can be at most 10 lead times; this has 11.',
    });
  });

  it('takes lead-time texts that say the same days as the same', () => {
    expect(sameLeadDays('14,7,1', '14, 7, 1')).toBe(true);
    expect(sameLeadDays('1 7 14 7', '14, 7, 1')).toBe(true);
    expect(sameLeadDays('14, 7', '14, 7, 1')).toBe(false);
    expect(sameLeadDays('14, x', '14, 7, 1')).toBe(false);
  });
});
