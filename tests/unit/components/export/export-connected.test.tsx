import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportCsvButton } from '@/components/export/export-csv-button';
import type { CsvExportProgress } from '@/components/export/types';
import { writeBundle } from '@/lib/db';
import { EXPORT_COLUMNS } from '@/lib/export';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { csvExportRunner, useCsvExport } from '@/lib/ui/export-csv';
import { generateShortlist } from '../../../fixtures/db/generate';
import { freshDb } from '../../db/helpers';
import { NOW, readCsv } from '../../export/helpers';

// "Export CSV" on the page's own database (fake-indexeddb): the rows the table shows, in its order, as a download.

async function seeded(count: number) {
  const db = freshDb({ now: () => NOW });
  const data = generateShortlist(count, 3);
  await writeBundle(db, data);
  return { db, data };
}

function downloads() {
  const files: Array<{ blob: Blob; name: string }> = [];
  return { files, download: vi.fn((blob: Blob, name: string) => void files.push({ blob, name })) };
}

const signal = () => new AbortController().signal;

beforeEach(() => fakeBrowser.reset());

describe('Export CSV wired to the database', () => {
  it('downloads the shown rows in table order under the contract header, codes left out', async () => {
    const { db, data } = await seeded(40);
    const withCode = data.authorizations[0]!.videoId;
    const ids = [
      withCode,
      ...data.entries
        .map((e) => e.videoId)
        .filter((id) => id !== withCode)
        .slice(0, 9)
        .reverse(),
    ];
    const out = downloads();
    render(
      <ExportCsvButton
        ids={ids}
        scope="view"
        defaultIncludeCodes={false}
        run={csvExportRunner({ db, download: out.download, now: () => NOW })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Downloaded spark-scout-shortlist-2026-07-0[12]\.csv with 10 rows\.$/,
    );

    expect(out.files).toHaveLength(1);
    const { blob, name } = out.files[0]!;
    expect(name).toMatch(/^spark-scout-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const text = await blob.text();
    expect(text.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const rows = readCsv(text);
    expect(rows.map((r) => r.video_id)).toEqual(ids);
    expect(rows.every((r) => r.auth_code === '')).toBe(true);
    // The code's status still goes out: only the code itself is opt-in.
    expect(rows[0]!.auth_status).not.toBe('');
  });

  it('writes the current code when the user ticks Include authorization codes, and a BOM for Excel', async () => {
    const { db, data } = await seeded(40);
    const auth = data.authorizations[0]!;
    const out = downloads();
    const run = csvExportRunner({ db, download: out.download, now: () => NOW });
    await run({ ids: [auth.videoId], includeCodes: true, excelBom: true }, () => {}, signal());
    const bytes = new Uint8Array(await out.files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readCsv(await out.files[0]!.blob.text())[0]!.auth_code).toBe(auth.code);
  });

  it('reports reading, then writing, slice by slice up to every row, for a large export', async () => {
    const { db, data } = await seeded(1200);
    const seen: CsvExportProgress[] = [];
    const out = downloads();
    const run = csvExportRunner({ db, download: out.download, now: () => NOW });
    const result = await run(
      { ids: data.entries.map((e) => e.videoId), includeCodes: false, excelBom: false },
      (p) => seen.push(p),
      signal(),
    );
    expect(result).toMatchObject({ rows: 1200, unreadable: 0 });
    const stage = (name: CsvExportProgress['stage']) => seen.filter((p) => p.stage === name).map((p) => p.done);
    // Both stages go in slices, each report further than the last, and end at every row.
    for (const done of [stage('reading'), stage('writing')]) {
      expect(done.length).toBeGreaterThan(2);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1)).toBe(1200);
    }
    expect(seen.findIndex((p) => p.stage === 'writing')).toBe(stage('reading').length);
    expect(readCsv(await out.files[0]!.blob.text())).toHaveLength(1200);
  });

  it('downloads nothing when the export is aborted', async () => {
    const { db, data } = await seeded(1200);
    const out = downloads();
    const abort = new AbortController();
    const run = csvExportRunner({ db, download: out.download, now: () => NOW });
    const pending = run(
      { ids: data.entries.map((e) => e.videoId), includeCodes: false, excelBom: false },
      (p) => p.stage === 'writing' && p.done >= 500 && abort.abort(new Error('cancelled')),
      abort.signal,
    );
    await expect(pending).rejects.toThrow('cancelled');
    expect(out.download).not.toHaveBeenCalled();
  });

  it('ticks Include authorization codes by default when the saved settings say so', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, includeCodesInExport: true } });
    const { db } = await seeded(3);
    function Connected() {
      const csv = useCsvExport({ db, download: vi.fn() });
      return <ExportCsvButton ids={['1']} scope="view" {...csv} />;
    }
    render(<Connected />);
    // The settings are read once; wait for them before opening (the default is taken at each opening).
    await new Promise((r) => setTimeout(r, 20));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByRole('checkbox', { name: 'Include authorization codes' })).toBeChecked();
  });
});
