/**
 * Lets the event loop run (input, paint, IndexedDB events) before the next slice of a long job: Rescore all, a big
 * export, an undo's record checks.
 */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
