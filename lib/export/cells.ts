import { LIST_SEPARATOR } from './columns';

/** One CSV cell before quoting: numbers stay numbers (never neutralized), '' is an empty cell. */
export type Cell = string | number;

const TIKTOK = 'https://www.tiktok.com/';
/** Outside this range `new Date(ms)` is Invalid Date and toISOString throws (ECMA-262 time value limit). */
const MAX_TIME_MS = 8.64e15;

/** '00'…'99': the two-digit fields of a timestamp without a number-to-string conversion each. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);
/** "2026-02-14T" by day number since the epoch: an export has a few hundred distinct days and ~40,000 timestamps. */
const dayPrefixes = new Map<number, string>();
const MAX_CACHED_DAYS = 20_000;

/** Hinnant's days-to-civil: the UTC calendar date of a day number, as "YYYY-MM-DDT"; null outside years 1000–9999. */
function dayPrefix(days: number): string | null {
  const cached = dayPrefixes.get(days);
  if (cached !== undefined) return cached;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return null;
  const prefix = `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T`;
  if (dayPrefixes.size >= MAX_CACHED_DAYS) dayPrefixes.clear();
  dayPrefixes.set(days, prefix);
  return prefix;
}

/**
 * `2026-02-14T21:30:45Z`: ISO 8601 UTC to the second (spreadsheets mis-read milliseconds); '' when unknown. Integer
 * date math with the date part cached per day, instead of Date#toISOString: an export formats ~40,000 times and the
 * Date allocations were most of its cost. Years outside 1000–9999 use toISOString's own (expanded) form.
 */
export function isoUtc(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_MS) return '';
  const secs = Math.floor(ms / 1000);
  const days = Math.floor(secs / 86_400);
  const prefix = dayPrefix(days);
  if (prefix === null) return new Date(secs * 1000).toISOString().slice(0, -5) + 'Z';
  let sod = secs - days * 86_400;
  const h = Math.floor(sod / 3600);
  sod -= h * 3600;
  const m = Math.floor(sod / 60);
  const D = TWO_DIGITS;
  return prefix + (D[h]! + ':' + D[m] + ':' + D[sod - m * 60] + 'Z');
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
    const clean = item.includes(LIST_SEPARATOR) ? item.replaceAll(LIST_SEPARATOR, ',') : item;
    out = i === 0 ? clean : out + LIST_SEPARATOR + clean;
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
 * gives back exactly the original text. Numbers are never touched (counts cannot be negative anyway).
 */
export const FORMULA_RE = /^'*[=+\-@\t\r]/;

/** A text cell with the guard applied; the first-character test keeps the regex off ~all cells of an export. */
export function textCell(text: string): string {
  const c = text.charCodeAt(0);
  const suspect = c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 39; // = + - @ \t \r '
  return suspect && FORMULA_RE.test(text) ? "'" + text : text;
}

/** A cell the exporter neutralized: the importer drops the first apostrophe. */
export const NEUTRALIZED_RE = /^'+[=+\-@\t\r]/;

export function unneutralize(cell: string): string {
  return NEUTRALIZED_RE.test(cell) ? cell.slice(1) : cell;
}

/**
 * video_id under the "Excel" option: `="7312345678901234567"`. Excel reads a bare 19-digit cell as a number, shows it
 * as 7.31235E+18 and keeps 15 significant digits (a re-save writes 7312345678901234000); a formula returning the text
 * keeps every digit, is shown as the plain id, and is what a re-save from Excel writes back. This is the one formula
 * the export writes on purpose: only for a value that is digits only (a video id, never text a person typed), so it
 * cannot carry anything but the id. Anything else gets the ordinary guard.
 */
export function excelTextId(id: string): string {
  return /^\d+$/.test(id) ? '="' + id + '"' : textCell(id);
}

const EXCEL_TEXT_ID_RE = /^="(\d+)"$/;

/** The importer's side of excelTextId: `="123"` → `123`; any other cell as it is. */
export function unwrapExcelTextId(cell: string): string {
  return cell.charCodeAt(0) === 61 /* = */ ? (EXCEL_TEXT_ID_RE.exec(cell)?.[1] ?? cell) : cell;
}

/** A video_id a spreadsheet re-saved as a number: `7.31235E+18`, or 15 significant digits and zeros. */
const SCIENTIFIC_ID_RE = /^\d(\.\d+)?E\+\d+$/i;
const ROUNDED_ID_RE = /^\d+000$/;
const URL_ID_RE = /\/(?:video|photo)\/(\d+)$/;

/**
 * A plain CSV opened in a spreadsheet and saved again has every 19-digit video_id rounded (`7.31235E+18`, or
 * `7312345678901230000`), while the video_url beside it, text to the spreadsheet, still has the whole id. When the
 * rounded number agrees with that id to the digits the spreadsheet kept, the id is taken from the link (the cell
 * cannot tell more); any other cell is returned as it is, and a mismatch is refused as before.
 */
export function idFromRoundedCell(cell: string, videoUrl: string): string {
  const scientific = SCIENTIFIC_ID_RE.test(cell);
  if (!scientific && !ROUNDED_ID_RE.test(cell)) return cell;
  const urlId = URL_ID_RE.exec(videoUrl)?.[1];
  if (!urlId || urlId === cell) return cell;
  const rounded = Number(cell);
  const id = Number(urlId);
  // Excel shows six significant digits in the E form and keeps fifteen in a number.
  return Math.abs(rounded - id) <= id * (scientific ? 1e-5 : 1e-13) ? urlId : cell;
}

/** Whether a cell is a number in a spreadsheet's E form (the id it stood for is lost). */
export function isScientificNumber(cell: string): boolean {
  return SCIENTIFIC_ID_RE.test(cell);
}
