import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatExact } from '@/components/shared/format';
import { ExportStatus, type CsvExportJob } from './export-status';
import { Popover } from './popover';
import type { CsvExportRunner } from './types';
import { errorMessage } from '@/lib/error-message';

export interface ExportCsvButtonProps {
  /** The rows to export, in table order. */
  ids: readonly string[];
  /** Says which rows these are: everything the filter and sort show, or the selected rows. */
  scope: 'view' | 'selection';
  /** The "Include authorization codes" tick each time the options open (settings: includeCodesInExport). */
  defaultIncludeCodes: boolean;
  run: CsvExportRunner;
  /** Why exporting is not possible right now; null when it is. */
  unavailable?: string | null;
  align?: 'start' | 'end';
}

/**
 * "Export CSV": a small options dialog (codes opt-in, Excel BOM), then a chunked export with a progress bar and a
 * download. The export keeps running if the dialog is closed, and stops if this control goes away.
 */
export function ExportCsvButton(p: ExportCsvButtonProps) {
  const [open, setOpen] = useState(false);
  const [includeCodes, setIncludeCodes] = useState(p.defaultIncludeCodes);
  const [excelBom, setExcelBom] = useState(false);
  const [job, setJob] = useState<CsvExportJob>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  const hintId = useId();
  const excelHintId = useId();
  useEffect(() => () => running.current?.abort(), []);

  const onOpenChange = useCallback(
    (next: boolean) => {
      // Codes are opt-in per export: every opening starts from the saved default, never from the last tick.
      if (next && !running.current) {
        setIncludeCodes(p.defaultIncludeCodes);
        setJob({ phase: 'idle' });
      }
      setOpen(next);
    },
    [p.defaultIncludeCodes],
  );

  const start = async () => {
    if (running.current) return;
    const abort = new AbortController();
    running.current = abort;
    setJob({ phase: 'running', progress: { stage: 'reading', done: 0, total: p.ids.length } });
    try {
      const request = { ids: [...p.ids], includeCodes, excelBom };
      const result = await p.run(request, (progress) => setJob({ phase: 'running', progress }), abort.signal);
      setJob({ phase: 'done', result });
    } catch (error) {
      setJob(abort.signal.aborted ? { phase: 'cancelled' } : { phase: 'error', message: errorMessage(error) });
    } finally {
      running.current = null;
    }
  };

  const n = p.ids.length;
  const busy = job.phase === 'running';
  const what =
    p.scope === 'selection'
      ? `${formatExact(n)} selected ${n === 1 ? 'video' : 'videos'}`
      : `${formatExact(n)} ${n === 1 ? 'video' : 'videos'} as the table shows them (filters and sort)`;

  return (
    <Popover
      label="Export CSV"
      title="Export CSV"
      open={open}
      onOpenChange={onOpenChange}
      disabled={n === 0 || Boolean(p.unavailable)}
      hint={p.unavailable ?? (n === 0 ? 'Nothing to export' : `Export ${what} as a CSV file`)}
      align={p.align}
      className="ss-export"
    >
      <p className="ss-export__what">Exports {what}.</p>
      <label className="ss-check">
        <input
          type="checkbox"
          checked={includeCodes}
          disabled={busy}
          aria-describedby={hintId}
          onChange={(e) => setIncludeCodes(e.target.checked)}
        />
        Include authorization codes
      </label>
      <p id={hintId} className={`ss-export__hint${includeCodes ? ' ss-export__hint--warn' : ''}`}>
        Codes are sensitive: anyone holding one can run the creator’s video as an ad. Share such a file only with people
        who run your ads.
      </p>
      <label className="ss-check">
        <input
          type="checkbox"
          checked={excelBom}
          disabled={busy}
          aria-describedby={excelHintId}
          onChange={(e) => setExcelBom(e.target.checked)}
        />
        For Excel
      </label>
      <p id={excelHintId} className="ss-export__hint">
        Adds a byte-order mark so Excel reads emoji and accents, and writes video ids as ="…" so it keeps all 19 digits.
      </p>
      <div className="ss-export__actions">
        {busy ? (
          <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={() => running.current?.abort()}>
            Cancel export
          </button>
        ) : (
          <button type="button" className="ss-btn ss-btn--primary ss-btn--sm" onClick={start} disabled={n === 0}>
            Download CSV
          </button>
        )}
      </div>
      <ExportStatus job={job} />
    </Popover>
  );
}
