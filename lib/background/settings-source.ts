import { browser } from 'wxt/browser';
import { check } from '@/lib/db/validate';
import type { SettingsReply } from '@/lib/messaging';
import { settingsSchema } from '@/lib/schemas/settings';

/** Where the options page keeps settings: storage.local (WXT's `local:settings` item uses the same key). */
export const SETTINGS_KEY = 'settings';

/** The saved settings, checked; null when never saved (callers use the defaults) or when they no longer parse. */
export async function loadStoredSettings(): Promise<SettingsReply> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: null, problem: null };
  const c = check(settingsSchema, stored, SETTINGS_KEY);
  return c.ok ? { settings: c.value, problem: null } : { settings: null, problem: c.reason };
}
