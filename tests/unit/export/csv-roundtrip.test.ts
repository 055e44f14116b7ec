import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unneutralize } from '@/lib/export/cells';
import { exportCsv } from '@/lib/export/csv';
import { parseShortlistCsv } from '@/lib/export/csv-import';
import { isExpiringAt, isLiveAt, statusAt } from '@/lib/ledger/expiry';
import { authorization, exportRow, readCsv, NOW } from './helpers';

const DAY = 86_400_000;

const HARD_CAPTIONS = [
  'glow routine ✨🧴 #skincare',
  'family 👩‍👩‍👧‍👦 day, flags 🇧🇷🇯🇵 and skin tones 👍🏽',
  'she said "this changed everything" — and it did',
  'cheap, fast, good: pick two',
  'line one\nline two\r\nline three\rline four',
  '=HYPERLINK("http://evil.example","click")',
  '+33 6 12 34 56 78 call me',
  '-5 kg in a week?! (not medical advice)',
  '@brand collab',
  '\tindented with a tab',
  '\rcarriage return first',
  "'=already quoted formula",
  "''+two apostrophes",
  "'just an apostrophe",
  '  leading and trailing spaces  ',
  '"',
  '',
  '高铁穿过莆田市湄洲湾跨海特大桥#china #中国高铁🚅 ',
];

