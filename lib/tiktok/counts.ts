/**
 * Parses the abbreviated counts TikTok renders in the DOM ("892", "1,204", "3.4K", "1.1M", "40.4k") and the
 * locale forms JS number formatting can produce in other UI languages ("1,2 K", "1.234", "1 234", "1,2 mil").
 * A DOM count is always approximate; words such as "Share" (shown instead of a number on quiet videos) give null.
 * Never throws.
 */
export interface ParsedCount {
  value: number;
  exact: false;
}

/** Upper bound shared with statSchema: anything larger is an absurd number, not a count. */
export const MAX_COUNT = 1e13;

// Suffix → multiplier. K/M/B seen on tiktok.com (REFERENCE §4.5); the others are the usual JS/ICU compact forms
// for languages TikTok ships (not verified on TikTok itself — harmless if they never appear).
const SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  mil: 1e3, // es/pt "1,2 mil" = 1,200
  'mil.': 1e6, // cs/sk/ro/hr "1,2 mil." = 1.2 million: the dot tells them apart
  tsd: 1e3,
  mio: 1e6,
  mrd: 1e9,
  md: 1e9,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

// Turkish compact forms: "B" is bin (thousand) and "Mn" milyon, so "1,2 B" there is 1,200, not 1.2 billion. Only
// the page language can tell, so callers pass <html lang>; unknown languages keep the English reading.
const TURKISH: Record<string, number> = { ...SUFFIXES, b: 1e3, mn: 1e6 };

const SHAPE = /^(\d[\d.,' \u00a0\u202f\u2009]*\d|\d)\s*([^\d\s.,']*?)(\.?)\+?$/u;
const GROUPED = /^\d{1,3}(?:([.,' \u00a0\u202f\u2009])\d{3})(?:\1\d{3})*$/u;

/** `lang` is the page's UI language (BCP 47, e.g. `document.documentElement.lang`), when known. */
export function parseCount(text: unknown, lang = ''): ParsedCount | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const m = SHAPE.exec(text.trim());
  if (!m) return null;
  const digits = m[1]!;
  const suffix = m[2]!.toLowerCase();
  const table = /^tr(?![a-z])/i.test(lang) ? TURKISH : SUFFIXES;
  // A trailing dot is an abbreviation mark: it only matters where the table has the dotted form ("mil.").
  const mult = suffix === '' ? 1 : (table[suffix + m[3]] ?? table[suffix]);
  if (mult === undefined) return null;
  const num = suffix === '' ? parsePlain(digits) : parseScaled(digits);
  if (num === null) return null;
  const value = Math.round(num * mult);
  if (!Number.isFinite(value) || value < 0 || value > MAX_COUNT) return null;
  return { value, exact: false };
}

/** Without a suffix a count is an integer: either bare digits or correctly grouped thousands. */
function parsePlain(digits: string): number | null {
  if (/^\d+$/.test(digits)) return Number(digits);
  if (!GROUPED.test(digits)) return null;
  return Number(digits.replace(/\D/g, ''));
}

/** With a suffix, a final separator followed by one or two digits is the decimal mark ("3.4K", "1,2 K"). */
function parseScaled(digits: string): number | null {
  const dec = /^(.*\d)[.,](\d{1,2})$/.exec(digits);
  const intPart = dec ? dec[1]! : digits;
  if (!/^\d+$/.test(intPart) && !GROUPED.test(intPart)) return null;
  const whole = intPart.replace(/\D/g, '');
  return Number(dec ? `${whole}.${dec[2]}` : whole);
}
