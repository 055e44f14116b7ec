import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupPanel } from '@/components/export/backup-panel';
import { OptionsApp } from '@/components/options/options-app';
import { buildBackup, serializeBackup } from '@/lib/export';
import { DEFAULT_SETTINGS, OBJECTIVE_PRESETS } from '@/lib/settings';
import { useBackup } from '@/lib/ui/backup-restore';
import { freshDb } from '../../db/helpers';
import { generatedSet, NOW } from '../../export/helpers';

// The options form beside its Backup section, wired as entrypoints/options/app.tsx wires them (tests cannot import
// entrypoints; tests/e2e/export.e2e.ts runs the real page): the form says whether it has unsaved edits, the restore
// preview says a restore discards them.

beforeEach(() => fakeBrowser.reset());

function Page() {
  const [unsaved, setUnsaved] = useState(false);
  const backup = useBackup({ db: freshDb({ now: () => NOW }), notify: vi.fn(async () => {}), now: () => NOW });
  return (
    <OptionsApp
      settings={DEFAULT_SETTINGS}
      defaults={DEFAULT_SETTINGS}
      presets={OBJECTIVE_PRESETS}
      problem={null}
      onSave={vi.fn(async () => {})}
      backup={<BackupPanel {...backup} unsavedSettings={unsaved} />}
      onDirtyChange={setUnsaved}
    />
  );
}

const backupWithSettings = () =>
  new File(
    [serializeBackup(buildBackup({ ...generatedSet(2), settings: { ...DEFAULT_SETTINGS, industry: 'travel' } }, NOW))],
    'b.json',
    { type: 'application/json' },
  );
const restore = () =>
  userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Backup file to restore'), backupWithSettings());
const preview = () => screen.findByRole('region', { name: 'Preview of b.json' });

describe('a restore on the options page', () => {
  it('says it discards the unsaved edits on the page', async () => {
    render(<Page />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Brand terms' }), 'glowlab{Enter}');
    await userEvent.click(screen.getByRole('radio', { name: /Awareness/ }));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await restore();
    expect(await preview()).toHaveTextContent(
      'The file’s settings (objective, weights, brand, reminders) will replace the current ones. Your unsaved changes on this page will be discarded.',
    );
  });

  it('does not mention unsaved edits when there are none', async () => {
    render(<Page />);
    await restore();
    expect(await preview()).toHaveTextContent(/will replace the current ones\./);
    expect(await preview()).not.toHaveTextContent(/unsaved/i);
  });
});
