// The test site's own "TikTok app": client-side navigation the way TikTok does it (history.pushState + its own
// fetch of /api/item/detail/), a comment panel loaded with XMLHttpRequest from /api/comment/list/, a feed that
// fetches /api/recommend/item_list/, and a profile grid from /api/post/item_list/ opening the browse modal.
import { renderComments, renderDetail, renderFeedItem } from './render.js';

const apiParams = 'aid=1988&app_language=en&device_platform=web_pc&msToken=local-test&X-Bogus=local';

function videoIdFromPath(path = location.pathname) {
  const m = /\/(?:video|photo)\/(\d+)/.exec(path);
  return m ? m[1] : null;
}

async function loadDetail(id) {
  const res = await fetch(`/api/item/detail/?itemId=${id}&${apiParams}`, { credentials: 'include' });
  const body = await res.json();
  return body.itemInfo?.itemStruct ?? null;
}

async function showVideo(id, { modal = false } = {}) {
  const item = await loadDetail(id);
  const host = modal ? openModal() : document.querySelector('#ttk-main');
  if (!item) {
    host.innerHTML = '<p class="ttk-empty" data-e2e="video-unavailable">Video currently unavailable</p>';
    return;
  }
  const related = window.__TTK_RELATED__ ?? [];
  host.innerHTML = renderDetail(
    item,
    related.filter((r) => r.id !== item.id),
  );
  document.title = `${item.desc?.slice(0, 40) ?? ''} | TikTok`;
}

function openModal() {
  let modal = document.querySelector('.ttk-browse-modal');
  if (!modal) {
    modal = document.createElement('div');
    modal.className = 'ttk-browse-modal TUXModal';
    modal.innerHTML = '<button data-e2e="browse-close" aria-label="Close">✕</button><div class="ttk-modal-body"></div>';
    document.body.append(modal);
    modal.querySelector('[data-e2e="browse-close"]').addEventListener('click', () => {
      modal.remove();
      history.pushState({}, '', window.__TTK_PROFILE_PATH__ ?? '/');
    });
  }
  return modal.querySelector('.ttk-modal-body');
}

function loadComments(id, panel) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', `/api/comment/list/?aweme_id=${id}&count=20&cursor=0&${apiParams}`);
  xhr.responseType = 'json';
  xhr.onload = () => {
    panel.innerHTML = renderComments(xhr.response?.comments ?? []);
    panel.hidden = false;
  };
  xhr.send();
}

document.addEventListener('click', (e) => {
  const link = e.target.closest?.('[data-spa-video]');
  if (link) {
    e.preventDefault();
    const modal = link.hasAttribute('data-browse-modal');
    history.pushState({ id: link.dataset.spaVideo }, '', link.getAttribute('href'));
    void showVideo(link.dataset.spaVideo, { modal });
    return;
  }
  const open = e.target.closest?.('.ttk-open-comments');
  if (open) {
    const root = open.closest('[data-video-id]') ?? open.closest('article');
    const id = root?.dataset.videoId ?? videoIdFromPath();
    const panel = root?.querySelector('[data-e2e="comment-list"]');
    if (id && panel) loadComments(id, panel);
  }
});

window.addEventListener('popstate', () => {
  const id = videoIdFromPath();
  if (id && document.querySelector('#ttk-main .ttk-detail')) void showVideo(id);
});

async function loadFeedBatch() {
  const feed = document.querySelector('#ttk-feed');
  if (!feed || feed.dataset.loading) return;
  feed.dataset.loading = '1';
  const res = await fetch(`/api/recommend/item_list/?count=6&${apiParams}`);
  const body = await res.json();
  const start = feed.querySelectorAll('article').length;
  const seen = new Set([...feed.querySelectorAll('[id^="xgwrapper-"]')].map((el) => el.id.split('-').pop()));
  const fresh = (body.itemList ?? []).filter((item) => !item.liveRoomInfo && !seen.has(item.id));
  feed.insertAdjacentHTML('beforeend', fresh.map((item, i) => renderFeedItem(item, start + i)).join(''));
  delete feed.dataset.loading;
}

async function loadProfileGrid() {
  const grid = document.querySelector('[data-e2e="user-post-item-list"]');
  if (!grid) return;
  const res = await fetch(
    `/api/post/item_list/?secUid=${encodeURIComponent(grid.dataset.secUid ?? '')}&count=35&cursor=0&${apiParams}`,
  );
  const body = await res.json();
  grid.innerHTML = (body.itemList ?? [])
    .map(
      (item) => `<div data-e2e="user-post-item" class="ttk-tile">
        <a data-spa-video="${item.id}" data-browse-modal href="/@${item.author.uniqueId}/video/${item.id}">
          <div class="ttk-tile-img" aria-hidden="true"></div>
          <strong data-e2e="video-views">${item.stats.playCount >= 1e6 ? (item.stats.playCount / 1e6).toFixed(1) + 'M' : item.stats.playCount}</strong>
        </a>
        <div data-e2e="user-post-item-desc">${item.desc.replace(/[<>&]/g, '')}</div>
      </div>`,
    )
    .join('');
}

if (document.querySelector('#ttk-feed')) {
  void loadFeedBatch();
  window.addEventListener('scroll', () => {
    if (innerHeight + scrollY > document.body.scrollHeight - 400) void loadFeedBatch();
  });
}
void loadProfileGrid();
