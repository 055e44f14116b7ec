import type { TableView } from '@/components/dashboard/types';
import { BackupMenu } from './backup-menu';
import type { BackupPanelProps } from './backup-panel';
import { ExportCsvButton } from './export-csv-button';
import type { CsvExportRunner } from './types';

export interface ExportSlotProps {
  view: TableView;
  csv: { run: CsvExportRunner; defaultIncludeCodes: boolean };
  /** False while the table holds only the newest rows: an export then would miss the rest. */
  complete: boolean;
}

const LOADING = 'Wait until every video is loaded';

/** The dashboard toolbar's "Backup" menu and "Export CSV" (the selection when there is one, else what the table shows). */
export function ExportToolbar({ view, csv, complete, backup }: ExportSlotProps & { backup: BackupPanelProps }) {
  const selection = view.selectedIds.length > 0;
  return (
    <>
      <BackupMenu {...backup} />
      <ExportCsvButton
        ids={selection ? view.selectedIds : view.visibleIds}
        scope={selection ? 'selection' : 'view'}
        unavailable={complete ? null : LOADING}
        {...csv}
      />
    </>
  );
}

/** "Export CSV" of the selected rows, in the bulk-actions bar. */
export function ExportBulkAction({ view, csv, complete }: ExportSlotProps) {
  return (
    <ExportCsvButton
      ids={view.selectedIds}
      scope="selection"
      unavailable={complete ? null : LOADING}
      align="start"
      {...csv}
    />
  );
}
