import { OptionsApp } from '@/components/options/options-app';
import { DEFAULT_SETTINGS, OBJECTIVE_PRESETS } from '@/lib/settings';
import { saveSettings, useSettings } from '@/lib/ui/settings';

/** Wiring: stored settings in, the options form out; saving writes storage.local (the background reads it there). */
export function OptionsContainer() {
  const read = useSettings();
  return (
    <OptionsApp
      settings={read?.settings}
      problem={read?.problem ?? null}
      defaults={DEFAULT_SETTINGS}
      presets={OBJECTIVE_PRESETS}
      onSave={saveSettings}
    />
  );
}
