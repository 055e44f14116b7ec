import Papa from 'papaparse';
import { authorizationSchema } from '@/lib/schemas/authorization';
import { shortlistEntrySchema } from '@/lib/schemas/shortlist';
import { check } from '@/lib/db/validate';
import { idFromRoundedCell, unneutralize, unwrapExcelTextId } from './cells';
import { EXPORT_COLUMNS } from './columns';
import { csvRowSchema, describeCsvIssues } from './csv-cells-schema';
import { csvRecords, type CsvRecordOptions } from './csv-records';
import { emptyRecordSet, importFailure, type ImportResult, type Incoming, type InvalidItem } from './incoming';

/**
 * Reads a CSV written by this exporter (a teammate's shortlist) into records to merge. The file is rejected as a
 * whole when it is not such a CSV (another tool's columns, a ';'-separated re-save); otherwise each row either
 * becomes records or is listed as invalid with its line, and the preview shows both before anything is written.
 */

const HEADER = EXPORT_COLUMNS.join(',');

function headerProblem(cells: readonly string[]): string | null {
  if (EXPORT_COLUMNS.every((c, i) => cells[i] === c)) return null;
  const line = cells.join(',');
  if (cells.length === 1 && line.includes(';') && line.split(';')[0] === EXPORT_COLUMNS[0]) {
    return "cells are separated by ';', not ',' (a spreadsheet re-saved it with its own separator). Export the CSV again from Spark Scout, or save it as comma-separated.";
  }
  const missing = EXPORT_COLUMNS.filter((c) => !cells.includes(c));
  const detail =
    missing.length < EXPORT_COLUMNS.length
      ? missing.length
        ? `missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`
        : 'the columns are in another order'
      : `it starts with ${JSON.stringify(line.slice(0, 60))}`;
  return `is not a Spark Scout CSV export: line 1 must be the header ${EXPORT_COLUMNS.slice(0, 3).join(',')},… (${detail}).`;
}

interface RawRow {
  cells: string[];
  line: number;
  error: string | null;
}

/** Parses every record with the line it starts on (a quoted caption can span lines, so records ≠ lines). */
function rawRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(result) {
      const error = result.errors[0];
      rows.push({
        cells: result.data,
        line,
        error: error
          ? error.code === 'MissingQuotes'
            ? 'a quoted cell is not closed: the file may be cut off here'
            : error.message
          : null,
      });
      const end = result.meta.cursor;
      for (let i = text.indexOf('\n', counted); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
      counted = end;
    },
  });
  return rows;
}

export function parseShortlistCsv(text: string, file: string, opts: CsvRecordOptions = {}): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return importFailure(file, 'the file is empty.');
  const rows = rawRows(body);
  const header = rows[0]!;
  const problem = headerProblem(header.cells.map(unneutralize));
  if (problem) return importFailure(file, problem);

  const out: Incoming = { ...emptyRecordSet(), file, kind: 'csv', formatVersion: null, invalid: [] };
  const firstLine = new Map<string, number>();
  const invalid = (line: number, reason: string, id?: string): void => {
    out.invalid.push({ where: { file, line, ...(id ? { id } : {}) }, reason } satisfies InvalidItem);
  };
  for (const raw of rows.slice(1)) {
    if (raw.cells.length === 1 && raw.cells[0] === '' && !raw.error) continue; // blank line
    if (raw.error) {
      invalid(raw.line, raw.error);
      continue;
    }
    if (raw.cells.length !== header.cells.length) {
      invalid(raw.line, `has ${raw.cells.length} cells, the header has ${header.cells.length}`);
      continue;
    }
    const cells = Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, unneutralize(raw.cells[i]!)]));
    // The "Excel" option writes the id as ="…" (cells.ts excelTextId); only that column, where no typed text goes.
    // A spreadsheet that re-saved a plain file rounded the id; the link beside it still has it whole.
    cells.video_id = idFromRoundedCell(unwrapExcelTextId(cells.video_id!), cells.video_url!);
    const parsed = csvRowSchema.safeParse(cells);
    if (!parsed.success) {
      invalid(raw.line, describeCsvIssues(parsed.error), cells.video_id || undefined);
      continue;
    }
    const id = parsed.data.video_id;
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      invalid(raw.line, `video ${id} is already on line ${seen}; only the first is imported`, id);
      continue;
    }
    const records = csvRecords(parsed.data, opts);
    if (typeof records === 'string') {
      invalid(raw.line, records, id);
      continue;
    }
    // Video, score and snapshot are built from cells the row schema already checked; the entry and the code carry
    // limits the cells do not (tag and note length, code length), so they go through their schemas here, where the
    // line is known. applyRestore checks every record again before writing.
    const bad = [
      check(shortlistEntrySchema, records.entry, id),
      records.authorization ? check(authorizationSchema, records.authorization, id) : null,
    ].find((c) => c && !c.ok);
    if (bad && !bad.ok) {
      invalid(raw.line, bad.reason, id);
      continue;
    }
    firstLine.set(id, raw.line);
    out.videos.push(records.video);
    out.shortlist.push(records.entry);
    if (records.score) out.scores.push(records.score);
    if (records.authorization) out.authorizations.push(records.authorization);
    if (records.snapshot) out.snapshots.push(records.snapshot);
  }
  return { ok: true, incoming: out };
}

/** Whether a text looks like this exporter's CSV (its first line is the header), for picking a reader. */
export function looksLikeShortlistCsv(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.startsWith(HEADER);
}
