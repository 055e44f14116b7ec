import { describe, expect, it, vi } from 'vitest';
import { writeBundle, loadRows, type SparkScoutDb } from '@/lib/db';
import { parseBackup, serializeBackup } from '@/lib/export/backup';
import { exportCsv } from '@/lib/export/csv';
import type { RecordSet } from '@/lib/export/incoming';
import { planRestore } from '@/lib/export/restore';
import { loadExportRows } from '@/lib/export/export-rows';
import { applyRestore, readBackup, readRecordSet, StalePlanError, type ApplyProgress } from '@/lib/export/store';
import type { Settings } from '@/lib/schemas/settings';
import { freshDb } from '../db/helpers';
import { authorization, generatedSet, readCsv, NOW } from './helpers';

const weights = { hook: 1, length: 1, comments: 1, evergreen: 1, engagement: 1, native: 1, cta: 1 };
const SETTINGS: Settings = {
  version: 1,
  objective: 'consideration',
  weights: { awareness: weights, consideration: weights, conversion: weights },
  brandTerms: ['Acme'],
  brandHandles: [],
  targetMarkets: ['eea'],
  industry: 'retail',
  reminderLeadDays: [14, 7, 1],
  includeCodesInExport: false,
};

async function seeded(set: RecordSet): Promise<SparkScoutDb> {
  const db = freshDb({ now: () => NOW });
  await writeBundle(db, {
    videos: set.videos,
    scores: set.scores,
    entries: set.shortlist,
    snapshots: set.snapshots,
    authorizations: set.authorizations,
  });
  return db;
}

async function planFrom(source: SparkScoutDb, target: SparkScoutDb, settings: Settings | null = null) {
  const { backup } = await readBackup(source, settings);
  const parsed = parseBackup(serializeBackup(backup), 'backup.json');
  if (!parsed.ok) throw new Error(parsed.message);
  return planRestore((await readRecordSet(target)).records, parsed.incoming);
}

const counts = async (db: SparkScoutDb) =>
  Promise.all([
    db.videos.count(),
    db.snapshots.count(),
    db.scores.count(),
    db.shortlist.count(),
    db.authorizations.count(),
  ]);

