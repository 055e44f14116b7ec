import { type ChangeEvent, useRef } from 'react';
import { formatExact } from '@/components/shared/format';
import { RestoreStatus, type RestoreStatusProps } from './restore-status';
import type { BackupView, RestoreMode, RestoreView } from './types';

export interface BackupPanelProps extends Omit<RestoreStatusProps, 'view'> {
  backup: BackupView;
  onDownloadBackup: () => void;
  restore: RestoreView;
  /** A file was picked for a restore or a teammate import: check it and preview it. */
  onPick: (file: File, mode: RestoreMode) => void;
}

// `accept` only pre-filters the picker; the file is recognised by its content (lib/export/file.ts).
const ACCEPT: Record<RestoreMode, string> = {
  restore: '.json,application/json',
  import: '.csv,.json,text/csv,application/json',
};

/** "Download backup (JSON)", "Restore from file…" and "Import teammate's shortlist", with the restore preview. */
export function BackupPanel(p: BackupPanelProps) {
  const inputs = { restore: useRef<HTMLInputElement>(null), import: useRef<HTMLInputElement>(null) };
  const busy = p.restore.phase === 'reading' || p.restore.phase === 'applying';
  const picked = (mode: RestoreMode) => (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) is a change too.
    e.target.value = '';
    if (file) p.onPick(file, mode);
  };
  const picker = (mode: RestoreMode, label: string, inputLabel: string) => (
    <>
      <button
        type="button"
        className="ss-btn ss-btn--ghost ss-btn--sm"
        disabled={busy}
        onClick={() => inputs[mode].current?.click()}
      >
        {label}
      </button>
      <input
        ref={inputs[mode]}
        type="file"
        hidden
        accept={ACCEPT[mode]}
        aria-label={inputLabel}
        onChange={picked(mode)}
      />
    </>
  );

  return (
    <div className="ss-backup">
      <div className="ss-backup__row">
        <button
          type="button"
          className="ss-btn ss-btn--ghost ss-btn--sm"
          onClick={p.onDownloadBackup}
          aria-disabled={p.backup.phase === 'working' || undefined}
        >
          Download backup (JSON)
        </button>
        <BackupStatus view={p.backup} />
      </div>
      <p className="ss-backup__hint ss-muted">
        Everything in this browser: videos, stats history, scores, shortlist, authorization codes and settings. The file
        holds the codes: keep it private.
      </p>
      <div className="ss-backup__row">
        {picker('restore', 'Restore from file…', 'Backup file to restore')}
        {picker('import', 'Import teammate’s shortlist (CSV or JSON)', 'Teammate’s shortlist file')}
      </div>
      {/* The hint makes way for the preview (the dashboard's menu is short on height). */}
      {p.restore.phase === 'idle' && (
        <p className="ss-backup__hint ss-muted">
          Both show a preview first. Records merge by video: stats history is combined and the newer edit of a status,
          note or tag wins. An import keeps your settings.
        </p>
      )}
      <RestoreStatus
        view={p.restore}
        onApply={p.onApply}
        onCancel={p.onCancel}
        onPreviewAgain={p.onPreviewAgain}
        unsavedSettings={p.unsavedSettings}
      />
    </div>
  );
}

function BackupStatus({ view }: { view: BackupView }) {
  if (view.phase === 'working') {
    return (
      <span role="status" className="ss-muted">
        Preparing the backup…
      </span>
    );
  }
  if (view.phase === 'done') {
    return (
      <span role="status" className="ss-muted">
        Downloaded {view.fileName} ({formatExact(view.videos)} {view.videos === 1 ? 'video' : 'videos'})
        {view.unreadable > 0 && `; ${formatExact(view.unreadable)} unreadable records left out`}.
      </span>
    );
  }
  if (view.phase === 'error') {
    return (
      <span role="alert" className="ss-error">
        Couldn't make the backup: {view.message}
      </span>
    );
  }
  return null;
}
