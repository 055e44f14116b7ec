import { useState } from 'react';
import type { Objective } from '@/lib/schemas/score';
import type { Theme } from '@/lib/state/ui-types';
import { ScoreButton } from './score-button';
import { ScoreCard } from './score-card';
import { previewInsights, previewResult, previewVideo } from './preview-fixtures';
import type { CardState } from './types';
import './overlay.css';

const STATES: { title: string; state: CardState }[] = [
  { title: 'Ready', state: { kind: 'ready', video: previewVideo, result: previewResult } },
  {
    title: 'Partial data',
    state: {
      kind: 'ready',
      video: previewVideo,
      result: { ...previewResult, total: 58, band: 'maybe' },
      partial: ['comments'],
    },
  },
  { title: 'Error', state: { kind: 'error', reason: 'this video is private.' } },
  { title: 'Loading', state: { kind: 'loading' } },
];

function PreviewColumn({ theme }: { theme: Theme }) {
  const [objective, setObjective] = useState<Objective>('consideration');
  return (
    <div className={`ss-theme-${theme}`} style={{ background: theme === 'dark' ? '#121212' : '#f8f8f8', padding: 24 }}>
      <div style={{ position: 'relative', height: 56, background: '#000', borderRadius: 8, marginBottom: 16 }}>
        <ScoreButton expanded={false} onClick={() => {}} style={{ position: 'absolute', top: 12, left: 12 }} />
        <ScoreButton expanded onClick={() => {}} style={{ position: 'absolute', top: 12, left: 120 }} />
      </div>
      <div style={{ display: 'flex', gap: 24, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        {STATES.map(({ title, state }) => (
          <div key={title}>
            <p style={{ font: '600 13px Arial', color: theme === 'dark' ? '#fff' : '#161823', margin: '0 0 8px' }}>
              {title} · {theme}
            </p>
            <ScoreCard
              state={state}
              objective={objective}
              onObjectiveChange={setObjective}
              shortlist={{ shortlisted: title === 'Partial data', creatorShortlistedCount: 2 }}
              onShortlist={() => new Promise((r) => setTimeout(r, 400))}
              onRetry={() => {}}
              onClose={() => {}}
              insights={previewInsights}
              theme={theme}
              placement={{ kind: 'inline' }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

/** Static harness for screenshots: every card state in TikTok's light and dark themes, from fixture data. */
export function OverlayPreview() {
  return (
    <div>
      <PreviewColumn theme="light" />
      <PreviewColumn theme="dark" />
    </div>
  );
}
