import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '@/lib/background/settings-source';
import { settingsSchema, type Settings } from '@/lib/schemas/settings';
import { readSettings, type SettingsRead } from '@/lib/settings';

/**
 * Settings in storage.local under `settings`, the key the background reads. Reading goes through lib/settings'
 * readSettings (migrates, keeps what still validates, says what it reset); writing stores only what the schema accepts.
 */
export async function loadSettings(): Promise<SettingsRead> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return readSettings(stored);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

/** The stored settings, read once; undefined while loading. */
export function useSettings(): SettingsRead | undefined {
  const [read, setRead] = useState<SettingsRead>();
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (r) => live && setRead(r),
      (e: unknown) =>
        live &&
        setRead({ settings: readSettings(undefined).settings, problem: `Couldn't read the settings: ${String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return read;
}
