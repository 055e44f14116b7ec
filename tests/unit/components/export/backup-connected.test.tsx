import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupPanel } from '@/components/export/backup-panel';
import { updateEntries, writeBundle, type SparkScoutDb } from '@/lib/db';
import { buildBackup, exportCsv, parseBackup, serializeBackup } from '@/lib/export';
import { loadExportRows } from '@/lib/export/export-rows';
import type { RecordSet } from '@/lib/export/incoming';
import { readRecordSet } from '@/lib/export/store';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useBackup, type UseBackupDeps } from '@/lib/ui/backup-restore';
import type { Download } from '@/lib/ui/export-download';
import { freshDb } from '../../db/helpers';
import { generatedSet, NOW } from '../../export/helpers';

// Backup, restore and teammate import on the page's own database (fake-indexeddb) and storage (fake browser).

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/export');
const MB = 1024 * 1024;

function Connected(deps: UseBackupDeps) {
  return <BackupPanel {...useBackup(deps)} />;
}

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

function setup(db: SparkScoutDb) {
  const deps = { db, notify: vi.fn(async () => {}), download: vi.fn<Download>(), now: () => NOW };
  render(<Connected {...deps} />);
  return deps;
}

const backupFile = (set: RecordSet, name = 'backup.json') =>
  new File([serializeBackup(buildBackup(set, NOW))], name, { type: 'application/json' });
// The picker's `accept` only pre-filters; a user can still pick "All files", which is what these tests do.
const user = () => userEvent.setup({ applyAccept: false });
const restore = (file: File) => user().upload(screen.getByLabelText('Backup file to restore'), file);
const importFile = (file: File) => user().upload(screen.getByLabelText('Teammate’s shortlist file'), file);
const preview = () => screen.findByRole('region', { name: /^Preview of / });
const counts = async () =>
  within(await preview())
    .getAllByRole('listitem')
    .filter((li) => li.closest('ul')?.getAttribute('aria-label') === 'What the file would change')
    .map((li) => li.textContent);
const snapshot = async (db: SparkScoutDb) => (await readRecordSet(db)).records;

beforeEach(() => fakeBrowser.reset());

