import { en } from 'zod/locales';
import { settingsSchema, type Settings } from '@/lib/schemas/settings';

/** Field path ("weights.awareness.hook") → what is wrong with it. */
export type FieldErrors = Record<string, string>;

const localeError = en().localeError;

/** Checks a draft against the settings schema (the same one the background reads with). */
export function checkSettings(draft: unknown): { ok: true; settings: Settings } | { ok: false; errors: FieldErrors } {
  const parsed = settingsSchema.safeParse(draft, { error: localeError });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** "14, 7, 1" → [14, 7, 1], highest first, without duplicates; null when any part is not a whole number of days. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  if (parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

/** Errors under a prefix, e.g. every weight of one objective. */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([path, message]) => `${path}: ${message}`);
}
