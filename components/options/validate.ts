import { en } from 'zod/locales';
import { FACTORS, OBJECTIVES, type FactorId, type Objective } from '@/lib/schemas/score';
import { SETTINGS_LIMITS, settingsSchema, type Settings } from '@/lib/schemas/settings';
import { FACTOR_LABEL, OBJECTIVE_LABEL } from '@/components/shared/labels';
import { addTags } from '@/components/shared/tags';
import { handleFromInput, MAX_TYPED_HANDLE_LENGTH } from '@/lib/tiktok/urls';

/** Field path ("weights.awareness.hook", "brandTerms") → what is wrong with it, in words that name the field. */
export type FieldErrors = Record<string, string>;

const localeError = en().localeError;

/** A list field typed as chips, with the settings schema's limits (lib/schemas/settings.ts) and how to say them. */
export interface TermField {
  key: 'brandTerms' | 'brandHandles';
  /** At most this many entries. */
  max: number;
  /** At most this many characters each. */
  maxLength: number;
  tooLong: string;
  tooMany: string;
  /** How a typed entry is stored ("@glowlab" is the handle "glowlab"), or why it cannot be one, naming it. */
  clean: (typed: string) => { term: string } | { problem: string };
}

const { brandTerms, brandHandles, reminderLeadDays } = SETTINGS_LIMITS;

export const BRAND_TERMS: TermField = {
  key: 'brandTerms',
  ...brandTerms,
  tooLong: `Brand terms can be at most ${brandTerms.maxLength} characters.`,
  tooMany: `There can be at most ${brandTerms.max} brand terms.`,
  clean: (typed) => ({ term: typed }),
};

export const BRAND_HANDLES: TermField = {
  key: 'brandHandles',
  ...brandHandles,
  tooLong: `Handles can be at most ${brandHandles.maxLength} characters.`,
  tooMany: `There can be at most ${brandHandles.max} brand handles.`,
  clean: (typed) => {
    const handle = handleFromInput(typed);
    return handle !== null
      ? { term: handle }
      : {
          problem: `“${typed}” isn’t a TikTok handle: handles are up to ${MAX_TYPED_HANDLE_LENGTH} letters, digits, “_” and “.”.`,
        };
  },
};

/** Reminder lead times: the schema's limits. */
export const MAX_LEAD_DAYS = reminderLeadDays.maxDays;
export const MAX_LEAD_TIMES = reminderLeadDays.max;

const weightLabel = (o: Objective, f: FactorId) => `${FACTOR_LABEL[f]} weight for ${OBJECTIVE_LABEL[o]}`;

/**
 * Checks a draft against the settings schema (the same one the background reads with), and refuses an objective
 * whose weights are all 0: scoring would fall back to equal weights (lib/scoring/combine.ts), which is not what the
 * user asked for. The schema itself allows it, so settings stored that way still load.
 */
export function checkSettings(draft: Settings): { ok: true; settings: Settings } | { ok: false; errors: FieldErrors } {
  const parsed = settingsSchema.safeParse(draft, { error: localeError });
  const errors: FieldErrors = {};
  for (const o of OBJECTIVES) {
    if (FACTORS.every((f) => draft.weights[o][f] === 0)) {
      errors[`weights.${o}`] = `Every ${OBJECTIVE_LABEL[o]} weight is 0: give at least one factor a weight above 0.`;
    }
  }
  if (parsed.success) {
    return Object.keys(errors).length === 0 ? { ok: true, settings: parsed.data } : { ok: false, errors };
  }
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const [field] = path;
    // The form checks terms and lead times before this (addTerms, parseLeadDays); what reaches here is a weight, or
    // a field the form cannot get wrong, said with its path.
    if (field === 'weights' && path.length === 3) {
      const label = weightLabel(path[1] as Objective, path[2] as FactorId);
      errors[path.join('.')] ??=
        issue.code === 'invalid_type'
          ? `${label} needs a number from 0 to 10, like 1.5 or 1,5.`
          : `${label} must be from 0 to 10.`;
    } else if (field === 'brandTerms' || field === 'brandHandles') {
      const terms = field === 'brandTerms' ? BRAND_TERMS : BRAND_HANDLES;
      errors[field] ??= path.length > 1 ? terms.tooLong : terms.tooMany;
    } else {
      errors[field ?? ''] ??= `${path.join('.')}: ${issue.message}`;
    }
  }
  return { ok: false, errors };
}

/**
 * Adds comma-separated entries to a chip field within its own limits. An entry that is too long, or one more than
 * the field holds, is not cut or dropped: it comes back in `refused` (for the text box) with `problem` saying why.
 */
export function addTerms(
  field: TermField,
  existing: readonly string[],
  raw: string,
): { tags: string[]; refused: string[]; problem: string | null } {
  let tags = [...existing];
  const refused: string[] = [];
  const problems = new Set<string>();
  for (const part of raw.split(',')) {
    const typed = part.trim();
    if (typed === '') continue;
    const cleaned = field.clean(typed);
    if ('problem' in cleaned) problems.add(cleaned.problem);
    else if (cleaned.term.length > field.maxLength) problems.add(field.tooLong);
    else {
      const { term } = cleaned;
      const next = addTags(tags, term, field.max, field.maxLength);
      const known = tags.some((t) => t.toLowerCase() === term.toLowerCase());
      if (next.length > tags.length || known) {
        tags = next;
        continue;
      }
      problems.add(field.tooMany);
    }
    refused.push(typed);
  }
  return { tags, refused, problem: problems.size > 0 ? [...problems].join(' ') : null };
}

/**
 * "14, 7, 1" → [14, 7, 1], highest first, without duplicates. A part that is not a whole number of days, a lead
 * time past a year or more than the schema's 10 is refused, naming the value.
 */
export function parseLeadDays(text: string): { ok: true; days: number[] } | { ok: false; error: string } {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  const unreadable = parts.find((p) => !/^\d+$/.test(p));
  if (unreadable !== undefined) {
    return { ok: false, error: `“${unreadable}” isn’t a lead time: lead times are whole days, e.g. "14, 7, 1".` };
  }
  const days = [...new Set(parts.map(Number))].sort((a, b) => b - a);
  if (days.length > 0 && days[0]! > MAX_LEAD_DAYS) {
    return { ok: false, error: `${days[0]} days is too far ahead: lead times are 0 to ${MAX_LEAD_DAYS} days.` };
  }
  if (days.length > MAX_LEAD_TIMES) {
    return { ok: false, error: `There can be at most ${MAX_LEAD_TIMES} lead times; this has ${days.length}.` };
  }
  return { ok: true, days };
}

/** Whether two lead-time texts say the same days ("14,7,1" and "14, 7, 1" do). */
export function sameLeadDays(a: string, b: string): boolean {
  if (a === b) return true;
  const x = parseLeadDays(a);
  const y = parseLeadDays(b);
  return x.ok && y.ok && x.days.join() === y.days.join();
}

/** "1.5" or "1,5" (the decimal comma many locales type) → 1.5; NaN for an empty box or text that is not a number. */
export function parseWeight(text: string): number {
  const t = text.trim();
  return /^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** Messages under a prefix, e.g. every weight of one objective. */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}
