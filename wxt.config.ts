import { defineConfig } from 'wxt';

// Minimal permissions: storage (settings), alarms + notifications (authorization expiry reminders).
// Host access is TikTok only; the content scripts declare it through their `matches`.
export default defineConfig({
  // SPARK_SCOUT_OUT_DIR lets parallel builds (e.g. two engineers' browser tests) use separate output folders.
  outDir: process.env.SPARK_SCOUT_OUT_DIR ?? '.output',
  // MV3 for both stores (Firefox 128+ supports MV3 and MAIN-world content scripts).
  manifestVersion: 3,
  modules: ['@wxt-dev/module-react'],
  // The Firefox sources zip (for AMO review) needs what builds the extension, not the test site or fixtures.
  zip: { excludeSources: ['tests/**', '.ci/**', '*.log'] },
  manifest: ({ browser }) => ({
    name: 'Spark Scout',
    description:
      'Scores the TikTok video on screen as a Spark Ad candidate, with reasons. Shortlist, authorization ledger and export — all local.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['*://www.tiktok.com/*', '*://m.tiktok.com/*'],
    action: { default_title: 'Spark Scout' },
    commands: {
      'score-video': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Score the TikTok video on screen',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'spark-scout@spark-scout.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
