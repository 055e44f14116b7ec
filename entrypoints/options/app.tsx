import { type ReactNode, useState } from 'react';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/export/export.css';
import { BackupPanel } from '@/components/export/backup-panel';
import { DEFAULT_SETTINGS, OBJECTIVE_PRESETS } from '@/lib/settings';
import { useBackup } from '@/lib/ui/backup-restore';
import { saveSettings, useSettings } from '@/lib/ui/settings';

/**
 * Wiring: stored settings in, the options form out; saving writes storage.local (the background reads it there).
 * A restore that brings settings back remounts the form (the key), so it shows them and cannot save the old ones over;
 * the form's unsaved edits go with it, so the restore preview says so while there are any.
 */
export function OptionsContainer() {
  const [epoch, setEpoch] = useState(0);
  const [unsaved, setUnsaved] = useState(false);
  const backup = useBackup({ onSettingsRestored: () => setEpoch((n) => n + 1) });
  return (
    <SettingsPage
      key={epoch}
      backup={<BackupPanel {...backup} unsavedSettings={unsaved} />}
      onDirtyChange={setUnsaved}
    />
  );
}

function SettingsPage({ backup, onDirtyChange }: { backup: ReactNode; onDirtyChange: (dirty: boolean) => void }) {
  const read = useSettings();
  return (
    <OptionsApp
      settings={read?.settings}
      problem={read?.problem ?? null}
      defaults={DEFAULT_SETTINGS}
      presets={OBJECTIVE_PRESETS}
      onSave={saveSettings}
      backup={backup}
      onDirtyChange={onDirtyChange}
    />
  );
}
