import { browser } from 'wxt/browser';
import { onMessage, removeAllListeners, type MessageName } from '@/lib/messaging';
import type { Handlers, SenderInfo } from './handlers';

/**
 * Extension pages (popup, dashboard, options, even when open in a tab) send from our own origin; a content script
 * sends from the web page's URL. Only the URL tells them apart: both carry our extension id, both may have a tab.
 */
export function senderInfo(sender: { url?: string } | undefined): SenderInfo {
  const origin = browser.runtime.getURL('/');
  return { extensionPage: typeof sender?.url === 'string' && sender.url.startsWith(origin) };
}

/** Registers every handler synchronously (MV3 delivers a waking message only to listeners added in the first turn). */
export function registerHandlers(handlers: Handlers): () => void {
  for (const type of Object.keys(handlers) as MessageName[]) {
    const run = handlers[type] as (data: unknown, sender: SenderInfo) => Promise<unknown>;
    onMessage(type, ((message: { data: unknown; sender?: { url?: string } }) =>
      run(message.data, senderInfo(message.sender))) as never);
  }
  return removeAllListeners;
}
