import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isLiveAt, statusAt } from '@/lib/ledger/expiry';
import { AUTH_STATUSES } from '@/lib/schemas/authorization';
import { exportAuthStatus } from '@/lib/export/csv-row';
import { exportCsv, exportCsvChunked, csvFileName, CSV_CHUNK_ROWS } from '@/lib/export/csv';
import { isoUtc } from '@/lib/export/cells';
import { authorization, exportRow, readCsv, NOW } from './helpers';

const one = (row = exportRow(1), opts = {}) => readCsv(exportCsv([row], { now: NOW, timeZone: 'UTC', ...opts }))[0]!;

describe('CSV export cells', () => {
  it('link the canonical video URL and the creator profile, with the handle bare', () => {
    const row = exportRow(1, { video: { url: 'https://vm.tiktok.com/ZMabc/' } });
    row.video.author.handle = '@w..corporation';
    const cells = one(row);
    expect(cells.video_url).toBe(`https://www.tiktok.com/@w..corporation/video/${row.video.id}`);
    expect(cells.creator_handle).toBe('w..corporation');
    expect(cells.creator_profile_url).toBe('https://www.tiktok.com/@w..corporation');
  });

  it('keeps the photo URL of a carousel post', () => {
    const row = exportRow(1);
    row.video.url = `https://www.tiktok.com/@${row.video.author.handle}/photo/${row.video.id}`;
    expect(one(row).video_url).toBe(row.video.url);
  });

  it('writes hashtags without # and lists separated by semicolons', () => {
    const row = exportRow(1, {
      video: { hashtags: ['#fyp', 'skincare', '中国高铁'] },
      entry: { tags: ['hero', 'q3'] },
    });
    row.score!.policyFlags = [
      { category: 'alcohol', evidence: ['beer'], markets: 'global', severity: 'restricted' },
      { category: 'alcohol', evidence: ['wine'], markets: 'eea-uk', severity: 'restricted' },
      { category: 'financial', evidence: ['crypto'], markets: 'global', severity: 'restricted' },
    ];
    row.score!.eligibility = {
      status: 'at-risk',
      reasons: [
        { code: 'licensed-music', message: 'x' },
        { code: 'no-disclosure', message: 'y' },
      ],
    };
    const cells = one(row);
    expect(cells.hashtags).toBe('fyp;skincare;中国高铁');
    expect(cells.tags).toBe('hero;q3');
    expect(cells.policy_flags).toBe('alcohol;financial');
    expect(cells.eligibility).toBe('at-risk');
    expect(cells.eligibility_reasons).toBe('licensed-music;no-disclosure');
  });

  it('writes counts as plain integers and the engagement rate with two decimals', () => {
    const row = exportRow(1);
    const at = row.video.capturedAt;
    row.video.stats = {
      views: { value: 317_100, exact: true, source: 'statsV2', capturedAt: at },
      likes: { value: 32_700, exact: true, source: 'statsV2', capturedAt: at },
      comments: { value: 449, exact: true, source: 'statsV2', capturedAt: at },
      shares: { value: 1_425, exact: true, source: 'statsV2', capturedAt: at },
      saves: { value: 4_768, exact: true, source: 'statsV2', capturedAt: at },
    };
    const cells = one(row);
    expect([cells.views, cells.likes, cells.comments, cells.shares, cells.saves]).toEqual([
      '317100',
      '32700',
      '449',
      '1425',
      '4768',
    ]);
    // (32700 + 449 + 1425 + 4768) / 317100 × 100 = 12.4068…
    expect(cells.engagement_rate_pct).toBe('12.41');
  });

  it('writes a 12-million count in full, never as 1.2e7 or 12M', () => {
    const row = exportRow(1);
    row.video.stats.views = { value: 12_000_000, exact: false, source: 'dom', capturedAt: row.video.capturedAt };
    expect(one(row).views).toBe('12000000');
  });

  it('leaves the engagement rate empty when views are unknown', () => {
    const row = exportRow(1);
    row.video.stats.views = null;
    const cells = one(row);
    expect(cells.views).toBe('');
    expect(cells.engagement_rate_pct).toBe('');
  });

  it('writes times in ISO 8601 UTC to the second', () => {
    const row = exportRow(1, { video: { postedAt: Date.UTC(2026, 1, 14, 21, 30, 45, 678) } });
    expect(one(row).posted_at).toBe('2026-02-14T21:30:45Z');
  });

  it('formats every instant as Date#toISOString does, without the milliseconds', () => {
    for (const ms of [
      0,
      -1,
      951_782_400_000,
      951_868_800_000,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      253_402_300_799_999,
    ]) {
      expect(isoUtc(ms)).toBe(new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    }
    expect(isoUtc(null)).toBe('');
    expect(isoUtc(Number.NaN)).toBe('');
    expect(isoUtc(1e20)).toBe('');
  });

  it('agrees with Date#toISOString to the second for any instant JavaScript can represent', () => {
    fc.assert(
      fc.property(
        // Mostly years 1000–9999 (the integer date math), sometimes anything up to ±275,760 years (the fallback).
        fc.oneof(
          { arbitrary: fc.integer({ min: -30_610_224_000_000, max: 253_402_300_799_999 }), weight: 4 },
          fc.integer({ min: -8.64e15, max: 8.64e15 }),
        ),
        (ms) => {
          expect(isoUtc(ms)).toBe(new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('leaves score columns empty for a video not scored yet but keeps its objective', () => {
    const row = { ...exportRow(1, { entry: { objective: 'conversion' } }), score: null };
    const cells = one(row);
    expect([cells.score, cells.band, cells.hook_score, cells.eligibility, cells.scored_at]).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(cells.objective).toBe('conversion');
  });

  it('writes the factor scores into their own columns', () => {
    const row = exportRow(1);
    row.score!.factors = [
      { id: 'hook', score: 72, weight: 0.3, confidence: 1, reasons: [] },
      { id: 'engagement', score: 78, weight: 0.7, confidence: 1, reasons: [] },
    ];
    const cells = one(row);
    expect([cells.hook_score, cells.length_score, cells.engagement_score]).toEqual(['72', '', '78']);
  });
});

describe('CSV export of authorization codes', () => {
  const row = () => ({ ...exportRow(1), authorization: authorization(exportRow(1).video.id) });

  it('leaves auth_code empty unless codes are included', () => {
    expect(one(row()).auth_code).toBe('');
    expect(one(row(), { includeCodes: true }).auth_code).toBe('#Kx3bQ9vLm2Pz8Rw5Tn7Yc4Hd6Jf1Ga0Se3Ub5Wi7Oq9=');
  });

  it('writes the duration, the expiry and the status the user set, whatever the clock says', () => {
    const cells = one(row());
    expect(cells.auth_duration_days).toBe('30');
    expect(cells.auth_expires_at).toBe('2026-07-20T09:00:00Z');
    expect(cells.auth_status).toBe('in-use');
    // Five days before expiry and after it the code still reads in use: the file must import back as it was
    // (an "expiring" cell cannot say in use from received); how near the end is, auth_expires_at says.
    expect(one(row(), { now: Date.UTC(2026, 6, 15, 9) }).auth_status).toBe('in-use');
    expect(one(row(), { now: Date.UTC(2026, 6, 21, 9) }).auth_status).toBe('in-use');
  });

  it('writes every stored status as itself, and a stored "expiring" as the received it means', () => {
    for (const status of AUTH_STATUSES) {
      const expected = status === 'expiring' ? 'received' : status;
      expect(exportAuthStatus(authorization('1', { status }))).toBe(expected);
      expect(one({ ...exportRow(1), authorization: authorization('1', { status }) }).auth_status).toBe(expected);
    }
  });

  it('gives a status that reads back to the same ledger status for any code, clock and time zone', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...AUTH_STATUSES),
        // Mostly within three weeks of the clock, where the expiring window and DST edges are.
        fc.option(
          fc.oneof(fc.integer({ min: -21 * 86_400_000, max: 21 * 86_400_000 }), fc.integer({ min: -4e10, max: 4e10 })),
          { nil: null },
        ),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        (status, offset, now, timeZone) => {
          const auth = authorization('1', { status, expiresAt: offset === null ? null : now + offset });
          const written = { ...auth, status: exportAuthStatus(auth) };
          expect(statusAt(written, now, timeZone)).toBe(statusAt(auth, now, timeZone));
          expect(isLiveAt(written, now)).toBe(isLiveAt(auth, now));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('CSV export file', () => {
  it('starts with a UTF-8 byte order mark only when the Excel option is on', () => {
    expect(exportCsv([exportRow(1)], { now: NOW }).charCodeAt(0)).not.toBe(0xfeff);
    expect(exportCsv([exportRow(1)], { now: NOW, excelBom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('writes video_id as ="…" under the Excel option, so Excel keeps all 19 digits as text', () => {
    const row = exportRow(1, { video: { id: '7312345678901234567' } });
    row.video.url = `https://www.tiktok.com/@${row.video.author.handle}/video/7312345678901234567`;
    row.entry.videoId = row.video.id;
    const plain = exportCsv([row], { now: NOW });
    const excel = exportCsv([row], { now: NOW, excelBom: true });
    // The raw line: papaparse quotes the cell because of its quotes, Excel unquotes it into the formula ="…".
    expect(excel.split('\r\n')[1]).toContain(',"=""7312345678901234567""",');
    const [p] = readCsv(plain);
    const [e] = readCsv(excel);
    expect(p!.video_id).toBe('7312345678901234567');
    expect(e!.video_id).toBe('="7312345678901234567"');
    // Every other cell, the video link included, is the same as without the option.
    expect({ ...e, video_id: '' }).toEqual({ ...p, video_id: '' });
  });

  it('changes nothing but the BOM and the video_id cells under the Excel option', () => {
    const rows = Array.from({ length: 30 }, (_, i) => exportRow(i + 1));
    const plain = exportCsv(rows, { now: NOW, includeCodes: true });
    const excel = exportCsv(rows, { now: NOW, includeCodes: true, excelBom: true });
    const [header, ...lines] = plain.split('\r\n');
    const id = (i: number) => rows[i]!.video.id;
    const expected = [header, ...lines.map((l, i) => l.replace(`,${id(i)},`, `,"=""${id(i)}""",`))];
    expect(excel).toBe('\uFEFF' + expected.join('\r\n'));
  });

  it('still neutralizes typed text that looks like the Excel id form', () => {
    const row = exportRow(1, { video: { caption: '="7312345678901234567"' }, entry: { note: '=HYPERLINK("x")' } });
    row.video.author.nickname = '="1"';
    const [cells] = readCsv(exportCsv([row], { now: NOW, excelBom: true }));
    expect(cells!.caption).toBe(`'="7312345678901234567"`);
    expect(cells!.notes).toBe(`'=HYPERLINK("x")`);
    expect(cells!.creator_nickname).toBe(`'="1"`);
  });

  it('separates records with CRLF as RFC 4180 asks', () => {
    const csv = exportCsv([exportRow(1), exportRow(2)], { now: NOW });
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('is named after the local date', () => {
    expect(csvFileName(new Date(2026, 1, 4, 23, 59))).toBe('spark-scout-shortlist-2026-02-04.csv');
    expect(csvFileName(new Date(2026, 11, 31, 0, 1))).toBe('spark-scout-shortlist-2026-12-31.csv');
  });
});

describe('Chunked CSV export', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => exportRow(i + 1));

  it('produces the same text as the one-shot export at every size around a chunk boundary', async () => {
    for (const n of [0, 1, CSV_CHUNK_ROWS - 1, CSV_CHUNK_ROWS, CSV_CHUNK_ROWS + 1, 2 * CSV_CHUNK_ROWS + 3]) {
      const list = rows(n);
      for (const opts of [{ now: NOW }, { now: NOW, excelBom: true, includeCodes: true }]) {
        expect(await exportCsvChunked(list, opts)).toBe(exportCsv(list, opts));
      }
    }
  });

  it('reports progress after each chunk up to the total', async () => {
    const progress = vi.fn();
    await exportCsvChunked(rows(2 * CSV_CHUNK_ROWS + 5), { now: NOW }, progress);
    expect(progress.mock.calls.map(([p]) => p.done)).toEqual([
      0,
      CSV_CHUNK_ROWS,
      2 * CSV_CHUNK_ROWS,
      2 * CSV_CHUNK_ROWS + 5,
    ]);
    expect(progress.mock.calls.every(([p]) => p.total === 2 * CSV_CHUNK_ROWS + 5)).toBe(true);
  });

  it('yields to the event loop between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await exportCsvChunked(rows(3 * CSV_CHUNK_ROWS), { now: NOW });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const pending = exportCsvChunked(
      rows(3 * CSV_CHUNK_ROWS),
      { now: NOW },
      (p) => {
        if (p.done >= CSV_CHUNK_ROWS) controller.abort(new Error('cancelled'));
      },
      controller.signal,
    );
    await expect(pending).rejects.toThrow('cancelled');
  });
});
