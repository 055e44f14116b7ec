import { useEffect, useRef, useState } from 'react';
import { appDb, type SparkScoutDb } from '@/lib/db';
import type { RescorePanelProps } from '@/components/dashboard/rescore-panel';
import type { RescoreView } from '@/components/dashboard/types';
import { rescoreAll } from './rescore';
import { loadSettings } from './settings';

/** "Rescore all" for the dashboard: current settings, progress per chunk, cancel, then old vs new band counts. */
export function useRescore(
  total: number,
  onNotice: (message: string | null) => void,
  db: SparkScoutDb = appDb(),
): RescorePanelProps {
  const [view, setView] = useState<RescoreView>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const onStart = () => {
    if (running.current) return;
    const abort = new AbortController();
    running.current = abort;
    setView({ phase: 'running', done: 0, total });
    void (async () => {
      try {
        const { settings, problem } = await loadSettings();
        if (problem) onNotice(problem);
        const outcome = await rescoreAll(db, {
          settings,
          now: Date.now(),
          signal: abort.signal,
          onProgress: (done, all) =>
            setView(done < all ? { phase: 'running', done, total: all } : { phase: 'saving', total: all }),
        });
        setView({ phase: 'done', ...outcome });
      } catch (error) {
        if (abort.signal.aborted) {
          setView({ phase: 'idle' });
          onNotice('Rescoring cancelled: no score was changed.');
        } else {
          setView({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      } finally {
        running.current = null;
      }
    })();
  };

  return {
    view,
    onStart,
    onCancel: () => running.current?.abort(),
    onDismiss: () => setView({ phase: 'idle' }),
    unavailable: total === 0 ? 'Nothing to rescore yet' : null,
  };
}
