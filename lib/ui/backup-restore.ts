import { useEffect, useRef, useState } from 'react';
import type { RestorePlan } from '@/lib/export';
import { StalePlanError } from '@/lib/export/store';
import type { BackupPanelProps } from '@/components/export/backup-panel';
import type {
  BackupView,
  RestoreMode,
  RestoreProgress,
  RestoreProgressSource,
  RestoreView,
} from '@/components/export/types';
import { backupActions, type BackupDeps } from './backup-actions';
import { saveSettings } from './settings';
import { errorMessage } from '@/lib/error-message';

export interface UseBackupDeps extends BackupDeps {
  /** A restore saved the file's settings: a page showing settings reads them again. */
  onSettingsRestored?: () => void;
}

/**
 * The Backup panel connected: download a backup; pick a file, check and preview it; apply the previewed plan in one
 * transaction or drop it. Nothing is written before Apply, and a plan made against records that changed since is
 * refused (StalePlanError): the user previews the same file again.
 */
export function useBackup(deps: UseBackupDeps = {}): BackupPanelProps {
  // Settings go to extension storage only after the records are committed, so their failure (storage full) must not
  // read as a failed restore: it is kept here for the outcome, and the apply goes on (reminders still re-sync).
  const settingsFailure = useRef<string | null>(null);
  const [actions] = useState(() => {
    const save = deps.saveSettings ?? saveSettings;
    return backupActions({
      ...deps,
      saveSettings: (settings) =>
        save(settings).catch((error: unknown) => {
          settingsFailure.current = errorMessage(error);
        }),
    });
  });
  const [backup, setBackup] = useState<BackupView>({ phase: 'idle' });
  const [restore, setRestore] = useState<RestoreView>({ phase: 'idle' });
  const pending = useRef<{ file: File; mode: RestoreMode; plan: RestorePlan | null } | null>(null);
  // A newer pick, a cancel or unmounting makes an older file's check land nowhere.
  const turn = useRef(0);
  useEffect(() => () => void turn.current++, []);

  const onPick = (file: File, mode: RestoreMode) => {
    const mine = ++turn.current;
    pending.current = { file, mode, plan: null };
    setRestore({ phase: 'reading', mode, file: file.name });
    actions.preview(file, mode).then(
      (result) => {
        if (turn.current !== mine) return;
        if (!result.ok) {
          pending.current = null;
          setRestore({ phase: 'failed', mode, message: result.message });
          return;
        }
        pending.current = { file, mode, plan: result.plan };
        const { preview, changes } = result.plan;
        setRestore({ phase: 'preview', mode, preview, changes });
      },
      (error: unknown) =>
        turn.current === mine && setRestore({ phase: 'failed', mode, message: `${file.name}: ${errorMessage(error)}` }),
    );
  };

  const onApply = () => {
    const job = pending.current;
    if (!job?.plan || restore.phase !== 'preview') return;
    const { plan, mode, file } = job;
    const summary = { mode, preview: plan.preview, changes: plan.changes };
    const mine = ++turn.current;
    settingsFailure.current = null;
    const progress = progressSource();
    setRestore({ phase: 'applying', ...summary, progress });
    actions.apply(plan, progress.set).then(
      (done) => {
        pending.current = null;
        const settingsError = settingsFailure.current ?? undefined;
        const settingsSaved = done.settingsSaved && settingsError === undefined;
        if (settingsSaved) deps.onSettingsRestored?.();
        if (turn.current === mine) {
          setRestore({ phase: 'applied', ...summary, written: done.written, settingsSaved, settingsError });
        }
      },
      (error: unknown) => {
        if (turn.current !== mine) return;
        if (error instanceof StalePlanError) {
          setRestore({ phase: 'stale', mode, file: file.name, message: error.message });
        } else {
          pending.current = null;
          setRestore({ phase: 'error', mode, message: errorMessage(error) });
        }
      },
    );
  };

  const onCancel = () => {
    turn.current++;
    const dropped = restore.phase === 'preview' || restore.phase === 'stale';
    pending.current = null;
    setRestore(dropped ? { phase: 'idle', note: 'Cancelled: nothing was changed.' } : { phase: 'idle' });
  };

  const onPreviewAgain = () => {
    const job = pending.current;
    if (job) onPick(job.file, job.mode);
  };

  const onDownloadBackup = () => {
    if (backup.phase === 'working') return;
    setBackup({ phase: 'working' });
    actions.downloadBackup().then(
      (done) => setBackup({ phase: 'done', ...done }),
      (error: unknown) => setBackup({ phase: 'error', message: errorMessage(error) }),
    );
  };

  return { backup, onDownloadBackup, restore, onPick, onApply, onCancel, onPreviewAgain };
}

/**
 * A RestoreProgressSource and its setter. The setter is called while the apply's IndexedDB transaction is open, so
 * it only keeps the value and tells the listeners (React) on the next task: a render started inside Dexie's
 * transaction zone would make its promises there, and run their continuations in a finished transaction
 * (TransactionInactiveError on the page's next read). writeBundle already calls it outside the zone; this keeps
 * the bar safe either way, and renders it at most once per task.
 */
function progressSource(): RestoreProgressSource & { set: (progress: RestoreProgress) => void } {
  let current: RestoreProgress | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    timer = undefined;
    for (const listener of listeners) listener();
  };
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(progress) {
      current = progress;
      timer ??= setTimeout(notify, 0);
    },
  };
}