describe('the Backup panel wired to the database', () => {
  it('offers the three actions by name', () => {
    setup(freshDb());
    for (const name of ['Download backup (JSON)', 'Restore from file…', 'Import teammate’s shortlist (CSV or JSON)']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('downloads a backup of everything that reads back as the same records', async () => {
    const set = generatedSet(12);
    const db = await seeded(set);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, objective: 'conversion' } });
    const deps = setup(db);
    await userEvent.click(screen.getByRole('button', { name: 'Download backup (JSON)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the backup…');
    expect(await screen.findByText(/^Downloaded spark-scout-backup-2026-07-0[12]\.json \(12 videos\)\.$/)).toHaveRole(
      'status',
    );
    const [blob, name] = deps.download.mock.calls[0]!;
    expect(name).toMatch(/^spark-scout-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseBackup(await blob.text(), name);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.incoming.shortlist).toHaveLength(12);
    expect(parsed.incoming.authorizations).toEqual((await snapshot(db)).authorizations);
    expect(parsed.incoming.settings?.objective).toBe('conversion');
  });

  it('restores a backup into an empty profile after its preview: records, settings and reminders', async () => {
    const set = { ...generatedSet(30, 4), settings: { ...DEFAULT_SETTINGS, industry: 'health-beauty' as const } };
    expect(set.authorizations.length).toBeGreaterThan(0);
    const db = freshDb({ now: () => NOW });
    const deps = setup(db);
    await restore(backupFile(set));
    expect(await counts()).toEqual(['30 new', '0 updated', '0 unchanged', '0 invalid']);
    expect(screen.getByText(/settings .* will replace the current ones/)).toBeInTheDocument();
    expect(await db.shortlist.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      await screen.findByText('Restored backup.json: 30 videos added, 0 videos updated; settings restored.'),
    ).toBeInTheDocument();
    const after = await snapshot(db);
    expect(after.shortlist).toEqual(set.shortlist);
    expect(after.authorizations).toEqual(set.authorizations);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ industry: 'health-beauty' });
    expect(deps.notify).toHaveBeenCalledTimes(1);
  });

  it('shows the videos written while applying, re-rendering the bar and not the page that holds the restore', async () => {
    const db = freshDb({ now: () => NOW });
    let renders = 0;
    function Counted(deps: UseBackupDeps) {
      renders++;
      return <BackupPanel {...useBackup(deps)} />;
    }
    render(<Counted db={db} notify={vi.fn(async () => {})} now={() => NOW} />);
    await restore(backupFile(generatedSet(450, 15)));
    expect(await counts()).toEqual(['450 new', '0 updated', '0 unchanged', '0 invalid']);
    const before = renders;
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('progressbar', { name: 'Apply progress' })).toBeInTheDocument();
    expect(await screen.findByText(/^Applying: [1-9][\d,]* of 450 videos written…$/)).toBeInTheDocument();
    await screen.findByText('Restored backup.json: 450 videos added, 0 videos updated.');
    // Applying, then applied (a page that re-rendered per slice would pay for its whole tree each time).
    expect(renders - before).toBeLessThanOrEqual(3);
    expect(await db.shortlist.count()).toBe(450);
  });

  it('says the records are in when only saving the settings failed, and still re-syncs reminders', async () => {
    const set = { ...generatedSet(6, 14), settings: { ...DEFAULT_SETTINGS, industry: 'travel' as const } };
    expect(set.authorizations.length).toBeGreaterThan(0);
    await fakeBrowser.storage.local.set({ settings: DEFAULT_SETTINGS });
    const db = freshDb({ now: () => NOW });
    const onSettingsRestored = vi.fn();
    const saveSettings = vi.fn(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    const notify = vi.fn(async () => {});
    render(
      <Connected
        db={db}
        notify={notify}
        now={() => NOW}
        saveSettings={saveSettings}
        onSettingsRestored={onSettingsRestored}
      />,
    );
    await restore(backupFile(set));
    await userEvent.click(within(await preview()).getByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Records restored; settings couldn't be saved: QUOTA_BYTES quota exceeded. The current settings are unchanged.",
    );
    expect(screen.queryByText(/Nothing was written/)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Restored backup.json: 6 videos added, 0 videos updated.');
    expect((await snapshot(db)).shortlist).toEqual(set.shortlist);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(onSettingsRestored).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('lists invalid records with file, table, index, id and reason, and applies only the valid ones', async () => {
    const set = generatedSet(4, 5);
    const raw = JSON.parse(serializeBackup(buildBackup(set, NOW)));
    raw.shortlist[1].status = 'bogus';
    const badId = raw.shortlist[1].videoId;
    const db = freshDb({ now: () => NOW });
    setup(db);
    await restore(new File([JSON.stringify(raw)], 'team-backup.json'));
    // The bad entry's video still arrives with its other records; only the entry is refused.
    expect(await counts()).toEqual(['4 new', '0 updated', '0 unchanged', '1 invalid']);
    const invalid = screen.getByRole('list', { name: 'Invalid records' });
    expect(within(invalid).getByRole('listitem')).toHaveTextContent(
      new RegExp(`^team-backup\\.json, shortlist record 2 \\(${badId}\\): status: Invalid option`),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/^Restored team-backup\.json/);
    expect((await db.shortlist.toCollection().primaryKeys()).sort()).toEqual(
      set.shortlist
        .map((e) => e.videoId)
        .filter((id) => id !== badId)
        .sort(),
    );
  });

  it('changes nothing when the preview is cancelled', async () => {
    const db = await seeded(generatedSet(5, 6));
    const before = await snapshot(db);
    const deps = setup(db);
    await restore(backupFile(generatedSet(20, 7)));
    await preview();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled: nothing was changed.');
    expect(screen.queryByRole('region', { name: /^Preview of / })).toBeNull();
    expect(await snapshot(db)).toEqual(before);
    expect(deps.notify).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  const full = serializeBackup(buildBackup(generatedSet(5), NOW));
  const cutBackup = full.slice(0, full.length / 2);
  it.each([
    [
      'a truncated backup',
      () => new File([cutBackup], 'backup.json'),
      `backup.json: the file is cut off after ${cutBackup.length.toLocaleString('en-US')} characters: it was not completely saved or downloaded.`,
    ],
    [
      'an image',
      () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])], 'photo.png'),
      'photo.png: is a binary file',
    ],
    [
      'a CSV from another tool',
      () => new File(['Name,Email\nMia,mia@example.com\n'], 'contacts.csv'),
      'contacts.csv: is not a Spark Scout CSV export: line 1 must be the header video_url,video_id,creator_handle',
    ],
    [
      'a 50 MB CSV',
      () => {
        const file = new File(['video_url,video_id\n'], 'huge.csv');
        Object.defineProperty(file, 'size', { value: 50 * MB });
        return file;
      },
      'huge.csv: the file is 50.0 MB; a Spark Scout CSV can be at most 32.0 MB. Nothing was read.',
    ],
  ])('refuses %s with a message naming the file, and writes nothing', async (_, file, message) => {
    const db = await seeded(generatedSet(3, 8));
    const before = await snapshot(db);
    setup(db);
    await importFile(file());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(screen.getByText('Nothing was changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan made before another tab changed a record, then applies after a new preview', async () => {
    const local = generatedSet(6, 9);
    const db = await seeded(local);
    const deps = setup(db);
    // The file moves every entry to "rejected" with a newer edit time.
    const later = NOW + 60_000;
    const file = {
      ...local,
      shortlist: local.shortlist.map((e) => ({ ...e, status: 'rejected' as const, statusUpdatedAt: later })),
    };
    await restore(backupFile(file));
    expect(await counts()).toEqual(['0 new', '6 updated', '0 unchanged', '0 invalid']);
    const target = local.shortlist[0]!.videoId;
    await updateEntries(db, [target], { note: 'edited in another tab' });

    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed since the preview .*Nothing was written\./);
    expect((await db.shortlist.get(target))?.status).toBe(local.shortlist[0]!.status);
    expect(deps.notify).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Preview again' }));
    expect(await counts()).toEqual(['0 new', '6 updated', '0 unchanged', '0 invalid']);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/^Restored backup\.json: 0 videos added, 6 videos updated\.$/);
    const entry = await db.shortlist.get(target);
    expect(entry).toMatchObject({ status: 'rejected', note: 'edited in another tab' });
  });

  it("imports a teammate's CSV export: new videos arrive, bad lines are named, settings stay", async () => {
    const team = generatedSet(8, 10);
    const teammate = await seeded(team);
    const ids = team.shortlist.map((e) => e.videoId);
    const { rows } = await loadExportRows(teammate, ids);
    const table = Papa.parse<string[]>(exportCsv(rows, { now: NOW })).data;
    // Line 3 (the second video) gets a view count nobody can read.
    table[2]![table[0]!.indexOf('views')] = 'lots';
    const csv = new File([Papa.unparse(table, { newline: '\r\n' })], 'mia-shortlist.csv', { type: 'text/csv' });

    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, objective: 'awareness' } });
    // This profile already has the teammate's first video, exactly as they do.
    const first = (r: { videoId?: string; id?: string }) => (r.videoId ?? r.id) === ids[0];
    const db = await seeded({
      videos: team.videos.filter(first),
      snapshots: team.snapshots.filter(first),
      scores: team.scores.filter(first),
      shortlist: team.shortlist.filter(first),
      authorizations: [],
      settings: null,
    });
    const deps = setup(db);
    await importFile(csv);
    expect(await counts()).toEqual(['6 new', '0 updated', '1 unchanged', '1 invalid']);
    expect(screen.getByText(/^This is a Spark Scout CSV export\./)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Invalid records' })).getByRole('listitem')).toHaveTextContent(
      new RegExp(`^mia-shortlist\\.csv, line 3 \\(${ids[1]}\\): views`),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText('Imported mia-shortlist.csv: 6 videos added, 0 videos updated.');
    expect((await db.shortlist.toCollection().primaryKeys()).sort()).toEqual(ids.filter((id) => id !== ids[1]).sort());
    // The CSV went out without codes, so no code came in and reminders need no re-sync.
    expect(deps.notify).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ objective: 'awareness' });
  });

  it("never takes a teammate's settings from their JSON backup", async () => {
    const db = freshDb({ now: () => NOW });
    setup(db);
    await importFile(
      backupFile({ ...generatedSet(3, 12), settings: { ...DEFAULT_SETTINGS, industry: 'travel' as const } }),
    );
    await preview();
    expect(screen.queryByText(/will replace the current ones/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/^Imported backup\.json: 3 videos added/);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('restores a backup written in format 1 and says it was upgraded', async () => {
    const db = freshDb({ now: () => NOW });
    setup(db);
    const text = readFileSync(resolve(FIXTURES, 'backup-v1.json'), 'utf8');
    await restore(new File([text], 'backup-v1.json'));
    expect(await counts()).toEqual(['3 new', '0 updated', '0 unchanged', '0 invalid']);
    expect(screen.getByText(/format 1 \(an older format, upgraded on reading\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByText(/^Restored backup-v1\.json: 3 videos added/);
    expect(await db.shortlist.count()).toBe(3);
  });

  it('says a file that changes nothing has nothing to apply', async () => {
    const set = generatedSet(4, 13);
    const db = await seeded(set);
    setup(db);
    await restore(backupFile(set));
    expect(await counts()).toEqual(['0 new', '0 updated', '4 unchanged', '0 invalid']);
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(screen.getByText(/^Nothing to apply/)).toBeInTheDocument();
  });
});
