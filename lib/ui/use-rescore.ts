import { useState } from 'react';
import type { RescorePanelProps } from '@/components/dashboard/rescore-panel';
import type { RescoreView } from '@/components/dashboard/types';

/** "Rescore all" wiring; scoring is connected once lib/scoring lands. */
export function useRescore(_onNotice: (message: string | null) => void): RescorePanelProps {
  const [view, setView] = useState<RescoreView>({ phase: 'idle' });
  return {
    view,
    onStart: () => {},
    onCancel: () => setView({ phase: 'idle' }),
    onDismiss: () => setView({ phase: 'idle' }),
    unavailable: 'Scoring is not available in this build yet',
  };
}
