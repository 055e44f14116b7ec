import { formatExact } from '@/components/shared/format';
import type { CsvExportProgress, CsvExportResult } from './types';

/** Where one export is; the panel shows it under its options. */
export type CsvExportJob =
  | { phase: 'idle' }
  | { phase: 'running'; progress: CsvExportProgress }
  | { phase: 'done'; result: CsvExportResult }
  | { phase: 'cancelled' }
  | { phase: 'error'; message: string };

const plural = (n: number, one: string, many = `${one}s`) => `${formatExact(n)} ${n === 1 ? one : many}`;

/** Progress while reading and writing; what was downloaded, or why nothing was. */
export function ExportStatus({ job }: { job: CsvExportJob }) {
  if (job.phase === 'running') {
    const { stage, done, total } = job.progress;
    return (
      <div className="ss-export__progress">
        <progress className="ss-progress" aria-label="Export progress" value={done} max={total || 1} />
        <span aria-live="polite">
          {stage === 'reading' ? 'Reading videos' : 'Writing rows'}: {formatExact(done)} of {formatExact(total)}…
        </span>
      </div>
    );
  }
  if (job.phase === 'done') {
    const { fileName, rows, unreadable } = job.result;
    return (
      <p role="status" className="ss-export__done">
        Downloaded {fileName} with {plural(rows, 'row')}.
        {unreadable > 0 && ` ${plural(unreadable, 'unreadable record')} left out.`}
      </p>
    );
  }
  if (job.phase === 'cancelled') {
    return (
      <p role="status" className="ss-muted">
        Export cancelled: no file was downloaded.
      </p>
    );
  }
  if (job.phase === 'error') {
    return (
      <p role="alert" className="ss-error">
        Couldn't export: {job.message}
      </p>
    );
  }
  return null;
}
