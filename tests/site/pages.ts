// HTML shells for the local TikTok site: TikTok's page skeleton (header, left nav, main column) with the
// embedded JSON scripts where TikTok puts them.
// @ts-expect-error — plain ES module shared with the browser (tests/site/public/render.js)
import { escapeHtml, renderDetail, renderFeedItem } from './public/render.js';

export interface ShellOptions {
  title: string;
  /** JSON for <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">, already a string (may be deliberately broken). */
  universal?: string;
  sigi?: string;
  nextData?: string;
  body: string;
  theme?: 'light' | 'dark';
  /** Extra inline data for app.js (related videos, profile path). */
  appData?: Record<string, unknown>;
}

/** Escapes a JSON string for a <script> element, as TikTok's SSR does (\u003c for "<"). */
export const scriptJson = (json: string) => json.replace(/</g, '\\u003c');

export function shell(o: ShellOptions): string {
  const data = o.appData
    ? `<script>${Object.entries(o.appData)
        .map(([k, v]) => `window.${k}=${scriptJson(JSON.stringify(v))};`)
        .join('')}</script>`
    : '';
  return `<!doctype html>
<html lang="en" data-theme="${o.theme ?? 'light'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
<link rel="stylesheet" href="/site.css">
${o.universal !== undefined ? `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${o.universal}</script>` : ''}
${o.sigi !== undefined ? `<script id="SIGI_STATE" type="application/json">${o.sigi}</script>` : ''}
${o.nextData !== undefined ? `<script id="__NEXT_DATA__" type="application/json">${o.nextData}</script>` : ''}
${data}
</head>
<body class="ttk-${o.theme ?? 'light'}">
<header class="ttk-header"><a href="/" class="ttk-logo" aria-label="TikTok">♪ TikTok</a><input class="ttk-search" placeholder="Search" aria-label="Search"></header>
<div class="ttk-layout">
<nav class="ttk-nav" aria-label="Main">
  <a data-e2e="nav-foryou" href="/foryou">For You</a>
  <a data-e2e="nav-explore" href="/explore">Explore</a>
  <a data-e2e="nav-live" href="/live">LIVE</a>
  <a data-e2e="nav-profile" href="/@zg.520">Profile</a>
</nav>
<main id="ttk-main">${o.body}</main>
</div>
<script type="module" src="/app.js"></script>
</body>
</html>`;
}

export const detailBody = (item: any, related: any[]) => renderDetail(item, related);
export const feedBody = (items: any[]) =>
  `<div id="ttk-feed" class="ttk-feed">${items.map((item, i) => renderFeedItem(item, i)).join('')}</div>`;

export function profileBody(user: any, stats: any, secUid: string): string {
  return `<div class="ttk-profile">
    <h1 data-e2e="user-title">${escapeHtml(user.nickname)}</h1>
    <h2 data-e2e="user-subtitle">${escapeHtml(user.uniqueId)}</h2>
    <p data-e2e="user-bio">${escapeHtml(user.signature ?? '')}</p>
    <div class="ttk-counts"><strong data-e2e="following-count">${stats.followingCount}</strong> Following
      <strong data-e2e="followers-count">${stats.followerCount}</strong> Followers
      <strong data-e2e="likes-count">${stats.heartCount ?? stats.heart}</strong> Likes</div>
    <div data-e2e="user-post-item-list" class="ttk-grid" data-sec-uid="${escapeHtml(secUid)}"></div>
  </div>`;
}

export const messageBody = (e2e: string, text: string) =>
  `<div class="ttk-message" data-e2e="${e2e}"><p>${escapeHtml(text)}</p></div>`;
