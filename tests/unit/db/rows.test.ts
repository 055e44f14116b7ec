import { describe, expect, it } from 'vitest';
import { emptySummary, summarize, type ShortlistRecord } from '@/lib/db/records';
import { engagementRate, filterRows, queryRows, sortRows, toRow, type ShortlistRow } from '@/lib/db/rows';
import { generateShortlist } from '../../fixtures/db/generate';

function rowsOf(n: number, seed = 5): ShortlistRow[] {
  const data = generateShortlist(n, seed);
  return data.entries.map((e, i) => toRow({ ...e, summary: summarize(data.videos[i]!, data.scores[i]!) }));
}

function row(
  over: Partial<Omit<ShortlistRecord, 'summary'>> & { summary?: Partial<ShortlistRecord['summary']> },
): ShortlistRow {
  const base: ShortlistRecord = {
    videoId: '1',
    status: 'candidate',
    tags: [],
    note: '',
    objective: 'awareness',
    handle: 'h',
    shortlistedAt: 0,
    updatedAt: 0,
    statusUpdatedAt: 0,
    noteUpdatedAt: 0,
    tagsUpdatedAt: 0,
    summary: emptySummary('h', '1'),
  };
  return toRow({ ...base, ...over, summary: { ...base.summary, ...over.summary } });
}

describe('engagementRate', () => {
  it('is (likes+comments+shares+saves) ÷ views × 100 and null without views', () => {
    expect(engagementRate({ views: 317_100, likes: 32_700, comments: 449, shares: 1425, saves: 4768 })).toBeCloseTo(
      12.4068,
      4,
    );
    expect(engagementRate({ views: null, likes: 5, comments: 0, shares: 0, saves: 0 })).toBeNull();
    expect(engagementRate({ views: 0, likes: 5, comments: 0, shares: 0, saves: 0 })).toBeNull();
  });
});

describe('filterRows', () => {
  const rows = rowsOf(500);

  it('combines status, band and objective filters', () => {
    const out = filterRows(rows, {
      statuses: ['candidate', 'contacted'],
      bands: ['strong'],
      objectives: ['conversion'],
    });
    expect(out.length).toBeGreaterThan(0);
    expect(
      out.every(
        (r) => ['candidate', 'contacted'].includes(r.status) && r.band === 'strong' && r.objective === 'conversion',
      ),
    ).toBe(true);
    const expected = rows.filter(
      (r) => ['candidate', 'contacted'].includes(r.status) && r.band === 'strong' && r.objective === 'conversion',
    );
    expect(out).toEqual(expected);
  });

  it('filters by policy flag: any, none, or one category', () => {
    const flagged = filterRows(rows, { policy: 'flagged' });
    const clean = filterRows(rows, { policy: 'clean' });
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length + clean.length).toBe(rows.length);
    const cat = flagged[0]!.policyCategories[0]!;
    expect(filterRows(rows, { policy: cat }).every((r) => r.policyCategories.includes(cat))).toBe(true);
  });

  it('filters by eligibility, creator (with or without @) and every given tag', () => {
    const ineligible = filterRows(rows, { eligibility: ['ineligible'] });
    expect(ineligible.length).toBeGreaterThan(0);
    expect(ineligible.every((r) => r.band === 'ineligible')).toBe(true);
    const handle = rows[0]!.handle;
    const byCreator = filterRows(rows, { creator: `@${handle.toUpperCase()}` });
    expect(byCreator).toEqual(rows.filter((r) => r.handle === handle));
    const tagged = rows.find((r) => r.tags.length > 0)!;
    const tag = tagged.tags[0]!;
    expect(filterRows(rows, { tags: [tag.toUpperCase()] })).toEqual(rows.filter((r) => r.tags.includes(tag)));
  });

  it('searches caption, handle, tags and note, ignoring case, accents and a leading # or @', () => {
    const r = row({
      videoId: '9',
      handle: 'Glow.Lab',
      tags: ['Summer-Drop'],
      note: 'Ask for a shorter CUT',
      summary: { caption: 'Mon café préféré #morning' },
    });
    const other = row({ videoId: '8' });
    const find = (text: string) => filterRows([r, other], { text }).map((x) => x.videoId);
    expect(find('cafe prefere')).toEqual(['9']);
    expect(find('@glow.lab')).toEqual(['9']);
    expect(find('#summer-drop')).toEqual(['9']);
    expect(find('shorter cut')).toEqual(['9']);
    expect(find('#morning')).toEqual(['9']);
    expect(find('café nowhere')).toEqual([]);
  });

  it('treats a caption with markup as text', () => {
    const r = row({ summary: { caption: '<img src=x onerror=alert(1)>' } });
    expect(filterRows([r], { text: 'onerror' })).toHaveLength(1);
    expect(r.caption).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('sortRows', () => {
  const rows = rowsOf(300, 9);

  it.each(['score', 'engagement', 'views', 'likes', 'postedAt', 'shortlistedAt'] as const)(
    'orders by %s in both directions, unknown values last',
    (key) => {
      const field = {
        score: 'score',
        engagement: 'engagementRatePct',
        views: 'views',
        likes: 'likes',
        postedAt: 'postedAt',
        shortlistedAt: 'shortlistedAt',
      }[key] as keyof ShortlistRow;
      for (const dir of ['asc', 'desc'] as const) {
        const out = sortRows(rows, { key, dir });
        expect(out).toHaveLength(rows.length);
        const values = out.map((r) => r[field] as number | null);
        const known = values.filter((v) => v !== null) as number[];
        expect(values.slice(known.length).every((v) => v === null)).toBe(true);
        expect(known).toEqual([...known].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
      }
    },
  );

  it('puts rows without views last whichever the direction', () => {
    const withViews = row({ videoId: '1', summary: { views: 10 } });
    const without = row({ videoId: '2', summary: { views: null } });
    expect(sortRows([without, withViews], { key: 'views', dir: 'asc' }).map((r) => r.videoId)).toEqual(['1', '2']);
    expect(sortRows([without, withViews], { key: 'views', dir: 'desc' }).map((r) => r.videoId)).toEqual(['1', '2']);
  });

  it('breaks ties the same way every time and never mutates its input', () => {
    const a = row({ videoId: '1', shortlistedAt: 5, summary: { score: 50 } });
    const b = row({ videoId: '2', shortlistedAt: 9, summary: { score: 50 } });
    const c = row({ videoId: '3', shortlistedAt: 9, summary: { score: 50 } });
    const input = [a, c, b];
    expect(sortRows(input, { key: 'score', dir: 'desc' }).map((r) => r.videoId)).toEqual(['2', '3', '1']);
    expect(input.map((r) => r.videoId)).toEqual(['1', '3', '2']);
  });

  it('sorts the filtered rows in queryRows, newest shortlisted first by default', () => {
    const out = queryRows(rows, { statuses: ['candidate'] });
    expect(out.every((r) => r.status === 'candidate')).toBe(true);
    const times = out.map((r) => r.shortlistedAt);
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });
});
