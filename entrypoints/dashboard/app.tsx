import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { LedgerTab } from '@/components/dashboard/ledger/ledger-tab';
import { useDashboard } from '@/lib/ui/use-dashboard';
import { useRescore } from '@/lib/ui/use-rescore';

/** Wiring: the connected dashboard data, rescoring and the ledger tab into the presentational dashboard. */
export function DashboardContainer() {
  const data = useDashboard();
  const rescore = useRescore(data.onNotice);
  const { openDetail } = data.store.getState();
  return <DashboardApp {...data} rescore={rescore} ledger={<LedgerTab onOpenVideo={openDetail} />} />;
}
