import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RestorePreview } from '@/components/export/restore-preview';
import type { RestoreProgress, RestoreProgressSource, RestoreSummary } from '@/components/export/types';

const preview = (over: Partial<RestoreSummary['preview']> = {}): RestoreSummary['preview'] => ({
  file: 'team.csv',
  kind: 'csv',
  formatVersion: null,
  new: ['1', '2'],
  updated: ['3'],
  unchanged: [],
  keptLocal: [],
  invalid: [],
  settingsChange: false,
  ...over,
});

const invalidLines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    where: { file: 'team.csv', line: i + 2 },
    reason: 'views: expected a whole number',
  }));

describe('the restore preview', () => {
  it('lists the first 50 invalid records and counts the rest', () => {
    render(
      <RestorePreview
        summary={{ mode: 'import', preview: preview({ invalid: invalidLines(120) }), changes: 3 }}
        busy={false}
        onApply={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const list = screen.getByRole('list', { name: 'Invalid records' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      'team.csv, line 2: views: expected a whole number',
    );
    expect(screen.getByText('…and 70 more.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Not imported: 120' })).toBeInTheDocument();
  });

  it('does not apply twice while applying', async () => {
    const onApply = vi.fn();
    render(
      <RestorePreview
        summary={{ mode: 'restore', preview: preview(), changes: 3 }}
        busy
        onApply={onApply}
        onCancel={vi.fn()}
      />,
    );
    const apply = screen.getByRole('button', { name: 'Applying…' });
    expect(apply).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(apply);
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });

  it('shows how far the apply is: the check against this browser, then the videos written', () => {
    let current: RestoreProgress | null = null;
    const listeners = new Set<() => void>();
    const source: RestoreProgressSource = {
      get: () => current,
      subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    };
    const report = (p: RestoreProgress) => act(() => ((current = p), listeners.forEach((l) => l())));
    render(
      <RestorePreview
        summary={{ mode: 'restore', preview: preview(), changes: 3 }}
        busy
        progress={source}
        onApply={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Apply progress' });
    expect(screen.getByText('Starting…')).toBeInTheDocument();
    report({ stage: 'checking', done: 4000, total: 39770 });
    expect(screen.getByText('Checking for changes since the preview: 4,000 of 39,770 records…')).toBeInTheDocument();
    report({ stage: 'writing', done: 4000, total: 10000 });
    expect(screen.getByText('Applying: 4,000 of 10,000 videos written…')).toBeInTheDocument();
    expect(bar).toHaveAttribute('value', '4000');
    expect(bar).toHaveAttribute('max', '10000');
  });

  it('warns when a restore would replace the settings', () => {
    render(
      <RestorePreview
        summary={{
          mode: 'restore',
          preview: preview({ kind: 'backup', formatVersion: 2, settingsChange: true }),
          changes: 4,
        }}
        busy={false}
        onApply={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(
      screen.getByText(/^This is a Spark Scout backup, format 2\. Nothing has been written yet\.$/),
    ).toBeInTheDocument();
    expect(screen.getByText(/settings .* will replace the current ones/)).toBeInTheDocument();
    expect(screen.queryByText(/unsaved changes/)).toBeNull();
  });

  it('says a restore discards the page’s unsaved settings edits', () => {
    const summary: RestoreSummary = {
      mode: 'restore',
      preview: preview({ kind: 'backup', formatVersion: 2, settingsChange: true }),
      changes: 4,
    };
    const { rerender } = render(
      <RestorePreview summary={summary} busy={false} onApply={vi.fn()} onCancel={vi.fn()} unsavedSettings />,
    );
    expect(
      screen.getByText(
        'The file’s settings (objective, weights, brand, reminders) will replace the current ones. Your unsaved changes on this page will be discarded.',
      ),
    ).toBeInTheDocument();
    // Records alone leave the settings, and so the edits, as they are.
    rerender(
      <RestorePreview
        summary={{ ...summary, preview: { ...summary.preview, settingsChange: false } }}
        busy={false}
        onApply={vi.fn()}
        onCancel={vi.fn()}
        unsavedSettings
      />,
    );
    expect(screen.queryByText(/unsaved changes/)).toBeNull();
  });

  it('says which videos keep their status, note or tags against the file, and why', () => {
    const keptLocal = Array.from({ length: 7 }, (_, i) => ({ videoId: `730000000000000000${i}`, handle: `maker${i}` }));
    render(
      <RestorePreview
        summary={{ mode: 'import', preview: preview({ keptLocal }), changes: 0 }}
        busy={false}
        onApply={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('7 videos have a different status, note or tags in the file; yours are kept');
    expect(note).toHaveTextContent('a CSV carries no edit times');
    expect(note).toHaveTextContent('@maker0 (7300000000000000000)');
    expect(note).toHaveTextContent('and 2 more');
  });
});

describe('the restore preview with nothing to apply', () => {
  const nothing = (over: Partial<RestoreSummary['preview']>) =>
    render(
      <RestorePreview
        summary={{ mode: 'import', preview: preview({ new: [], updated: [], ...over }), changes: 0 }}
        busy={false}
        onApply={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

  it('says this browser has it all when every video in the file is already here', () => {
    nothing({ unchanged: ['1', '2'] });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing to apply: this browser already has everything the file can add.',
    );
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('says no video in the file can be used when every row is invalid, not that this browser has them', () => {
    nothing({ invalid: invalidLines(3) });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing to apply: none of the 3 records in the file can be used (why is listed above).',
    );
  });

  it('says the file holds no videos when it has none at all', () => {
    nothing({});
    expect(screen.getByRole('status')).toHaveTextContent('Nothing to apply: the file holds no videos.');
  });
});
