import { LIST_SEPARATOR } from './columns';

/** One CSV cell before quoting: numbers stay numbers (never neutralized), '' is an empty cell. */
export type Cell = string | number;

const TIKTOK = 'https://www.tiktok.com/';
/** Outside this range `new Date(ms)` is Invalid Date and toISOString throws (ECMA-262 time value limit). */
const MAX_TIME_MS = 8.64e15;

/** '00'…'99': the two-digit fields of a timestamp without a number-to-string conversion each. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/**
 * `2026-02-14T21:30:45Z`: ISO 8601 UTC to the second (spreadsheets mis-read milliseconds); '' when unknown. Computed
 * with integer date math (Hinnant's days-to-civil) instead of Date#toISOString: an export formats ~40,000 times and
 * the Date allocations were most of its cost. Years outside 0000–9999 use toISOString's expanded form.
 */
export function isoUtc(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_MS) return '';
  const secs = Math.floor(ms / 1000);
  const days = Math.floor(secs / 86_400);
  let sod = secs - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return new Date(secs * 1000).toISOString().slice(0, -5) + 'Z';
  const h = Math.floor(sod / 3600);
  sod -= h * 3600;
  const m = Math.floor(sod / 60);
  const D = TWO_DIGITS;
  return year + '-' + D[month] + '-' + D[day] + 'T' + D[h] + ':' + D[m] + ':' + D[sod - m * 60] + 'Z';
}

export function bareHandle(handle: string): string {
  return handle.charCodeAt(0) === 64 /* @ */ ? handle.replace(/^@+/, '') : handle;
}

export function bareHashtag(tag: string): string {
  return tag.charCodeAt(0) === 35 /* # */ ? tag.replace(/^#+/, '') : tag;
}

export function profileUrl(handle: string): string {
  return `${TIKTOK}@${bareHandle(handle)}`;
}

/**
 * `https://www.tiktok.com/@handle/video/ID`. A stored URL already in that form (or the /photo/ID form, canonical for
 * carousels) is returned as is, without building a new string; anything else (a short link, a search URL) is rebuilt
 * from handle and id.
 */
export function canonicalVideoUrl(url: string, handle: string, id: string): string {
  const h = bareHandle(handle);
  const path = TIKTOK.length + 1 + h.length;
  const canonical =
    url.length === path + 7 + id.length &&
    url.startsWith(TIKTOK) &&
    url.charCodeAt(TIKTOK.length) === 64 &&
    url.startsWith(h, TIKTOK.length + 1) &&
    (url.startsWith('/video/', path) || url.startsWith('/photo/', path)) &&
    url.endsWith(id);
  return canonical ? url : `${TIKTOK}@${h}/video/${id}`;
}

/** A list cell: items joined by ';'. A ';' inside an item would split it on import, so it is written as ','. */
export function listCell(items: readonly string[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    out += (i ? LIST_SEPARATOR : '') + (item.includes(LIST_SEPARATOR) ? item.replaceAll(LIST_SEPARATOR, ',') : item);
  }
  return out;
}

export function countCell(value: number | null | undefined): Cell {
  return value === null || value === undefined ? '' : value;
}

/**
 * Formula-injection guard (OWASP "CSV injection"): a text cell starting with = + - @ tab or CR is run as a formula by
 * Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe, which spreadsheets show as text. Cells that
 * already start with apostrophes before such a character get one more, so the importer's "drop one apostrophe" rule
 * gives back exactly the original text. Passed to papaparse's `escapeFormulae`, which applies it to strings only.
 */
export const FORMULA_RE = /^'*[=+\-@\t\r]/;
/** A cell the exporter neutralized: the importer drops the first apostrophe. */
export const NEUTRALIZED_RE = /^'+[=+\-@\t\r]/;

export function unneutralize(cell: string): string {
  return NEUTRALIZED_RE.test(cell) ? cell.slice(1) : cell;
}
