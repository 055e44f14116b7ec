/** Background service worker start-up. Handlers are registered synchronously so MV3 wake-ups reach them. */
export function startBackground(): void {
  // Message handlers, alarms and the database are wired here by the issues that add them.
}
