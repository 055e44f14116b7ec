import { appDb, type SparkScoutDb } from '@/lib/db';
import {
  BACKUP_MIME,
  backupFileName,
  planRestore,
  readImportFile,
  serializeBackup,
  type ImportFile,
  type RestorePlan,
} from '@/lib/export';
import { applyRestore, readBackup, readRecordSet, type ApplyProgress } from '@/lib/export/store';
import { request } from '@/lib/messaging';
import type { Settings } from '@/lib/schemas/settings';
import type { SettingsRead } from '@/lib/settings';
import type { RestoreMode } from '@/components/export/types';
import { downloadBlob, type Download } from './export-download';
import { loadSettings, saveSettings } from './settings';

/** Backup, restore and teammate import from an extension page, straight on the page's database. */
export interface BackupDeps {
  db?: SparkScoutDb;
  download?: Download;
  loadSettings?: () => Promise<SettingsRead>;
  saveSettings?: (settings: Settings) => Promise<void>;
  /** Default: the 'ledger:changed' message, so the background re-syncs reminders and the badge. */
  notify?: () => Promise<unknown>;
  now?: () => number;
}

export function backupActions(deps: BackupDeps = {}) {
  const db = deps.db ?? appDb();
  const settingsOf = async () => (await (deps.loadSettings ?? loadSettings)()).settings;
  const notify = deps.notify ?? (() => request('ledger:changed'));

  return {
    /** Writes the whole profile to `spark-scout-backup-YYYY-MM-DD.json`. */
    async downloadBackup(): Promise<{ fileName: string; videos: number; unreadable: number }> {
      const now = deps.now?.() ?? Date.now();
      const { backup, unreadable } = await readBackup(db, await settingsOf(), now);
      const fileName = backupFileName(new Date(now));
      (deps.download ?? downloadBlob)(new Blob([serializeBackup(backup)], { type: BACKUP_MIME }), fileName);
      return { fileName, videos: backup.shortlist.length, unreadable: unreadable.length };
    },

    /**
     * Checks a picked file and plans what it would change, writing nothing. An import is a teammate's file: it merges
     * their records and never takes their settings.
     */
    async preview(
      file: ImportFile,
      mode: RestoreMode,
    ): Promise<{ ok: true; plan: RestorePlan } | { ok: false; message: string }> {
      const read = await readImportFile(file);
      if (!read.ok) return { ok: false, message: read.message };
      const incoming = mode === 'import' ? { ...read.incoming, settings: null } : read.incoming;
      const { records } = await readRecordSet(db, await settingsOf());
      return { ok: true, plan: planRestore(records, incoming) };
    },

    /**
     * Writes a previewed plan in one transaction (lib/export/store applyRestore: StalePlanError when a record changed
     * since the preview), telling `onProgress` how far it is. Reminders follow the codes: the background is told
     * when any were written.
     */
    async apply(
      plan: RestorePlan,
      onProgress?: (progress: ApplyProgress) => void,
    ): Promise<{ written: number; settingsSaved: boolean }> {
      const { written } = await applyRestore(db, plan, {
        saveSettings: deps.saveSettings ?? saveSettings,
        onProgress,
      });
      if (plan.writes.authorizations.length > 0) {
        // Never fails the restore: the records are in; the background also re-syncs on its own timer.
        await notify().catch((error: unknown) => console.warn('[spark-scout] reminder re-sync request failed', error));
      }
      return { written, settingsSaved: plan.settings !== null };
    },
  };
}

export type BackupActions = ReturnType<typeof backupActions>;
