import { browser } from 'wxt/browser';
import { appDb, listAuthorizations, type SparkScoutDb } from '@/lib/db';
import { DEFAULT_LEAD_DAYS } from '@/lib/ledger/reminders';
import { registerCommands } from './commands';
import { createHandlers } from './handlers';
import { registerHandlers } from './register';
import { startReminders } from './reminders';
import { leadDaysChanged, loadStoredSettings } from './settings-source';

/** "@handle: caption…" for a reminder notification, or null when the video is not on the shortlist. */
export async function videoLabel(db: SparkScoutDb, videoId: string): Promise<string | null> {
  const entry = await db.shortlist.get(videoId);
  if (!entry) return null;
  const caption = entry.summary?.caption?.trim() ?? '';
  return `@${entry.handle}${caption ? `: ${caption.length > 60 ? `${caption.slice(0, 59)}…` : caption}` : ''}`;
}

/**
 * Background service worker start-up: only wiring. Everything is registered synchronously in this first turn so
 * the event that woke the worker (a message, an alarm, a notification click) reaches its listener; the database
 * opens lazily on the first query.
 */
export function startBackground(): void {
  const db = appDb();
  const reminders = startReminders({
    loadAuthorizations: async () => (await listAuthorizations(db)).rows,
    loadLeadDays: async () => (await loadStoredSettings()).settings?.reminderLeadDays ?? DEFAULT_LEAD_DAYS,
    labelFor: (videoId) => videoLabel(db, videoId),
  });
  // The lead days are read on each sync; without this, alarms for the old lead days would wait for the midnight
  // badge refresh after the options page (or a restored backup) changed them.
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (leadDaysChanged(changes, areaName)) void reminders.resync();
  });
  registerHandlers(
    createHandlers({ db, loadSettings: loadStoredSettings, onLedgerChanged: () => void reminders.resync() }),
  );
  registerCommands();
}
