import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '@/lib/export/columns';
import { exportCsv } from '@/lib/export/csv';
import { parseShortlistCsv } from '@/lib/export/csv-import';
import { describeInvalid } from '@/lib/export/incoming';
import { authorizationSchema } from '@/lib/schemas/authorization';
import { scoreResultSchema } from '@/lib/schemas/score';
import { shortlistEntrySchema, statsSnapshotSchema } from '@/lib/schemas/shortlist';
import { videoRecordSchema } from '@/lib/schemas/video';
import { exportRow, generatedSet, NOW } from './helpers';

const csvOf = (rows = [exportRow(1), exportRow(2), exportRow(3)]) => exportCsv(rows, { now: NOW });

/** Replaces one cell of data row `row` (0-based) in an exported CSV; cells here contain no commas or quotes. */
function withCell(csv: string, row: number, column: (typeof EXPORT_COLUMNS)[number], value: string): string {
  const lines = csv.split('\r\n');
  const cells = lines[row + 1]!.split(',');
  cells[EXPORT_COLUMNS.indexOf(column)] = value;
  lines[row + 1] = cells.join(',');
  return lines.join('\r\n');
}

const plain = (i: number) => exportRow(i, { video: { caption: `caption ${i}` }, entry: { note: '', tags: [] } });

describe('CSV import rejects files that are not this export', () => {
  it('names the file and says what a CSV from another tool is missing', () => {
    const other = 'Video link,Creator,Views\nhttps://www.tiktok.com/@a/video/1,a,100\n';
    const result = parseShortlistCsv(other, 'ads-manager.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^ads-manager\.csv: is not a Spark Scout CSV export: line 1 must be the header video_url,video_id,creator_handle/,
    );
  });

  it('explains a semicolon-separated re-save from a spreadsheet', () => {
    const result = parseShortlistCsv(EXPORT_COLUMNS.join(';') + '\n', 'resaved.csv');
    expect(!result.ok && result.message).toMatch(/separated by ';'/);
  });

  it('says which columns are missing from a header that has some of ours', () => {
    const header = EXPORT_COLUMNS.filter((c) => c !== 'views' && c !== 'likes').join(',');
    const result = parseShortlistCsv(header + '\n', 'old.csv');
    expect(!result.ok && result.message).toMatch(/missing views, likes/);
  });

  it('rejects an empty file', () => {
    expect(parseShortlistCsv('', 'empty.csv')).toEqual({
      ok: false,
      file: 'empty.csv',
      message: 'empty.csv: the file is empty.',
    });
  });

  it('accepts extra columns a newer export added at the end', () => {
    const lines = csvOf([plain(1)]).split('\r\n');
    const text = `${lines[0]},future_column\r\n${lines[1]},42`;
    const result = parseShortlistCsv(text, 'newer.csv');
    expect(result.ok && result.incoming.shortlist).toHaveLength(1);
  });
});

