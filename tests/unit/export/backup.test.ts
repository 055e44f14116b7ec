import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup } from '@/lib/export/backup';
import { describeInvalid, emptyRecordSet, type Incoming } from '@/lib/export/incoming';
import { planRestore } from '@/lib/export/restore';
import { backupV1Schema, backupV2Schema, BACKUP_VERSION } from '@/lib/schemas/backup';
import { recordSetArb } from './arbitraries';
import { generatedSet, NOW } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/export', name), 'utf8');

function parsed(text: string, file = 'backup.json'): Incoming {
  const result = parseBackup(text, file);
  if (!result.ok) throw new Error(result.message);
  return result.incoming;
}

describe('JSON backup format', () => {
  it('writes the current version, described by the v2 schema', () => {
    const backup = buildBackup(generatedSet(20), NOW);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe('2026-07-01T12:00:00.000Z');
    expect(backupV2Schema.safeParse(JSON.parse(serializeBackup(backup))).success).toBe(true);
  });

  it('reads the committed v2 fixture with every record and the settings', () => {
    const raw = JSON.parse(fixture('backup-v2.json'));
    expect(backupV2Schema.safeParse(raw).success).toBe(true);
    const incoming = parsed(fixture('backup-v2.json'), 'backup-v2.json');
    expect(incoming.invalid).toEqual([]);
    expect(incoming.formatVersion).toBe(2);
    expect(incoming.shortlist).toEqual(raw.shortlist);
    expect(incoming.authorizations).toEqual(raw.authorizations);
    expect(incoming.settings).toEqual(raw.settings);
  });
});

describe('JSON backup of an earlier format version', () => {
  const v1 = () => JSON.parse(fixture('backup-v1.json'));

  it('is a real v1 file: tags as text, one edit time, no ledger or settings', () => {
    expect(backupV1Schema.safeParse(v1()).success).toBe(true);
    expect(backupV2Schema.safeParse(v1()).success).toBe(false);
  });

  it('loads v1 with tags split into a list and each field edit time taken from updatedAt', () => {
    const incoming = parsed(fixture('backup-v1.json'), 'backup-v1.json');
    expect(incoming.invalid).toEqual([]);
    expect(incoming.formatVersion).toBe(1);
    expect(incoming.shortlist.map((e) => e.tags)).toEqual([['ia', 'hero'], ['travel'], []]);
    for (const [i, e] of incoming.shortlist.entries()) {
      const updatedAt = v1().shortlist[i].updatedAt;
      expect([e.statusUpdatedAt, e.noteUpdatedAt, e.tagsUpdatedAt]).toEqual([updatedAt, updatedAt, updatedAt]);
    }
    expect(incoming.authorizations).toEqual([]);
    expect(incoming.settings).toBeNull();
    expect(incoming.videos.map((v) => v.id)).toEqual(v1().videos.map((v: { id: string }) => v.id));
    expect(incoming.snapshots).toHaveLength(v1().snapshots.length);
  });

  it('restores v1 into an empty profile as new videos', () => {
    const plan = planRestore(emptyRecordSet(), parsed(fixture('backup-v1.json')));
    expect(plan.preview.new).toEqual(['7606836476323597588', '7513039993741397256', '7498337886933191943']);
    expect(plan.writes.shortlist).toHaveLength(3);
  });
});

describe('JSON backup files that cannot be read', () => {
  const good = () => serializeBackup(buildBackup(generatedSet(5), NOW));

  it('names a file cut off before its end', () => {
    const text = good();
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const result = parseBackup(cut, 'backup.json');
    // A backup is one line: the message gives how far it goes, not "line 1".
    expect(!result.ok && result.message).toBe(
      `backup.json: the file is cut off after ${cut.length.toLocaleString('en-US')} characters: it was not completely saved or downloaded.`,
    );
    expect(cut.length).toBeGreaterThan(999);
    const lines = parseBackup(JSON.stringify(JSON.parse(text), null, 2).slice(0, 400), 'pretty.json');
    expect(!lines.ok && lines.message).toMatch(/^pretty\.json: the file is cut off after line \d+: /);
  });

  it('says where a file stops being JSON', () => {
    const result = parseBackup('{\n "format": "spark-scout-backup",\n "version": 2,\n oops\n}', 'edited.json');
    expect(!result.ok && result.message).toMatch(/^edited\.json: the file is not valid JSON/);
  });

  it('refuses JSON that is not a backup', () => {
    expect(parseBackup('{"name":"package","version":"1.0.0"}', 'package.json')).toMatchObject({
      ok: false,
      message: 'package.json: is JSON but not a Spark Scout backup (no "format": "spark-scout-backup").',
    });
    expect(parseBackup('[1,2,3]', 'list.json')).toMatchObject({
      ok: false,
      message: 'list.json: is JSON but not a Spark Scout backup.',
    });
  });

  it('asks for an update to read a backup from a newer format version', () => {
    const result = parseBackup(JSON.stringify({ format: 'spark-scout-backup', version: 3 }), 'future.json');
    expect(!result.ok && result.message).toMatch(/newer Spark Scout \(backup format 3; this version reads up to 2\)/);
  });

  it('refuses a damaged table', () => {
    const result = parseBackup(JSON.stringify({ ...JSON.parse(good()), videos: {} }), 'damaged.json');
    expect(!result.ok && result.message).toBe('damaged.json: "videos" is not a list: the backup is damaged.');
  });
});

