import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerCommands, SCORE_COMMAND } from '@/lib/background/commands';
import { scoreVideoInTab, sendTabMessage } from '@/lib/tab-messaging';

vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({ sendMessage: vi.fn(), onMessage: vi.fn(), removeAllListeners: vi.fn() }),
}));
const sent = vi.mocked(sendTabMessage);

describe('the score shortcut', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sent.mockReset();
  });

  it('asks a TikTok tab to open the card of the video on screen', async () => {
    sent.mockResolvedValue(undefined);
    expect(await scoreVideoInTab({ id: 7, url: 'https://www.tiktok.com/@a/video/1' })).toBe(true);
    expect(sent).toHaveBeenCalledWith('overlay:score-current', undefined, 7);
  });

  it('accepts the local test site, which answers as www.tiktok.com on a port', async () => {
    sent.mockResolvedValue(undefined);
    expect(await scoreVideoInTab({ id: 2, url: 'http://www.tiktok.com:4173/foryou' })).toBe(true);
  });

  it('does nothing on a tab that is not TikTok, or that has no id', async () => {
    expect(await scoreVideoInTab({ id: 7, url: 'https://example.com/tiktok.com/' })).toBe(false);
    expect(await scoreVideoInTab({ url: 'https://www.tiktok.com/' })).toBe(false);
    expect(sent).not.toHaveBeenCalled();
  });

  it('reports a tab whose content script is not there yet instead of throwing', async () => {
    sent.mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await scoreVideoInTab({ id: 7, url: 'https://www.tiktok.com/foryou' })).toBe(false);
  });

  it('listens for the score-video command and ignores others', async () => {
    let listener: ((command: string, tab?: { id?: number; url?: string }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      listener = l as typeof listener;
    });
    sent.mockResolvedValue(undefined);
    registerCommands();
    listener!('something-else', { id: 3, url: 'https://www.tiktok.com/' });
    listener!(SCORE_COMMAND, { id: 3, url: 'https://www.tiktok.com/@a/video/1' });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(sent).toHaveBeenCalledWith('overlay:score-current', undefined, 3);
  });
});
