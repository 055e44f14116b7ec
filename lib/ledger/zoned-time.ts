/**
 * Calendar math in an IANA time zone with nothing but Intl (Temporal is not in Node 20 or every browser yet).
 * A "local date" is 'YYYY-MM-DD'; a "day number" counts days since 1970-01-01 on the proleptic calendar, so the
 * difference of two day numbers is the count of calendar days a person would count, whatever DST does in between.
 */

export interface WallTime {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23: some locales print midnight as 24, which would move the date.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone the browser runs in; tests pass explicit zones instead. */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time by Intl itself: the ground truth, ~20 µs a call, so `offsetAt` caches around it. */
function intlWallTime(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    // Zone offsets are whole seconds, so the sub-second part is the instant's own.
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

function intlOffset(epochMs: number, timeZone: string): number {
  return wallAsUtc(intlWallTime(epochMs, timeZone)) - epochMs;
}

const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 50_000;
/** Per zone: hour bucket → the offset throughout that hour, or NaN when a transition falls inside it. */
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Offset of the zone from UTC at an instant, in ms (east positive). An hour whose two ends share an offset is
 * taken to have it throughout (no zone has had two transitions cancel out within one hour), so a ledger of
 * thousands of codes costs a few Intl calls per distinct hour instead of several per date operation.
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone || zone.size > MAX_CACHED_HOURS) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const bucket = Math.floor(epochMs / HOUR_MS);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const first = intlOffset(bucket * HOUR_MS, timeZone);
    offset = first === intlOffset(bucket * HOUR_MS + HOUR_MS - 1, timeZone) ? first : NaN;
    zone.set(bucket, offset);
  }
  return Number.isNaN(offset) ? intlOffset(epochMs, timeZone) : offset;
}

export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const d = new Date(epochMs + offsetAt(epochMs, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * The instant a wall-clock time names in a zone. Like Temporal's 'compatible' disambiguation: a time that occurs
 * twice (clocks going back) resolves to the earlier instant; a time skipped by clocks going forward moves later by
 * the length of the gap (02:30 on a spring-forward night in New York becomes 03:30).
 */
export function wallTimeToEpoch(w: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(w);
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const candidates = [asUtc - before, asUtc - after].filter((t) => wallAsUtc(wallTimeAt(t, timeZone)) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - before;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.floor(wallAsUtc({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }) / DAY_MS);
}

export function localDayNumber(epochMs: number, timeZone: string): number {
  const w = wallTimeAt(epochMs, timeZone);
  return dayNumberOf(w.year, w.month, w.day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function localDateOf(epochMs: number, timeZone: string): string {
  const w = wallTimeAt(epochMs, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}`;
}

export function parseLocalDate(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** A local date `days` calendar days away, e.g. shiftLocalDate('2024-02-28', 1) = '2024-02-29'. */
export function shiftLocalDate(date: string, days: number): string | null {
  const d = parseLocalDate(date);
  if (!d) return null;
  const t = new Date((dayNumberOf(d.year, d.month, d.day) + days) * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** Same local wall time, `days` calendar days later (negative: earlier). */
export function addLocalDays(epochMs: number, days: number, timeZone: string): number {
  const w = wallTimeAt(epochMs, timeZone);
  const shifted = new Date(wallAsUtc({ ...w, hour: 12, minute: 0, second: 0, millisecond: 0 }) + days * DAY_MS);
  return wallTimeToEpoch(
    { ...w, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    timeZone,
  );
}

/** The first instant of a local calendar date (not always 00:00: some zones skip midnight). */
export function startOfLocalDate(date: string, timeZone: string): number | null {
  const d = parseLocalDate(date);
  if (!d) return null;
  return wallTimeToEpoch({ ...d, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** An instant at a given local hour of a local day number. */
export function atLocalHour(dayNumber: number, hour: number, timeZone: string): number {
  const d = new Date(dayNumber * DAY_MS);
  return wallTimeToEpoch(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    timeZone,
  );
}
