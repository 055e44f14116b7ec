import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `everyMs`: "expires tomorrow" must turn into "expires today" at midnight on a
 * dashboard left open overnight. A fixed `fixed` (tests, previews) disables the timer.
 */
export function useNow(everyMs = 60_000, fixed?: number): number {
  const [now, setNow] = useState(() => fixed ?? Date.now());
  useEffect(() => {
    if (fixed !== undefined) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, fixed]);
  return fixed ?? now;
}
