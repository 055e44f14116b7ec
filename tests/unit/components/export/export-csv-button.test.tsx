import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportCsvButton, type ExportCsvButtonProps } from '@/components/export/export-csv-button';
import type { CsvExportProgress, CsvExportRequest, CsvExportRunner } from '@/components/export/types';

const IDS = ['7600000000000000001', '7600000000000000002', '7600000000000000003'];
const RESULT = { fileName: 'spark-scout-shortlist-2026-07-01.csv', rows: 3, unreadable: 0 };

/** A runner the test drives: it reports progress when told and finishes when released. */
function controlledRunner() {
  let report: (p: CsvExportProgress) => void = () => {};
  let finish: () => void = () => {};
  let signal: AbortSignal | undefined;
  const run = vi.fn<CsvExportRunner>(
    (_req, onProgress, s) =>
      new Promise((resolve, reject) => {
        report = onProgress;
        signal = s;
        finish = () => resolve(RESULT);
        s.addEventListener('abort', () => reject(s.reason));
      }),
  );
  return { run, progress: (p: CsvExportProgress) => report(p), finish: () => finish(), aborted: () => signal?.aborted };
}

function renderButton(over: Partial<ExportCsvButtonProps> = {}) {
  const run = vi.fn<CsvExportRunner>(async () => RESULT);
  const props: ExportCsvButtonProps = { ids: IDS, scope: 'view', defaultIncludeCodes: false, run, ...over };
  return { props, ...render(<ExportCsvButton {...props} />) };
}

const request = (run: ReturnType<typeof vi.fn<CsvExportRunner>>): CsvExportRequest => run.mock.calls.at(-1)![0];
const open = () => userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
const download = () => userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));

describe('the Export CSV button', () => {
  it('is named "Export CSV" and opens its options as a dialog', async () => {
    renderButton();
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await open();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    expect(dialog).toHaveTextContent('Exports 3 videos as the table shows them');
    expect(within(dialog).getByRole('checkbox', { name: 'Include authorization codes' })).toHaveFocus();
  });

  it('says the export is the selection when it is', async () => {
    renderButton({ ids: IDS.slice(0, 2), scope: 'selection' });
    await open();
    expect(screen.getByRole('dialog')).toHaveTextContent('Exports 2 selected videos.');
  });

  it('leaves codes out unless the box is ticked, and warns that codes are sensitive', async () => {
    const { props } = renderButton();
    await open();
    const codes = screen.getByRole('checkbox', { name: 'Include authorization codes' });
    expect(codes).not.toBeChecked();
    expect(codes).toHaveAccessibleDescription(
      /Codes are sensitive: anyone holding one can run the creator’s video as an ad/,
    );
    await download();
    expect(request(props.run as never)).toEqual({ ids: IDS, includeCodes: false, excelBom: false });
  });

  it('includes codes and the Excel BOM when the user opts in', async () => {
    const { props } = renderButton();
    await open();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include authorization codes' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'For Excel' }));
    await download();
    expect(request(props.run as never)).toEqual({ ids: IDS, includeCodes: true, excelBom: true });
  });

  it('starts ticked when the settings say so, and every opening starts again from that default', async () => {
    const { props } = renderButton({ defaultIncludeCodes: true });
    await open();
    const codes = () => screen.getByRole('checkbox', { name: 'Include authorization codes' });
    expect(codes()).toBeChecked();
    await userEvent.click(codes());
    await download();
    expect(request(props.run as never).includeCodes).toBe(false);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await open();
    expect(codes()).toBeChecked();
  });

  it('shows a progress bar while reading and writing, then what was downloaded', async () => {
    const runner = controlledRunner();
    renderButton({ run: runner.run });
    await open();
    await download();
    expect(screen.getByText('Reading videos: 0 of 3…')).toBeInTheDocument();
    runner.progress({ stage: 'reading', done: 3, total: 3 });
    expect(await screen.findByText('Reading videos: 3 of 3…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('value', '3');
    runner.progress({ stage: 'writing', done: 2, total: 3 });
    expect(await screen.findByText('Writing rows: 2 of 3…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('value', '2');
    expect(screen.getByRole('checkbox', { name: 'Include authorization codes' })).toBeDisabled();
    runner.finish();
    expect(await screen.findByRole('status')).toHaveTextContent(`Downloaded ${RESULT.fileName} with 3 rows.`);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('stops a running export with Cancel export and says no file was downloaded', async () => {
    const runner = controlledRunner();
    renderButton({ run: runner.run });
    await open();
    await download();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(runner.aborted()).toBe(true);
    expect(await screen.findByRole('status')).toHaveTextContent('Export cancelled: no file was downloaded.');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });

  it('stops a running export when the control goes away (the selection was cleared)', async () => {
    const runner = controlledRunner();
    const { unmount } = renderButton({ run: runner.run });
    await open();
    await download();
    unmount();
    expect(runner.aborted()).toBe(true);
  });

  it('says why an export failed', async () => {
    renderButton({ run: vi.fn<CsvExportRunner>(async () => Promise.reject(new Error('the database is closed'))) });
    await open();
    await download();
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't export: the database is closed");
  });

  it('mentions records left out because they no longer read', async () => {
    renderButton({ run: vi.fn<CsvExportRunner>(async () => ({ ...RESULT, rows: 2, unreadable: 1 })) });
    await open();
    await download();
    expect(await screen.findByRole('status')).toHaveTextContent('with 2 rows. 1 unreadable record left out.');
  });

  it('cannot be opened with nothing to export or while the table is still loading', () => {
    const { rerender, props } = renderButton({ ids: [] });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    rerender(<ExportCsvButton {...props} ids={IDS} unavailable="Wait until every video is loaded" />);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('title', 'Wait until every video is loaded');
  });

  it('closes with Escape even when focus left the dialog (its checkbox was disabled by a running export)', async () => {
    const runner = controlledRunner();
    renderButton({ run: runner.run });
    await open();
    await download();
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus();
    // Reopened, it shows the export still running.
    await open();
    expect(screen.getByRole('button', { name: 'Cancel export' })).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    render(
      <>
        <p>elsewhere</p>
        <ExportCsvButton ids={IDS} scope="view" defaultIncludeCodes={false} run={vi.fn()} />
      </>,
    );
    await open();
    await userEvent.click(screen.getByText('elsewhere'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