describe('JSON backup records with bad values', () => {
  it('lists each by table, position and id, and keeps the rest', () => {
    const backup = JSON.parse(serializeBackup(buildBackup(generatedSet(4), NOW)));
    backup.shortlist[2].status = 'shortlisted';
    backup.videos[1].stats.views.value = -5;
    const incoming = parsed(JSON.stringify(backup), 'team.json');
    expect(incoming.invalid.map(describeInvalid)).toEqual([
      `team.json, videos record 2 (${backup.videos[1].id}): stats.views.value: Too small: expected number to be >=0`,
      expect.stringMatching(
        new RegExp(`^team\\.json, shortlist record 3 \\(${backup.shortlist[2].videoId}\\): status: Invalid option`),
      ),
    ]);
    expect(incoming.videos).toHaveLength(3);
    expect(incoming.shortlist).toHaveLength(3);
  });

  it('keeps the first of two records with the same key', () => {
    const backup = JSON.parse(serializeBackup(buildBackup(generatedSet(2), NOW)));
    backup.shortlist.push({ ...backup.shortlist[0], note: 'second copy' });
    const incoming = parsed(JSON.stringify(backup));
    expect(incoming.shortlist.map((e) => e.note)).not.toContain('second copy');
    expect(incoming.invalid[0]!.reason).toBe('same shortlist key as record 1; only the first is restored');
  });

  it('migrates settings saved by an older settings version', () => {
    const backup = JSON.parse(fixture('backup-v2.json'));
    delete backup.settings.version; // settings version 0: saved before settings had a version
    const incoming = parsed(JSON.stringify(backup));
    expect(incoming.invalid).toEqual([]);
    expect(incoming.settings).toEqual({ ...JSON.parse(fixture('backup-v2.json')).settings, version: 1 });
  });

  it('restores the records but not settings that fail their schema', () => {
    const backup = JSON.parse(fixture('backup-v2.json'));
    backup.settings.industry = 'crypto';
    const incoming = parsed(JSON.stringify(backup));
    expect(incoming.settings).toBeNull();
    expect(incoming.invalid.map(describeInvalid)).toEqual([
      expect.stringMatching(/^backup\.json \(settings\): settings not restored: industry: Invalid option/),
    ]);
  });
});

describe('JSON backup round trip', () => {
  it('restores any profile into an empty one exactly as it was exported', () => {
    fc.assert(
      fc.property(recordSetArb, (records) => {
        const incoming = parsed(serializeBackup(buildBackup(records, NOW)));
        expect(incoming.invalid).toEqual([]);
        const plan = planRestore(emptyRecordSet(), incoming);
        expect(plan.writes).toEqual({
          videos: records.videos,
          snapshots: records.snapshots,
          scores: records.scores,
          shortlist: records.shortlist,
          authorizations: records.authorizations,
        });
        expect(plan.settings).toEqual(records.settings);
        expect(plan.preview.updated).toEqual([]);
        expect(plan.preview.new).toHaveLength(records.videos.length);
      }),
      { numRuns: 150 },
    );
  });

  it('changes nothing when a profile restores its own backup', () => {
    fc.assert(
      fc.property(recordSetArb, (records) => {
        const plan = planRestore(records, parsed(serializeBackup(buildBackup(records, NOW))));
        expect(plan.changes).toBe(0);
        expect(plan.preview.unchanged).toHaveLength(records.videos.length);
      }),
      { numRuns: 150 },
    );
  });
});
