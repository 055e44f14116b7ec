import { describe, expect, it, vi } from 'vitest';
import { writeBundle, loadRows, type SparkScoutDb } from '@/lib/db';
import { parseBackup, serializeBackup } from '@/lib/export/backup';
import { exportCsv } from '@/lib/export/csv';
import type { RecordSet } from '@/lib/export/incoming';
import { planRestore } from '@/lib/export/restore';
import { loadExportRows } from '@/lib/export/export-rows';
import { applyRestore, readBackup, readRecordSet, StalePlanError } from '@/lib/export/store';
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
