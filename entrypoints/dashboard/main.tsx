import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/overlay/overlay.css';
import '@/components/dashboard/dashboard.css';
import { DashboardContainer } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DashboardContainer />
  </StrictMode>,
);