describe('CSV import of rows with bad values', () => {
  it('lists each bad row by file and line, with the column and the value, and keeps the good rows', () => {
    let csv = csvOf([plain(1), plain(2), plain(3)]);
    csv = withCell(csv, 0, 'views', '12k');
    csv = withCell(csv, 2, 'status', 'maybe-later');
    const result = parseShortlistCsv(csv, 'team.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.invalid.map(describeInvalid)).toEqual([
      `team.csv, line 2 (${plain(1).video.id}): views "12k" is not a whole number written in digits only, like 12000`,
      `team.csv, line 4 (${plain(3).video.id}): status "maybe-later" is not one of candidate, contacted, code-received, live, expired, rejected`,
    ]);
    expect(result.incoming.shortlist.map((e) => e.videoId)).toEqual([plain(2).video.id]);
  });

  it('counts lines in the file, not records, when a caption spans lines', () => {
    const rows = [exportRow(1, { video: { caption: 'one\ntwo\nthree' } }), plain(2)];
    const csv = withCell(csvOf(rows), 1, 'posted_at', '14/02/2026');
    const result = parseShortlistCsv(csv, 'team.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.invalid).toHaveLength(1);
    expect(result.incoming.invalid[0]!.where.line).toBe(5);
    expect(result.incoming.invalid[0]!.reason).toMatch(
      /posted_at "14\/02\/2026" is not a UTC time like 2026-02-14T21:30:45Z/,
    );
  });

  it('reports a file cut off inside a quoted caption at the line where that row starts', () => {
    const rows = [plain(1), exportRow(2, { video: { caption: 'multi\nline "quoted" caption' } })];
    const csv = csvOf(rows);
    const cut = csv.slice(0, csv.indexOf('line ""quoted'));
    const result = parseShortlistCsv(cut, 'cut.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.invalid.map(describeInvalid)).toEqual([
      'cut.csv, line 3: a quoted cell is not closed: the file may be cut off here',
    ]);
    expect(result.incoming.shortlist).toHaveLength(1);
  });

  it('reports a row with missing cells', () => {
    const csv = csvOf([plain(1)]) + '\r\nhttps://www.tiktok.com/@a/video/1,1,a';
    const result = parseShortlistCsv(csv, 'team.csv');
    expect(result.ok && result.incoming.invalid.map(describeInvalid)).toEqual([
      'team.csv, line 3: has 3 cells, the header has 36',
    ]);
  });

  it('reports a video link that does not match the video id', () => {
    const csv = withCell(csvOf([plain(1)]), 0, 'video_id', '7000000000000000001');
    const result = parseShortlistCsv(csv, 'team.csv');
    expect(result.ok && result.incoming.invalid[0]!.reason).toBe(
      `video_url points to video ${plain(1).video.id} but video_id is 7000000000000000001`,
    );
  });

  it('imports a video listed twice once and names the line of the first', () => {
    const csv = csvOf([plain(1), plain(1)]);
    const result = parseShortlistCsv(csv, 'team.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.shortlist).toHaveLength(1);
    expect(result.incoming.invalid[0]!.reason).toBe(
      `video ${plain(1).video.id} is already on line 2; only the first is imported`,
    );
  });

  it('refuses a tag or a note longer than the shortlist allows, saying so in words', () => {
    const tag = parseShortlistCsv(withCell(csvOf([plain(1)]), 0, 'tags', `ok;${'x'.repeat(61)}`), 'team.csv');
    expect(tag.ok && tag.incoming.invalid[0]!.reason).toBe(
      'the tag “xxxxxxxxxxxxxxxxxxxxxxxx…” has 61 characters; a tag holds at most 60',
    );
    const note = parseShortlistCsv(withCell(csvOf([plain(1)]), 0, 'notes', 'n'.repeat(10_001)), 'team.csv');
    expect(note.ok && note.incoming.invalid[0]!.reason).toBe(
      'notes has 10,001 characters; a note holds at most 10,000',
    );
  });

  it('ignores blank lines at the end of the file', () => {
    const result = parseShortlistCsv(csvOf([plain(1)]) + '\r\n\r\n', 'team.csv');
    expect(result.ok && result.incoming.invalid).toEqual([]);
  });

  it('gives a CSV row the edit time it is told, or its shortlisted time', () => {
    const csv = csvOf([plain(1)]);
    const plainResult = parseShortlistCsv(csv, 'team.csv');
    const stamped = parseShortlistCsv(csv, 'team.csv', { editedAt: NOW });
    const entry = plainResult.ok ? plainResult.incoming.shortlist[0]! : null;
    expect(entry?.noteUpdatedAt).toBe(entry?.shortlistedAt);
    expect(stamped.ok && stamped.incoming.shortlist[0]!.noteUpdatedAt).toBe(NOW);
  });
});

describe('CSV import records', () => {
  it('pass the schemas the database writes with, for every kind of generated row', () => {
    const set = generatedSet(120, 9);
    const rows = set.shortlist.map((entry, i) => ({
      entry,
      video: set.videos[i]!,
      score: i % 7 ? set.scores[i]! : null,
      authorization: set.authorizations.find((a) => a.videoId === entry.videoId) ?? null,
    }));
    const result = parseShortlistCsv(exportCsv(rows, { now: NOW, includeCodes: true }), 'team.csv');
    if (!result.ok) throw new Error(result.message);
    const { incoming } = result;
    expect(incoming.invalid).toEqual([]);
    expect(incoming.scores.length).toBeGreaterThan(0);
    expect(incoming.authorizations.length).toBeGreaterThan(0);
    for (const v of incoming.videos) expect(videoRecordSchema.safeParse(v).success).toBe(true);
    for (const s of incoming.scores) expect(scoreResultSchema.safeParse(s).success).toBe(true);
    for (const s of incoming.snapshots) expect(statsSnapshotSchema.safeParse(s).success).toBe(true);
    for (const e of incoming.shortlist) expect(shortlistEntrySchema.safeParse(e).success).toBe(true);
    for (const a of incoming.authorizations) expect(authorizationSchema.safeParse(a).success).toBe(true);
  });
});
