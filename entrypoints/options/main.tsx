import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/options/options.css';
import { OptionsContainer } from './app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsContainer />
  </StrictMode>,
);
