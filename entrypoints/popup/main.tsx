import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import { PopupContainer } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupContainer />
  </StrictMode>,
);
