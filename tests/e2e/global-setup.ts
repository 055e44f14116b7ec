import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../browser/chromium';
import { EXTENSION_DIR } from '../browser/launch';

// Browser tests need Chromium and the built extension. In CI a missing Chromium is a failure; locally the suite
// is skipped with a message saying how to install it (tests/e2e/fixtures.ts skips them).
export default function setup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` (npm run test:e2e does).`);
  }
  if (!findChromium()) {
    if (process.env.CI) throw new Error(`${INSTALL_HINT} (CI must run the browser tests.)`);
    console.warn(`\n⚠ Skipping browser tests: ${INSTALL_HINT}\n`);
  }
}
