import { describe, expect, it } from 'vitest';
import { exportCsv } from '@/lib/export/csv';
import { parseShortlistCsv } from '@/lib/export/csv-import';
import { describeInvalid, emptyRecordSet, type RecordSet } from '@/lib/export/incoming';
import { planRestore } from '@/lib/export/restore';
import { isReplaced } from '@/lib/ledger/history';
import { expiringCount, reminderSchedule } from '@/lib/ledger/reminders';
import type { Authorization } from '@/lib/schemas/authorization';
import { makeEntry, makeScore, makeVideo, rng } from '@/tests/fixtures/db/generate';
import { authorization, exportRow, generatedSet, incoming, NOW } from './helpers';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const video = (i: number) => makeVideo(i, rng(i));
const entry = (i: number, over = {}) => ({ ...makeEntry(video(i), 'awareness', rng(i + 50)), ...over });
const local = (over: Partial<RecordSet>): RecordSet => ({ ...emptyRecordSet(), ...over });

describe('Restore merge of shortlist entries', () => {
  it('keeps the newer note from the file and the newer status from this profile', () => {
    const mine = entry(1, { status: 'contacted', statusUpdatedAt: NOW + 2 * HOUR, note: 'mine', noteUpdatedAt: NOW });
    const theirs = entry(1, { status: 'candidate', statusUpdatedAt: NOW, note: 'theirs', noteUpdatedAt: NOW + HOUR });
    const plan = planRestore(local({ shortlist: [mine] }), incoming({ shortlist: [theirs] }));
    expect(plan.writes.shortlist).toEqual([
      expect.objectContaining({
        status: 'contacted',
        statusUpdatedAt: NOW + 2 * HOUR,
        note: 'theirs',
        noteUpdatedAt: NOW + HOUR,
      }),
    ]);
    expect(plan.preview.updated).toEqual([mine.videoId]);
    // The file's status lost to the newer one here: the preview names the video.
    expect(plan.preview.keptLocal.map((v) => v.videoId)).toEqual([mine.videoId]);
  });

  it('names no kept edit when the file wins every field it differs in', () => {
    const mine = entry(1, { note: 'mine', noteUpdatedAt: NOW });
    const theirs = { ...mine, note: 'theirs', noteUpdatedAt: NOW + HOUR };
    const plan = planRestore(local({ shortlist: [mine] }), incoming({ shortlist: [theirs] }));
    expect(plan.preview.updated).toEqual([mine.videoId]);
    expect(plan.preview.keptLocal).toEqual([]);
  });

  it('keeps this profile’s status, note and tags when both sides edited them at the same moment', () => {
    const mine = entry(1, {
      status: 'live',
      note: 'mine',
      tags: ['mine'],
      statusUpdatedAt: NOW,
      noteUpdatedAt: NOW,
      tagsUpdatedAt: NOW,
    });
    const theirs = { ...mine, status: 'rejected' as const, note: 'theirs', tags: ['theirs'] };
    const plan = planRestore(local({ shortlist: [mine] }), incoming({ shortlist: [theirs] }));
    expect(plan.changes).toBe(0);
    expect(plan.preview.unchanged).toEqual([mine.videoId]);
  });

  it('keeps the newer tags and the earliest shortlisted time', () => {
    const mine = entry(1, { tags: ['a'], tagsUpdatedAt: NOW, shortlistedAt: NOW - 5 * HOUR });
    const theirs = entry(1, { tags: ['b', 'c'], tagsUpdatedAt: NOW + HOUR, shortlistedAt: NOW - 9 * HOUR });
    const [merged] = planRestore(local({ shortlist: [mine] }), incoming({ shortlist: [theirs] })).writes.shortlist;
    expect(merged).toMatchObject({ tags: ['b', 'c'], shortlistedAt: NOW - 9 * HOUR });
  });
});

