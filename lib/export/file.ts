import { parseBackup } from './backup';
import { parseShortlistCsv } from './csv-import';
import type { CsvRecordOptions } from './csv-records';
import { importFailure, type ImportResult } from './incoming';

/**
 * Opens a file the user picked for "Restore" or "Import": checks its size and its first bytes before reading it, then
 * hands it to the backup or CSV reader by content (not by name: a backup renamed .txt still restores, a spreadsheet
 * renamed .csv is still caught). Size caps are checked before anything is read, so a huge wrong file costs nothing.
 */

/** The part of a DOM File this needs (tests pass plain objects). */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
  slice(start: number, end: number): { text(): Promise<string> };
}

const MB = 1024 * 1024;
/**
 * A backup of 10,000 generated videos is 28 MB (tests/bench/suites/40-export.ts prints the size); real records with
 * comments and transcripts are a few times that. 200 MB leaves room and stays well inside what one JSON.parse of a
 * string can hold in a browser tab.
 */
export const MAX_BACKUP_BYTES = 200 * MB;
/** A CSV export of 10,000 rows is about 4.3 MB; 32 MB is ~75,000 rows, beyond any shortlist this exports. */
export const MAX_CSV_BYTES = 32 * MB;

const SNIFF_BYTES = 4096;

const size = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

type Sniffed = 'json' | 'csv' | { problem: string };

function sniff(head: string): Sniffed {
  if (head.startsWith('PK\u0003\u0004')) {
    return {
      problem:
        'is a zip archive (an Excel .xlsx workbook?), not a CSV or a backup. In the spreadsheet, save it as "CSV (comma-separated)", or export again from Spark Scout.',
    };
  }
  if (head.includes('\u0000'))
    return { problem: 'is a binary file (an image, a video, a PDF?), not a Spark Scout CSV or JSON backup.' };
  const body = head.replace(/^\uFEFF/, '').trimStart();
  return body.startsWith('{') || body.startsWith('[') ? 'json' : 'csv';
}

export async function readImportFile(file: ImportFile, csvOptions: CsvRecordOptions = {}): Promise<ImportResult> {
  if (file.size === 0) return importFailure(file.name, 'the file is empty.');
  const kind = sniff(await file.slice(0, SNIFF_BYTES).text());
  if (typeof kind === 'object') return importFailure(file.name, kind.problem);
  const cap = kind === 'json' ? MAX_BACKUP_BYTES : MAX_CSV_BYTES;
  if (file.size > cap) {
    const what = kind === 'json' ? 'backup' : 'CSV';
    return importFailure(
      file.name,
      `the file is ${size(file.size)}; a Spark Scout ${what} can be at most ${size(cap)}. Nothing was read.`,
    );
  }
  const text = await file.text();
  return kind === 'json' ? parseBackup(text, file.name) : parseShortlistCsv(text, file.name, csvOptions);
}
