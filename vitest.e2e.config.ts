import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (npm run build first; `npm run test:e2e` does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