describe('Restore merge of stats, scores and videos', () => {
  it('unions stats snapshots, writing only the points this profile lacks', () => {
    const at = (t: number) => ({
      videoId: video(1).id,
      capturedAt: t,
      views: t / HOUR,
      likes: 1,
      comments: 1,
      shares: 1,
      saves: 1,
      exact: true,
    });
    const plan = planRestore(
      local({ videos: [video(1)], snapshots: [at(NOW), at(NOW + HOUR)] }),
      incoming({ snapshots: [at(NOW + HOUR), at(NOW + 2 * HOUR)] }),
    );
    expect(plan.writes.snapshots).toEqual([at(NOW + 2 * HOUR)]);
    expect(plan.preview.updated).toEqual([video(1).id]);
  });

  it('keeps the score computed later', () => {
    const old = { ...makeScore(video(1), 'awareness'), scoredAt: NOW, total: 40 };
    const fresh = { ...old, scoredAt: NOW + HOUR, total: 80 };
    expect(planRestore(local({ scores: [old] }), incoming({ scores: [fresh] })).writes.scores).toEqual([fresh]);
    expect(planRestore(local({ scores: [fresh] }), incoming({ scores: [old] })).changes).toBe(0);
  });

  it('never replaces an exact count with a rounded one from the file', () => {
    const mine = video(1);
    mine.stats.views = { value: 317_100, exact: true, source: 'statsV2', capturedAt: NOW };
    const theirs = structuredClone(mine);
    theirs.stats.views = { value: 320_000, exact: false, source: 'dom', capturedAt: NOW + HOUR };
    expect(planRestore(local({ videos: [mine] }), incoming({ videos: [theirs] })).changes).toBe(0);
  });
});

describe('Restore merge of authorizations', () => {
  const id = () => video(1).id;

  it('matches codes by id and keeps the later edit', () => {
    const mine = authorization(id(), { status: 'received', updatedAt: NOW });
    const theirs = { ...mine, status: 'in-use' as const, updatedAt: NOW + HOUR };
    expect(
      planRestore(local({ authorizations: [mine] }), incoming({ authorizations: [theirs] })).writes.authorizations,
    ).toEqual([theirs]);
  });

  it('leaves one current code per video: the one created last', () => {
    const mine = authorization(id(), { id: 'mine', createdAt: NOW, updatedAt: NOW });
    const renewal = authorization(id(), { id: 'renewal', createdAt: NOW + HOUR, updatedAt: NOW + HOUR });
    const plan = planRestore(local({ authorizations: [mine] }), incoming({ authorizations: [renewal] }));
    expect(plan.writes.authorizations).toEqual([renewal, { ...mine, current: false, supersededBy: 'renewal' }]);
  });

  it('files the code it demotes as replaced, so only the kept code reminds and counts on the badge', () => {
    // Both end within the week: the demoted one used to keep its reminders and add a second badge count.
    const mine = authorization(id(), { id: 'mine', createdAt: NOW - 20 * DAY, expiresAt: NOW + 5 * DAY });
    const theirs = authorization(id(), {
      id: 'theirs',
      code: '#Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk=',
      createdAt: NOW - 2 * DAY,
      expiresAt: NOW + 6 * DAY,
    });
    const plan = planRestore(local({ authorizations: [mine] }), incoming({ authorizations: [theirs] }));
    const after = new Map<string, Authorization>([[mine.id, mine]]);
    for (const a of plan.writes.authorizations) after.set(a.id, a);
    const all = [...after.values()];

    expect(after.get('mine')).toMatchObject({ current: false, supersededBy: 'theirs' });
    expect(all.filter(isReplaced).map((a) => a.id)).toEqual(['mine']);
    expect(reminderSchedule(all, [1], NOW, 'UTC').map((r) => r.authorizationId)).toEqual(['theirs']);
    expect(expiringCount(all, NOW, 'UTC')).toBe(1);
  });
});

describe('Restore preview', () => {
  it('sorts the file’s videos into new, updated and unchanged', () => {
    const here = [entry(1), entry(2)];
    const plan = planRestore(
      local({ shortlist: here }),
      incoming({ shortlist: [entry(3), entry(2, { note: 'edited', noteUpdatedAt: NOW * 2 }), entry(1)] }),
    );
    expect(plan.preview).toMatchObject({
      new: [entry(3).videoId],
      updated: [entry(2).videoId],
      unchanged: [entry(1).videoId],
    });
  });

  it('flags settings that differ, and only those', () => {
    const settings = {
      version: 1 as const,
      objective: 'awareness' as const,
      weights: { awareness: w(), consideration: w(), conversion: w() },
      brandTerms: [],
      brandHandles: [],
      targetMarkets: [],
      industry: 'general' as const,
      reminderLeadDays: [14, 7, 1],
      includeCodesInExport: false,
    };
    expect(
      planRestore(local({ settings }), incoming({ settings: { ...settings, industry: 'travel' } })).preview
        .settingsChange,
    ).toBe(true);
    expect(planRestore(local({ settings }), incoming({ settings })).changes).toBe(0);
  });

  it('neither changes the records it plans from nor needs to', () => {
    const current = local({ shortlist: [entry(1)], videos: [video(1)] });
    const file = incoming({ shortlist: [entry(1, { note: 'x', noteUpdatedAt: NOW * 2 })], videos: [video(2)] });
    const before = structuredClone({ current, file });
    planRestore(current, file);
    expect({ current, file }).toEqual(before);
  });
});

