import { useEffect, useState } from 'react';
import { PopupApp } from '@/components/popup/popup-app';
import { openDashboard } from '@/lib/ui/open-dashboard';
import { scoreActiveTikTokTab } from '@/lib/ui/score-active-tab';
import { createShortlistActions } from '@/lib/ui/shortlist-actions';
import { usePopupData } from '@/lib/ui/use-popup-data';
import { errorMessage } from '@/lib/error-message';

/** Wiring: database reads and writes in, the presentational popup out. */
export function PopupContainer() {
  const [actions] = useState(() => createShortlistActions());
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const data = usePopupData(query);
  useEffect(() => void scoreActiveTikTokTab(), []);
  return (
    <PopupApp
      rows={data.rows}
      matchCount={data.matchCount}
      counts={data.counts}
      bad={data.bad}
      query={query}
      onQueryChange={setQuery}
      error={error}
      onStatusChange={(id, status) => {
        setError(null);
        actions
          .setStatus([id], status)
          .catch((e: unknown) => setError(`Couldn't change the status: ${errorMessage(e)}`));
      }}
      onOpenDashboard={(videoId) => void openDashboard(videoId)}
    />
  );
}
