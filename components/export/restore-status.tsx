import { formatExact } from '@/components/shared/format';
import { RestorePreview } from './restore-preview';
import type { RestoreView } from './types';

export interface RestoreStatusProps {
  view: RestoreView;
  onApply: () => void;
  /** Drops the preview or the message; nothing is written. */
  onCancel: () => void;
  /** After "the shortlist changed since the preview": read the same file again. */
  onPreviewAgain: () => void;
  /** The page has settings edits not saved yet (the options page): the preview says a restore discards them. */
  unsavedSettings?: boolean;
}

const videos = (n: number) => `${formatExact(n)} ${n === 1 ? 'video' : 'videos'}`;

/** The restore or import in progress: checking the file, its preview, the outcome. */
export function RestoreStatus({ view, onApply, onCancel, onPreviewAgain, unsavedSettings }: RestoreStatusProps) {
  const dismiss = (label: string) => (
    <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={onCancel}>
      {label}
    </button>
  );
  switch (view.phase) {
    case 'idle':
      return view.note ? (
        <p role="status" className="ss-muted">
          {view.note}
        </p>
      ) : null;
    case 'reading':
      return (
        <p role="status" className="ss-muted">
          Checking {view.file}…
        </p>
      );
    case 'failed':
      return (
        <div className="ss-restore ss-restore--message ss-restore--failed">
          <p role="alert" className="ss-error">
            {view.message}
          </p>
          <p className="ss-muted">Nothing was changed.</p>
          {dismiss('Dismiss')}
        </div>
      );
    case 'preview':
    case 'applying':
      return (
        <RestorePreview
          summary={view}
          busy={view.phase === 'applying'}
          progress={view.phase === 'applying' ? view.progress : undefined}
          onApply={onApply}
          onCancel={onCancel}
          unsavedSettings={unsavedSettings}
        />
      );
    case 'applied': {
      const { preview } = view;
      return (
        <div className="ss-restore ss-restore--message ss-restore--done">
          <p role="status">
            {view.mode === 'restore' ? 'Restored' : 'Imported'} {preview.file}: {videos(preview.new.length)} added,{' '}
            {videos(preview.updated.length)} updated{view.settingsSaved ? '; settings restored' : ''}.
          </p>
          {view.settingsError !== undefined && (
            // The records were committed before the settings were saved, so this is not "nothing was written".
            <p role="alert" className="ss-error">
              {view.written > 0 ? 'Records restored; settings' : 'Settings'} couldn't be saved: {view.settingsError}.
              The current settings are unchanged.
            </p>
          )}
          {dismiss('Done')}
        </div>
      );
    }
    case 'stale':
      return (
        <div className="ss-restore ss-restore--message ss-restore--failed">
          <p role="alert" className="ss-error">
            {view.message} Nothing was written.
          </p>
          <div className="ss-restore__actions">
            <button type="button" className="ss-btn ss-btn--primary ss-btn--sm" onClick={onPreviewAgain}>
              Preview again
            </button>
            {dismiss('Cancel')}
          </div>
        </div>
      );
    case 'error':
      return (
        <div className="ss-restore ss-restore--message ss-restore--failed">
          <p role="alert" className="ss-error">
            Couldn't {view.mode === 'restore' ? 'restore' : 'import'}: {view.message}. Nothing was written (all or
            nothing).
          </p>
          {dismiss('Dismiss')}
        </div>
      );
  }
}
