import { useStore } from 'zustand';
import { OverlayRoot, type OpenCardContent } from '@/components/overlay/overlay-root';
import type { CardContentStore } from '@/lib/content/card-content';
import type { Controller } from '@/lib/content/controller';
import type { OverlayStore } from '@/lib/state/overlay-store';

/** Connects the overlay UI to the content session: the open card's data for the objective chosen on the card. */
export function ContentApp({
  overlay,
  content,
  controller,
}: {
  overlay: OverlayStore;
  content: CardContentStore;
  controller: Controller;
}) {
  const card = useStore(content, (s) => s.card);
  const objective = useStore(overlay, (s) => s.objective);
  const view: OpenCardContent | null =
    card === null
      ? null
      : {
          key: card.key,
          state:
            card.kind === 'ready'
              ? { kind: 'ready', video: card.video, result: card.results[objective], partial: card.partial }
              : card.kind === 'error'
                ? { kind: 'error', reason: card.reason }
                : { kind: 'loading' },
          shortlist: card.kind === 'ready' ? card.shortlist : { shortlisted: false, creatorShortlistedCount: 0 },
          insights: card.kind === 'ready' ? card.insights : undefined,
        };
  return (
    <OverlayRoot
      store={overlay}
      card={view}
      onScore={(key) => void controller.load(key)}
      onRetry={(key) => void controller.load(key)}
      onShortlist={(key, draft) => controller.shortlist(key, draft)}
    />
  );
}