describe('CSV round trip through papaparse', () => {
  it('gives back every hard caption, note and nickname exactly', () => {
    const rows = HARD_CAPTIONS.map((caption, i) => {
      const row = exportRow(i + 1, {
        video: { caption },
        entry: { note: HARD_CAPTIONS[HARD_CAPTIONS.length - 1 - i]! },
      });
      row.video.author.nickname = caption || null;
      return row;
    });
    const read = readCsv(exportCsv(rows, { now: NOW }));
    expect(read.map((r) => unneutralize(r.caption!))).toEqual(HARD_CAPTIONS);
    expect(read.map((r) => unneutralize(r.notes!))).toEqual([...HARD_CAPTIONS].reverse());
    expect(read.map((r) => unneutralize(r.creator_nickname!))).toEqual(HARD_CAPTIONS);
  });

  it('gives back any text made of formula starters, quotes, separators, newlines and emoji', () => {
    const piece = fc.oneof(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', ',', ';', "'", ' ', '🎉', '👩‍👩‍👧', '\uFEFF', 'é'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (caption, note) => {
        const row = exportRow(3, { video: { caption }, entry: { note } });
        const [read] = readCsv(exportCsv([row], { now: NOW }));
        expect(unneutralize(read!.caption!)).toBe(caption);
        expect(unneutralize(read!.notes!)).toBe(note);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV formula-injection guard', () => {
  const rawLine = (caption: string) =>
    exportCsv([exportRow(1, { video: { caption } })], { now: NOW }).split('\r\n')[1]!;

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes a text cell starting with %j with an apostrophe',
    (caption) => {
      const [cells] = Papa.parse<string[]>(rawLine(caption)).data;
      expect(cells![6]).toBe(`'${caption}`);
    },
  );

  it('leaves ordinary text and numeric cells untouched', () => {
    const row = exportRow(1, { video: { caption: 'plain caption' } });
    const line = exportCsv([row], { now: NOW }).split('\r\n')[1]!;
    const [cells] = Papa.parse<string[]>(line).data;
    expect(cells![6]).toBe('plain caption');
    expect(cells![10]).toBe(String(row.video.stats.views!.value));
    expect(line).not.toContain(`'${row.video.stats.views!.value}`);
  });

  it('adds one more apostrophe to text that already starts with apostrophes before a formula character', () => {
    const [cells] = Papa.parse<string[]>(rawLine("'=x")).data;
    expect(cells![6]).toBe("''=x");
  });
});

describe('CSV import of this export', () => {
  it('reads back the shortlist, videos, scores and codes it was written from', () => {
    const rows = HARD_CAPTIONS.slice(0, 6).map((caption, i) =>
      exportRow(i + 1, { video: { caption }, entry: { tags: ['hero', 'q3'], note: caption } }),
    );
    const result = parseShortlistCsv(exportCsv(rows, { now: NOW }), 'team.csv');
    if (!result.ok) throw new Error(result.message);
    const { incoming } = result;
    expect(incoming.invalid).toEqual([]);
    const second = (ms: number) => Math.floor(ms / 1000) * 1000;
    expect(incoming.shortlist).toEqual(
      rows.map(({ entry }) =>
        expect.objectContaining({
          videoId: entry.videoId,
          status: entry.status,
          tags: entry.tags,
          note: entry.note,
          objective: entry.objective,
          handle: entry.handle,
          shortlistedAt: second(entry.shortlistedAt),
        }),
      ),
    );
    incoming.videos.forEach((v, i) => {
      const src = rows[i]!.video;
      expect(v.caption).toBe(src.caption);
      expect(v.hashtags).toEqual(src.hashtags);
      expect(v.url).toBe(src.url);
      expect(v.stats.views?.value).toBe(src.stats.views?.value);
      expect(v.author.followers?.value).toBe(src.author.followers?.value);
      expect(v.postedAt).toBe(second(src.postedAt!));
    });
    expect(incoming.scores.map((s) => [s.total, s.band, s.eligibility.status])).toEqual(
      rows.map((r) => [r.score!.total, r.score!.band, r.score!.eligibility.status]),
    );
  });

  it('marks what a CSV cannot carry as unknown rather than inventing it', () => {
    const result = parseShortlistCsv(exportCsv([exportRow(1)], { now: NOW }), 'team.csv');
    if (!result.ok) throw new Error(result.message);
    const [video] = result.incoming.videos;
    expect(video!.stats.views).toMatchObject({ exact: false, source: 'import' });
    expect(video!.flags.isAd).toBeNull();
    expect(video!.sources).toEqual(['import']);
    expect(result.incoming.scores[0]!.scoringVersion).toBe('csv-import');
  });

  it('reads back an included code and its expiry', () => {
    const row = exportRow(1);
    row.authorization = {
      id: 'a1',
      videoId: row.video.id,
      code: '+abc=',
      requestedDays: null,
      grantedDays: 30,
      grantedAt: null,
      expiresAt: Date.UTC(2026, 6, 20, 9),
      campaignEndDate: null,
      adAccount: null,
      status: 'received',
      note: '',
      supersededBy: null,
      current: true,
      createdAt: 1,
      updatedAt: 1,
    };
    const result = parseShortlistCsv(exportCsv([row], { now: NOW, includeCodes: true }), 'team.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.authorizations[0]).toMatchObject({
      code: '+abc=',
      grantedDays: 30,
      expiresAt: Date.UTC(2026, 6, 20, 9),
      status: 'received',
      current: true,
    });
  });

  it('gives back an in-use code in its last week still in use', () => {
    // Exported three days before expiry: the cell used to say "expiring", imported as a code nobody runs.
    const row = exportRow(1);
    row.authorization = authorization(row.video.id, { status: 'in-use', expiresAt: NOW + 3 * DAY });
    const result = parseShortlistCsv(exportCsv([row], { now: NOW, includeCodes: true }), 'team.csv');
    if (!result.ok) throw new Error(result.message);
    const [auth] = result.incoming.authorizations;
    expect(auth!.status).toBe('in-use');
    expect(isLiveAt(auth!, NOW)).toBe(true);
    expect(statusAt(auth!, NOW, 'UTC')).toBe('in-use');
    expect(isExpiringAt(auth!, NOW, 'UTC')).toBe(true);
  });

  it('stores the "expiring" an earlier build wrote as received, the status it stood for', () => {
    const row = exportRow(1);
    row.authorization = authorization(row.video.id, { status: 'received', expiresAt: NOW + 3 * DAY });
    const csv = exportCsv([row], { now: NOW }).replace(',received,', ',expiring,');
    const result = parseShortlistCsv(csv, 'old.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.authorizations[0]!.status).toBe('received');
  });

  it('reads a file saved with the Excel byte order mark', () => {
    const result = parseShortlistCsv(exportCsv([exportRow(1)], { now: NOW, excelBom: true }), 'excel.csv');
    expect(result.ok && result.incoming.shortlist).toHaveLength(1);
  });

  it('reads the Excel option’s ="…" video ids back to the plain ids: the same records as without the option', () => {
    const rows = [1, 2, 3].map((i) => exportRow(i));
    rows[0]!.video.caption = '="7312345678901234567"';
    rows[1]!.authorization = authorization(rows[1]!.video.id);
    const read = (excelBom: boolean) => {
      const result = parseShortlistCsv(exportCsv(rows, { now: NOW, excelBom, includeCodes: true }), 'team.csv');
      if (!result.ok) throw new Error(result.message);
      return result.incoming;
    };
    const excel = read(true);
    expect(excel.invalid).toEqual([]);
    expect(excel.shortlist.map((e) => e.videoId)).toEqual(rows.map((r) => r.video.id));
    expect(excel.videos[0]!.caption).toBe('="7312345678901234567"');
    expect(excel).toEqual(read(false));
  });

  it('reads a video_id cell written as ="…" (as Excel keeps it) as the plain id', () => {
    const row = exportRow(1);
    const csv = exportCsv([row], { now: NOW }).replace(`,${row.video.id},`, `,"=""${row.video.id}""",`);
    const result = parseShortlistCsv(csv, 'team.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.invalid).toEqual([]);
    expect(result.incoming.shortlist.map((e) => e.videoId)).toEqual([row.video.id]);
  });

  it('takes the id from video_url when a spreadsheet re-saved a plain file and rounded video_id', () => {
    const rows = [1, 2, 3].map((i) => exportRow(i));
    const plain = exportCsv(rows, { now: NOW });
    const read = (csv: string) => {
      const result = parseShortlistCsv(csv, 'resaved.csv');
      if (!result.ok) throw new Error(result.message);
      return result.incoming;
    };
    const ids = rows.map((r) => r.video.id);
    // Excel's General format (7.60000E+18) and a number format (15 significant digits, then zeros).
    const scientific = ids.reduce(
      (csv, id) => csv.replace(`,${id},`, `,${Number(id).toExponential(5).toUpperCase()},`),
      plain,
    );
    const fifteen = ids.reduce((csv, id) => csv.replace(`,${id},`, `,${id.slice(0, 15)}0000,`), plain);
    expect(scientific).not.toContain(`,${ids[0]},`);
    for (const csv of [scientific, fifteen]) {
      const incoming = read(csv);
      expect(incoming.invalid).toEqual([]);
      expect(incoming).toEqual({ ...read(plain), file: 'resaved.csv' });
    }
  });

  it('says a rounded video_id came from a spreadsheet when video_url cannot give it back', () => {
    const row = exportRow(1);
    const other = '6900000000000000001'; // far from the rounded id: not the video it stood for
    const csv = exportCsv([row], { now: NOW }).replace(
      `/video/${row.video.id},${row.video.id},`,
      `/video/${other},${Number(row.video.id).toExponential(5).toUpperCase()},`,
    );
    const result = parseShortlistCsv(csv, 'resaved.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.invalid[0]!.reason).toMatch(
      /^video_id "7\.\d{5}E\+18" is a number a spreadsheet rounded, and video_url does not give the id back: export again from Spark Scout with the "Excel" option/,
    );
  });

  it('reads the ="…" form only around digits', () => {
    const row = exportRow(1);
    const csv = exportCsv([row], { now: NOW, excelBom: true });
    const result = parseShortlistCsv(csv.replace(`"=""${row.video.id}"""`, `"=""${row.video.id}x"""`), 'team.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.incoming.shortlist).toEqual([]);
    expect(result.incoming.invalid[0]!.reason).toMatch(/^video_id is not a TikTok video id/);
  });
});
