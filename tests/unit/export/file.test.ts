import { describe, expect, it, vi } from 'vitest';
import { buildBackup, serializeBackup } from '@/lib/export/backup';
import { exportCsv } from '@/lib/export/csv';
import { MAX_BACKUP_BYTES, readImportFile, type ImportFile } from '@/lib/export/file';
import { exportRow, generatedSet, NOW } from './helpers';

const MB = 1024 * 1024;

/** A picked file backed by a string (sizes in UTF-16 units are fine here: the tests use ASCII). */
function fileOf(name: string, text: string): ImportFile {
  return { name, size: text.length, text: async () => text, slice: (a, b) => ({ text: async () => text.slice(a, b) }) };
}

/** A file that reports a size but fails the test if its whole content is ever read. */
function hugeFile(name: string, size: number, head: string) {
  const text = vi.fn(async () => {
    throw new Error('the whole file was read');
  });
  return { file: { name, size, text, slice: () => ({ text: async () => head }) } satisfies ImportFile, text };
}

describe('Opening a file to restore or import', () => {
  it('reads a backup by its content, whatever its name', async () => {
    const result = await readImportFile(fileOf('backup (1).txt', serializeBackup(buildBackup(generatedSet(3), NOW))));
    expect(result.ok && result.incoming).toMatchObject({ kind: 'backup', file: 'backup (1).txt' });
  });

  it('reads this export’s CSV as a teammate import', async () => {
    const result = await readImportFile(fileOf('team.csv', exportCsv([exportRow(1)], { now: NOW, excelBom: true })));
    expect(result.ok && result.incoming.kind).toBe('csv');
  });

  it('recognizes an Excel workbook and says how to save it as CSV', async () => {
    const result = await readImportFile(fileOf('shortlist.xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000'));
    expect(!result.ok && result.message).toMatch(
      /^shortlist\.xlsx: is a zip archive \(an Excel \.xlsx workbook\?\).*save it as "CSV \(comma-separated\)"/,
    );
  });

  it('refuses a binary file', async () => {
    const result = await readImportFile(fileOf('thumb.csv', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'));
    expect(!result.ok && result.message).toBe(
      'thumb.csv: is a binary file (an image, a video, a PDF?), not a Spark Scout CSV or JSON backup.',
    );
  });

  it('refuses an empty file', async () => {
    expect(await readImportFile(fileOf('empty.json', ''))).toMatchObject({
      ok: false,
      message: 'empty.json: the file is empty.',
    });
  });

  it('refuses a 50 MB CSV from its size without reading it', async () => {
    const { file, text } = hugeFile('export.csv', 50 * MB, 'video_url,video_id');
    const result = await readImportFile(file);
    expect(!result.ok && result.message).toBe(
      'export.csv: the file is 50.0 MB; a Spark Scout CSV can be at most 32.0 MB. Nothing was read.',
    );
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses a backup over the size cap without reading it', async () => {
    const { file, text } = hugeFile('huge.json', MAX_BACKUP_BYTES + 1, '{"format":"spark-scout-backup"');
    const result = await readImportFile(file);
    expect(!result.ok && result.message).toMatch(
      /^huge\.json: the file is 200\.0 MB; a Spark Scout backup can be at most 200\.0 MB/,
    );
    expect(text).not.toHaveBeenCalled();
  });

  it('reports a 50 MB backup whose download stopped early as cut off', async () => {
    const video = JSON.stringify(generatedSet(1).videos[0]);
    const count = Math.ceil((50 * MB) / (video.length + 1));
    const text = `{"format":"spark-scout-backup","version":2,"exportedAt":"2026-07-01T12:00:00.000Z","videos":[${Array(count).fill(video).join(',')}`;
    expect(text.length).toBeGreaterThan(50 * MB);
    const result = await readImportFile(fileOf('backup.json', text));
    expect(!result.ok && result.message).toBe(
      `backup.json: the file is cut off after ${text.length.toLocaleString('en-US')} characters: it was not completely saved or downloaded.`,
    );
  });
});
