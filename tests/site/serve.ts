import { startSite } from './server';
import { DEMO_PATH } from './catalogue';

// `npm run site [-- PORT]`: serve the local TikTok test site on 127.0.0.1 until interrupted.
const site = await startSite(Number(process.argv[2] ?? 0));
console.log(`Local TikTok test site on http://127.0.0.1:${site.port}`);
console.log(
  `In Chromium with --host-resolver-rules="MAP www.tiktok.com 127.0.0.1:${site.port}" open ${site.origin}${DEMO_PATH}`,
);
