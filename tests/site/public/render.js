// Renders TikTok-like markup for the local test site. Plain ES module: the Node server renders the first page
// with it (as TikTok's SSR does) and the page's own app.js re-renders after client-side navigation.
// The data-e2e hooks are the ones documented in ../shared/tiktok/REFERENCE.md §4 (seen 2024–2026).

/** TikTok's abbreviated count format on the action buttons: 892, 1204, 32.7K, 1.1M, 2B. */
export function formatCount(n) {
  const v = Number(n);
  if (!Number.isFinite(v)) return '0';
  if (v >= 1e9) return trim(v / 1e9) + 'B';
  if (v >= 1e6) return trim(v / 1e6) + 'M';
  if (v >= 1e4) return trim(v / 1e3) + 'K';
  return String(v);
}
function trim(x) {
  return (Math.floor(x * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

export function escapeHtml(s) {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

function stat(item, key) {
  return (item.statsV2 && item.statsV2[key]) ?? (item.stats && item.stats[key]) ?? 0;
}

function captionHtml(desc) {
  return escapeHtml(desc).replace(
    /#([\p{L}\p{N}_]+)/gu,
    (_, tag) => `<a data-e2e="search-common-link" href="/tag/${encodeURIComponent(tag)}"><strong>#${tag}</strong></a>`,
  );
}

function handleOf(item) {
  return typeof item.author === 'string' ? item.author : (item.author?.uniqueId ?? '');
}

function actionBar(item, prefix = '') {
  return `<div class="ttk-actions" data-e2e="${prefix}action-bar">
    <button class="ttk-action" data-e2e="${prefix}like-icon" aria-label="Like">♥</button>
    <strong data-e2e="like-count">${formatCount(stat(item, 'diggCount'))}</strong>
    <button class="ttk-action ttk-open-comments" data-e2e="comment-icon" aria-label="Comments">💬</button>
    <strong data-e2e="comment-count">${formatCount(stat(item, 'commentCount'))}</strong>
    <button class="ttk-action" data-e2e="undefined-icon" aria-label="Favorites">🔖</button>
    <strong data-e2e="undefined-count">${formatCount(stat(item, 'collectCount'))}</strong>
    <button class="ttk-action" data-e2e="share-icon" aria-label="Share">↪</button>
    <strong data-e2e="share-count">${Number(stat(item, 'shareCount')) > 0 ? formatCount(stat(item, 'shareCount')) : 'Share'}</strong>
  </div>`;
}

function player(item, index = 0) {
  const dur = item.video?.duration ?? 0;
  return `<div class="ttk-player" data-e2e="feed-video" id="xgwrapper-${index}-${escapeHtml(item.id)}">
    <video class="ttk-video" muted playsinline loop data-duration="${Number(dur) || 0}" poster=""></video>
    <div class="ttk-player-label">${escapeHtml(item.desc?.slice(0, 40) ?? '')}</div>
    <div class="ttk-controls" data-e2e="video-controls"><button aria-label="Play">▶</button><div class="ttk-progress"></div><span>0:00 / ${Math.floor(dur / 60)}:${String(dur % 60).padStart(2, '0')}</span></div>
  </div>`;
}

/** The video detail pane: /@handle/video/ID (and the browse modal). */
export function renderDetail(item, related = []) {
  const handle = handleOf(item);
  const nickname = typeof item.author === 'string' ? item.nickname : item.author?.nickname;
  const music = item.music ?? {};
  return `<div class="ttk-detail" data-e2e="detail-video" data-video-id="${escapeHtml(item.id)}">
    ${player(item)}
    <aside class="ttk-side">
      <div class="ttk-author">
        <a href="/@${escapeHtml(handle)}" data-e2e="browse-username" class="ttk-handle">${escapeHtml(handle)}</a>
        <span data-e2e="browser-nickname">${escapeHtml(nickname)} · ${new Date(Number(item.createTime) * 1000).toISOString().slice(0, 10)}</span>
      </div>
      <div data-e2e="browse-video-desc" class="ttk-desc">${captionHtml(item.desc)}</div>
      <a data-e2e="video-music" href="/music/${encodeURIComponent(music.title ?? 'sound')}-${escapeHtml(music.id ?? '0')}">♫ ${escapeHtml(music.title ?? '')} - ${escapeHtml(music.authorName ?? '')}</a>
      ${actionBar(item)}
      <section class="ttk-comments" data-e2e="comment-list" hidden></section>
      <nav class="ttk-related" aria-label="Related videos">
        <h2>More videos</h2>
        ${related
          .map(
            (r) =>
              `<a class="ttk-related-link" data-spa-video="${escapeHtml(r.id)}" href="/@${escapeHtml(handleOf(r))}/video/${escapeHtml(r.id)}">@${escapeHtml(handleOf(r))} · ${escapeHtml((r.desc ?? '').slice(0, 48))}</a>`,
          )
          .join('')}
      </nav>
    </aside>
  </div>`;
}

/** One For You feed item. */
export function renderFeedItem(item, index) {
  const handle = handleOf(item);
  return `<article data-e2e="recommend-list-item-container" data-scroll-index="${index}" class="ttk-feed-item">
    ${player(item, index)}
    <div class="ttk-feed-meta">
      <a data-e2e="video-author-avatar" href="/@${escapeHtml(handle)}">@</a>
      <h3 data-e2e="video-author-uniqueid">${escapeHtml(handle)}</h3>
      <button data-e2e="feed-follow">Follow</button>
      <div data-e2e="video-desc">${captionHtml(item.desc)}</div>
      <a data-e2e="video-music" href="/music/${escapeHtml(item.music?.id ?? '0')}">♫ ${escapeHtml(item.music?.title ?? '')}</a>
    </div>
    ${actionBar(item)}
  </article>`;
}

export function renderComments(comments) {
  if (!comments.length) return '<p class="ttk-empty">No comments yet</p>';
  return comments
    .map(
      (c) => `<div data-e2e="comment-item" class="ttk-comment">
        <a data-e2e="comment-username-1" href="/@${escapeHtml(c.user?.unique_id ?? '')}">${escapeHtml(c.user?.nickname ?? '')}</a>
        <p data-e2e="comment-level-1">${escapeHtml(c.text) || '<em>[image]</em>'}</p>
        <span data-e2e="comment-like-count">${c.digg_count ? formatCount(c.digg_count) : ''}</span>
      </div>`,
    )
    .join('');
}
