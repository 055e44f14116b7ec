import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadStoredSettings } from '@/lib/background/settings-source';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/ui/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings in storage.local', () => {
  it('gives the defaults when nothing was saved', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
  });

  it('saves under the key the background reads, in a shape it accepts', async () => {
    const settings = { ...DEFAULT_SETTINGS, objective: 'conversion' as const, reminderLeadDays: [14, 7, 1] };
    await saveSettings(settings);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
    expect(await loadStoredSettings()).toEqual({ settings, problem: null });
    expect((await loadSettings()).settings).toEqual(settings);
  });

  it('refuses to store settings the schema rejects', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, reminderLeadDays: [-1] })).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('keeps the valid stored fields and says which were reset', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, industry: 'casinos', objective: 'awareness' },
    });
    const read = await loadSettings();
    expect(read.settings).toMatchObject({ industry: 'general', objective: 'awareness' });
    expect(read.problem).toMatch(/industry/);
  });
});
