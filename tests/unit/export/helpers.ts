import Papa from 'papaparse';
import type { ExportRow } from '@/lib/export/csv-row';
import { emptyRecordSet, type Incoming, type RecordSet } from '@/lib/export/incoming';
import type { Authorization } from '@/lib/schemas/authorization';
import { generateShortlist, makeEntry, makeScore, makeVideo, rng } from '@/tests/fixtures/db/generate';

/** 2026-07-01 12:00 UTC: the clock every export test runs at. */
export const NOW = Date.UTC(2026, 6, 1, 12);

/** One export row from the shared generator, with overrides for the fields a test is about. */
export function exportRow(
  i = 1,
  over: { video?: Partial<ExportRow['video']>; entry?: Partial<ExportRow['entry']> } = {},
): ExportRow {
  const video = { ...makeVideo(i, rng(i)), ...over.video };
  const score = makeScore(video, 'awareness', rng(i + 100));
  const entry = { ...makeEntry(video, 'awareness', rng(i + 200)), ...over.entry };
  return { video, score, entry, authorization: null };
}

export function authorization(videoId: string, over: Partial<Authorization> = {}): Authorization {
  return {
    id: `auth-${videoId}`,
    videoId,
    code: '#Kx3bQ9vLm2Pz8Rw5Tn7Yc4Hd6Jf1Ga0Se3Ub5Wi7Oq9=',
    requestedDays: 60,
    grantedDays: 30,
    grantedAt: Date.UTC(2026, 5, 20, 9),
    expiresAt: Date.UTC(2026, 6, 20, 9),
    campaignEndDate: null,
    adAccount: null,
    status: 'in-use',
    note: '',
    supersededBy: null,
    current: true,
    createdAt: Date.UTC(2026, 5, 20, 9),
    updatedAt: Date.UTC(2026, 5, 20, 9),
    ...over,
  };
}

/** The data rows of a CSV as objects keyed by column, read with papaparse's own parser. */
export function readCsv(text: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

/** A generated shortlist as a record set. */
export function generatedSet(count: number, seed = 7): RecordSet {
  const g = generateShortlist(count, seed);
  return {
    videos: g.videos,
    snapshots: g.snapshots,
    scores: g.scores,
    shortlist: g.entries,
    authorizations: g.authorizations,
    settings: null,
  };
}

export function incoming(
  records: Partial<RecordSet>,
  kind: Incoming['kind'] = 'backup',
  file = 'backup.json',
): Incoming {
  return {
    ...emptyRecordSet(),
    ...records,
    file,
    kind,
    formatVersion: kind === 'csv' ? null : 2,
    invalid: [],
  };
}
