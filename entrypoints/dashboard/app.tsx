import { useStore } from 'zustand';
import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { RescorePanel } from '@/components/dashboard/rescore-panel';
import { LedgerTab } from '@/components/dashboard/ledger/ledger-tab';
import { AuthorizationPanel } from '@/components/ledger/authorization-panel';
import '@/components/export/export.css';
import { ExportBulkAction, ExportToolbar } from '@/components/export/export-slots';
import { commentInsights } from '@/lib/scoring';
import type { VideoRecord } from '@/lib/schemas/video';
import { useBackup } from '@/lib/ui/backup-restore';
import { useCsvExport } from '@/lib/ui/export-csv';
import { useDashboard } from '@/lib/ui/use-dashboard';
import { useRescore } from '@/lib/ui/use-rescore';

const detail = { insightsOf: (video: VideoRecord) => commentInsights(video) ?? undefined };

/** "Rescore all" with its own state: its progress re-renders this panel, not the dashboard around it. */
function RescoreControl({ total, onNotice }: { total: number; onNotice: (message: string | null) => void }) {
  return <RescorePanel {...useRescore(total, onNotice)} />;
}

/** Wiring: the connected dashboard data, rescoring and the ledger tab into the presentational dashboard. */
export function DashboardContainer() {
  const data = useDashboard({ detail });
  const csv = useCsvExport();
  const backup = useBackup();
  const { openDetail } = data.store.getState();
  const detailId = useStore(data.store, (s) => s.detailId);
  return (
    <DashboardApp
      {...data}
      rescore={<RescoreControl total={data.complete ? data.total : 0} onNotice={data.onNotice} />}
      ledger={<LedgerTab onOpenVideo={openDetail} activeVideoId={detailId} />}
      authorization={(videoId) => <AuthorizationPanel videoId={videoId} />}
      toolbarActions={(view) => <ExportToolbar view={view} csv={csv} backup={backup} complete={data.complete} />}
      bulkActions={(view) => <ExportBulkAction view={view} csv={csv} complete={data.complete} />}
    />
  );
}