function w() {
  return { hook: 1, length: 1, comments: 1, evergreen: 1, engagement: 1, native: 1, cta: 1 };
}

describe('Teammate CSV import plan', () => {
  const csvIncoming = (rows: ReturnType<typeof exportRow>[], editedAt?: number) => {
    const result = parseShortlistCsv(exportCsv(rows, { now: NOW, includeCodes: true }), 'team.csv', { editedAt });
    if (!result.ok) throw new Error(result.message);
    return result.incoming;
  };

  it('adds videos this profile lacks with their video, score, history point and code', () => {
    const row = { ...exportRow(1), authorization: authorization(exportRow(1).video.id) };
    const plan = planRestore(emptyRecordSet(), csvIncoming([row]));
    expect(plan.preview.new).toEqual([row.video.id]);
    expect(
      [
        plan.writes.videos,
        plan.writes.scores,
        plan.writes.snapshots,
        plan.writes.shortlist,
        plan.writes.authorizations,
      ].map((w) => w.length),
    ).toEqual([1, 1, 1, 1, 1]);
  });

  it('merges only the entry of a video this profile has, never its lossy video, score or code', () => {
    const row = {
      ...exportRow(1, { entry: { note: 'from teammate' } }),
      authorization: authorization(exportRow(1).video.id, { id: 'teammate' }),
    };
    const mine = { ...row.entry, note: 'mine', noteUpdatedAt: NOW - HOUR };
    const current = local({ videos: [exportRow(1).video], shortlist: [mine] });
    const plan = planRestore(current, csvIncoming([row], NOW));
    expect([plan.writes.videos, plan.writes.scores, plan.writes.snapshots, plan.writes.authorizations]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(plan.writes.shortlist).toEqual([expect.objectContaining({ note: 'from teammate' })]);
  });

  it('changes nothing when a profile imports its own CSV export', () => {
    const set = generatedSet(40);
    const rows = set.shortlist.map((e, i) => ({
      entry: e,
      video: set.videos[i]!,
      score: set.scores[i]!,
      authorization: set.authorizations.find((a) => a.videoId === e.videoId) ?? null,
    }));
    const plan = planRestore(set, csvIncoming(rows));
    expect(plan.changes).toBe(0);
    expect(plan.preview.unchanged).toHaveLength(40);
  });

  it('keeps local edits against a CSV without edit times, and says so in the preview', () => {
    const row = exportRow(1, { entry: { note: 'from teammate' } });
    const mine = { ...row.entry, note: 'mine', noteUpdatedAt: row.entry.shortlistedAt };
    const plan = planRestore(local({ shortlist: [mine] }), csvIncoming([row]));
    expect(plan.changes).toBe(0);
    expect(plan.preview.keptLocal).toEqual([{ videoId: mine.videoId, handle: mine.handle }]);
    // Its own export, edits equal: nothing was kept against the file.
    expect(planRestore(local({ shortlist: [row.entry] }), csvIncoming([row])).preview.keptLocal).toEqual([]);
  });

  it('lists invalid rows in the preview and plans none of their records', () => {
    const rows = [exportRow(1, { video: { caption: 'ok' } }), exportRow(2, { video: { caption: 'bad' } })];
    const lines = exportCsv(rows, { now: NOW }).split('\r\n');
    lines[2] = lines[2]!.replace(`,${rows[1]!.entry.status},`, ',shortlisted,');
    const text = lines.join('\r\n');
    const result = parseShortlistCsv(text, 'team.csv');
    if (!result.ok) throw new Error(result.message);
    const plan = planRestore(emptyRecordSet(), result.incoming);
    expect(plan.preview.invalid.map(describeInvalid)).toEqual([
      expect.stringMatching(/^team\.csv, line 3 \(\d+\): status "shortlisted" is not one of/),
    ]);
    expect(plan.preview.new).toEqual([rows[0]!.video.id]);
    expect(plan.writes.videos.map((v) => v.id)).toEqual([rows[0]!.video.id]);
  });
});
