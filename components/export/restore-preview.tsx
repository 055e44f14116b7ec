import { useSyncExternalStore } from 'react';
import { describeInvalid } from '@/lib/export';
import { BACKUP_VERSION } from '@/lib/schemas/backup';
import { formatExact } from '@/components/shared/format';
import type { RestoreProgressSource, RestoreSummary } from './types';

export interface RestorePreviewProps {
  summary: RestoreSummary;
  /** Applying: both buttons wait. */
  busy: boolean;
  /** While applying, how far it is. */
  progress?: RestoreProgressSource;
  onApply: () => void;
  onCancel: () => void;
  /** The page shows settings edits not saved yet, which restored settings would replace. */
  unsavedSettings?: boolean;
}

/** Videos named in the "yours are kept" note before the rest are counted. */
const MAX_KEPT_NAMED = 5;

/** "@maker.jo's video 7300…01, …": the creator to recognise it, the id to find it. */
function listVideos(videos: RestoreSummary['preview']['keptLocal']): string {
  const named = videos
    .slice(0, MAX_KEPT_NAMED)
    .map((v) => `@${v.handle} (${v.videoId})`)
    .join(', ');
  const more = videos.length - MAX_KEPT_NAMED;
  return more > 0 ? `${named} and ${formatExact(more)} more` : named;
}

/** Invalid records listed one by one; past this many the rest are counted (a broken 10,000-row file stays usable). */
const MAX_LISTED = 50;

function kindText(preview: RestoreSummary['preview']): string {
  if (preview.kind === 'csv') return 'a Spark Scout CSV export';
  const v = preview.formatVersion;
  if (v === null) return 'a Spark Scout backup';
  return `a Spark Scout backup, format ${v}${v < BACKUP_VERSION ? ' (an older format, upgraded on reading)' : ''}`;
}

/** Why a preview has nothing to apply: the file's videos are all here already, unusable, or there are none. */
function nothingToApply(preview: RestoreSummary['preview']): string {
  if (preview.unchanged.length > 0) return 'this browser already has everything the file can add.';
  const n = preview.invalid.length;
  if (n === 1) return 'the one record in the file cannot be used (why is listed above).';
  if (n > 1) return `none of the ${formatExact(n)} records in the file can be used (why is listed above).`;
  return 'the file holds no videos.';
}

/** What a restore or import would do, before anything is written: counts, what cannot be used and why. */
export function RestorePreview({ summary, busy, progress, onApply, onCancel, unsavedSettings }: RestorePreviewProps) {
  const { preview, changes, mode } = summary;
  const invalid = preview.invalid;
  const counts: Array<[string, number]> = [
    ['new', preview.new.length],
    ['updated', preview.updated.length],
    ['unchanged', preview.unchanged.length],
    ['invalid', invalid.length],
  ];
  return (
    <section className="ss-restore" aria-label={`Preview of ${preview.file}`}>
      <h3 className="ss-restore__title">
        {mode === 'restore' ? 'Restore' : 'Import'} preview: {preview.file}
      </h3>
      <p className="ss-muted">This is {kindText(preview)}. Nothing has been written yet.</p>
      <ul className="ss-restore__counts" aria-label="What the file would change">
        {counts.map(([label, n]) => (
          <li key={label} className={`ss-restore__count ss-restore__count--${label}`}>
            <strong>{formatExact(n)}</strong> {label}
          </li>
        ))}
      </ul>
      <p className="ss-restore__legend ss-muted">
        Counted by video: new to this browser, changed by the file, or already the same.
      </p>
      {preview.kind === 'csv' && (
        <p className="ss-restore__note">
          A CSV holds less than a backup: for videos already here, only status, note and tags merge (the newer edit
          wins).
        </p>
      )}
      {preview.keptLocal.length > 0 && (
        <p className="ss-notice" role="note">
          {formatExact(preview.keptLocal.length)} {preview.keptLocal.length === 1 ? 'video has' : 'videos have'} a
          different status, note or tags in the file; yours {preview.keptLocal.length === 1 ? 'is' : 'are'} kept
          {preview.kind === 'csv'
            ? ' (a CSV carries no edit times, so the edit made here counts as the newer one)'
            : ' (edited here more recently)'}
          : {listVideos(preview.keptLocal)}.
        </p>
      )}
      {preview.settingsChange && (
        <p className="ss-notice">
          The file’s settings (objective, weights, brand, reminders) will replace the current ones.
          {unsavedSettings && ' Your unsaved changes on this page will be discarded.'}
        </p>
      )}
      {invalid.length > 0 && (
        <div className="ss-restore__invalid">
          <h4>
            Not {mode === 'restore' ? 'restored' : 'imported'}: {formatExact(invalid.length)}
          </h4>
          <ul aria-label="Invalid records">
            {invalid.slice(0, MAX_LISTED).map((item, i) => (
              <li key={i}>{describeInvalid(item)}</li>
            ))}
          </ul>
          {invalid.length > MAX_LISTED && (
            <p className="ss-muted">…and {formatExact(invalid.length - MAX_LISTED)} more.</p>
          )}
        </div>
      )}
      {changes === 0 && (
        <p role="status" className="ss-muted">
          Nothing to apply: {nothingToApply(preview)}
        </p>
      )}
      {busy && progress && <ApplyProgress source={progress} />}
      <div className="ss-restore__actions">
        <button
          type="button"
          className="ss-btn ss-btn--primary ss-btn--sm"
          onClick={() => !busy && onApply()}
          disabled={changes === 0}
          aria-disabled={busy || undefined}
        >
          {busy ? 'Applying…' : 'Apply'}
        </button>
        <button type="button" className="ss-btn ss-btn--ghost ss-btn--sm" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** A bar and a count while applying (10,000 videos take seconds); re-renders alone as the apply reports. */
function ApplyProgress({ source }: { source: RestoreProgressSource }) {
  const progress = useSyncExternalStore(source.subscribe, source.get);
  const count = (p: NonNullable<typeof progress>, what: string) =>
    `${formatExact(p.done)} of ${formatExact(p.total)} ${what}`;
  return (
    <div className="ss-export__progress">
      <progress
        className="ss-progress"
        aria-label="Apply progress"
        value={progress?.done}
        max={progress ? progress.total || 1 : undefined}
      />
      <span aria-live="polite">
        {progress === null
          ? 'Starting…'
          : progress.stage === 'checking'
            ? `Checking for changes since the preview: ${count(progress, 'records')}…`
            : `Applying: ${count(progress, 'videos')} written…`}
      </span>
    </div>
  );
}
