import { defineExtensionMessaging } from '@webext-core/messaging';

/** Messages the background sends to a TikTok tab's content script (the reverse direction of lib/messaging.ts). */
export interface TabProtocolMap {
  /** The keyboard shortcut or the toolbar action: open the score card of the video on screen. */
  'overlay:score-current'(): void;
}

export const { sendMessage: sendTabMessage, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocolMap>({
  logger: undefined,
});