describe('Backup and restore through the database', () => {
  it('restores a profile into an empty one with the same records, summaries and settings', async () => {
    const source = await seeded(generatedSet(150));
    const target = freshDb({ now: () => NOW });
    const saveSettings = vi.fn(async () => {});
    const plan = await planFrom(source, target, SETTINGS);
    expect(plan.preview.new).toHaveLength(150);
    await applyRestore(target, plan, { saveSettings });
    expect((await readRecordSet(target)).records).toEqual((await readRecordSet(source)).records);
    expect(saveSettings).toHaveBeenCalledWith(SETTINGS);
    expect((await loadRows(target)).rows.map((r) => [r.videoId, r.score, r.views])).toEqual(
      (await loadRows(source)).rows.map((r) => [r.videoId, r.score, r.views]),
    );
    expect(await target.creators.count()).toBe(await source.creators.count());
  });

  it('writes nothing at all when one write fails midway', async () => {
    const target = await seeded(generatedSet(5, 1));
    const plan = await planFrom(await seeded(generatedSet(60, 2)), target, SETTINGS);
    const before = await readRecordSet(target);
    // Videos, scores and snapshots are written before the codes (lib/db/bundle.ts), so they must be rolled back.
    expect(plan.writes.videos.length).toBeGreaterThan(0);
    expect(plan.writes.authorizations.length).toBeGreaterThan(0);
    target.authorizations.hook('creating', () => {
      throw new Error('disk full');
    });
    const saveSettings = vi.fn(async () => {});
    await expect(applyRestore(target, plan, { saveSettings })).rejects.toThrow('disk full');
    expect((await readRecordSet(target)).records).toEqual(before.records);
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it('refuses a plan made before another tab edited a record, and writes nothing', async () => {
    const set = generatedSet(10, 3);
    const target = await seeded(set);
    const edited = { ...set.shortlist[0]!, note: 'edited elsewhere', noteUpdatedAt: NOW + 1, updatedAt: NOW + 1 };
    const file = { ...set, shortlist: [edited] };
    const source = await seeded(file);
    const plan = await planFrom(source, target);
    expect(plan.preview.updated).toContain(edited.videoId);
    await target.shortlist.update(edited.videoId, { note: 'changed after the preview' });
    const before = await counts(target);
    await expect(applyRestore(target, plan)).rejects.toBeInstanceOf(StalePlanError);
    expect((await target.shortlist.get(edited.videoId))!.note).toBe('changed after the preview');
    expect(await counts(target)).toEqual(before);
  });

  it('writes nothing when a write fails after earlier slices of a large restore were written', async () => {
    const target = await seeded(generatedSet(5, 1));
    const plan = await planFrom(await seeded(generatedSet(450, 8)), target);
    const before = await readRecordSet(target);
    const creators = await target.creators.toArray();
    const lastEntry = plan.writes.shortlist.at(-1)!.videoId;
    target.shortlist.hook('creating', (key) => {
      if (key === lastEntry) throw new Error('disk full');
    });
    const progress: ApplyProgress[] = [];
    await expect(applyRestore(target, plan, { onProgress: (p) => progress.push(p) })).rejects.toThrow('disk full');
    expect(progress.some((p) => p.stage === 'writing' && p.done > 0)).toBe(true);
    expect((await readRecordSet(target)).records).toEqual(before.records);
    expect(await target.creators.toArray()).toEqual(creators);
  });

  it('reports checking the replaced records, then writing the videos, and checks nothing into an empty profile', async () => {
    const source = await seeded(generatedSet(30, 9));
    const empty = freshDb({ now: () => NOW });
    const first: ApplyProgress[] = [];
    await applyRestore(empty, await planFrom(source, empty), { onProgress: (p) => first.push(p) });
    expect(first.every((p) => p.stage === 'writing')).toBe(true);
    expect(first.at(-1)).toEqual({ stage: 'writing', done: 30, total: 30 });

    // The same videos with newer notes: each stored entry is compared again before it is replaced.
    const set = generatedSet(30, 9);
    const newer = set.shortlist.map((e) => ({ ...e, note: 'newer', noteUpdatedAt: NOW + 1, updatedAt: NOW + 1 }));
    const plan = await planFrom(await seeded({ ...set, shortlist: newer }), empty);
    expect(plan.writes.shortlist).toHaveLength(30);
    const second: ApplyProgress[] = [];
    await applyRestore(empty, plan, { onProgress: (p) => second.push(p) });
    expect(second[0]).toEqual({ stage: 'checking', done: 0, total: plan.changes });
    expect(second.findIndex((p) => p.stage === 'writing')).toBeGreaterThan(0);
    expect(second.at(-1)).toEqual({ stage: 'writing', done: 30, total: 30 });
    expect((await readRecordSet(empty)).records.shortlist.map((e) => e.note)).toEqual(newer.map(() => 'newer'));
  });

  it('refuses a plan when a record was added since the preview where the preview saw none', async () => {
    const target = await seeded(generatedSet(3, 10));
    const plan = await planFrom(await seeded(generatedSet(6, 11)), target);
    const added = plan.writes.videos.find((v) => plan.basis.videos.get(v.id) === null)!;
    await target.videos.put(added);
    await expect(applyRestore(target, plan)).rejects.toBeInstanceOf(StalePlanError);
  });

  it('restores over a stored record that could not be read at the preview and still cannot', async () => {
    const set = generatedSet(4, 12);
    const target = await seeded(set);
    const broken = set.videos[2]!.id;
    await target.videos.put({ id: broken, broken: true } as never);
    const plan = await planFrom(await seeded(set), target);
    expect(plan.basis.videos.get(broken)).toBeNull();
    await applyRestore(target, plan);
    expect(await target.videos.get(broken)).toEqual(set.videos[2]);
  });

  it('leaves records that no longer parse out of the backup and says which', async () => {
    const db = await seeded(generatedSet(3, 4));
    await db.videos.put({ id: '123', broken: true } as never);
    const { backup, unreadable } = await readBackup(db);
    expect(backup.videos.map((v) => v.id)).not.toContain('123');
    expect(unreadable).toEqual([expect.objectContaining({ id: 'videos 123' })]);
  });
});

describe('Export rows from the database', () => {
  it('come in the order asked, with the score of the entry’s objective and the current code', async () => {
    const set = generatedSet(12, 5);
    const id = set.shortlist[3]!.videoId;
    set.authorizations = set.authorizations.filter((a) => a.videoId !== id);
    set.authorizations.push(
      authorization(id, { id: 'old', current: false, code: '#old-code-0000000000000', createdAt: NOW - 10 }),
      authorization(id, { id: 'new', current: true, code: '#new-code-0000000000000', createdAt: NOW }),
    );
    const db = await seeded(set);
    const order = [set.shortlist[3]!.videoId, set.shortlist[0]!.videoId, set.shortlist[7]!.videoId];
    const { rows } = await loadExportRows(db, order);
    expect(rows.map((r) => r.entry.videoId)).toEqual(order);
    expect(rows.every((r) => r.score?.objective === r.entry.objective)).toBe(true);
    expect(rows[0]!.authorization?.id).toBe('new');
    const csv = readCsv(exportCsv(rows, { now: NOW, includeCodes: true }));
    expect(csv.map((r) => r.video_id)).toEqual(order);
    expect(csv[0]!.auth_code).toBe('#new-code-0000000000000');
  });

  it('export a shortlisted video whose full record is missing from its summary', async () => {
    const set = generatedSet(2, 6);
    const db = await seeded(set);
    const id = set.shortlist[1]!.videoId;
    await db.videos.delete(id);
    const { rows } = await loadExportRows(db, [id]);
    const [cells] = readCsv(exportCsv(rows, { now: NOW }));
    expect(cells).toMatchObject({
      video_id: id,
      caption: set.videos[1]!.caption,
      views: String(set.videos[1]!.stats.views!.value),
    });
  });
});
