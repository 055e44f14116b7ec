import { browser } from 'wxt/browser';
import type { SettingsReply } from '@/lib/messaging';
import { readSettings } from '@/lib/settings';

/** Where the options page keeps settings: storage.local (WXT's `local:settings` item uses the same key). */
export const SETTINGS_KEY = 'settings';

/**
 * The saved settings; null when never saved (callers use the defaults). Read with lib/settings' readSettings, like
 * the dashboard and options page, so the card's scores and the reminders use the same settings the user sees: an
 * older version is migrated and one invalid field resets only that field (the problem says which).
 */
export async function loadStoredSettings(): Promise<SettingsReply> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return { settings: null, problem: null };
  return readSettings(stored);
}

/** One key's change as storage.onChanged reports it. */
interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Whether a storage.onChanged event changed the reminder lead days (read as loadStoredSettings reads them, so an
 * edit of another setting, or a save that keeps the defaults, does not re-sync the reminders for nothing).
 */
export function leadDaysChanged(changes: Record<string, StorageChange>, areaName: string): boolean {
  const change = changes[SETTINGS_KEY];
  if (areaName !== 'local' || change === undefined) return false;
  const before = readSettings(change.oldValue).settings.reminderLeadDays;
  const after = readSettings(change.newValue).settings.reminderLeadDays;
  return before.length !== after.length || before.some((d, i) => d !== after[i]);
}
