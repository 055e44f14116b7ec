/**
 * THE only place a TikTok selector is written. Each carries the date (and source) it was last seen;
 * REFERENCE §4 has the evidence. `data-e2e` hooks first, CSS-in-JS class substrings only as a last resort.
 * Lists are tried in order: newest variant first.
 */
import type { EmbeddedFormat } from './embedded';

/** `<script id>` of each embedded blob, newest first. */
export const SCRIPT_IDS: ReadonlyArray<readonly [EmbeddedFormat, readonly string[]]> = [
  ['universal', ['__UNIVERSAL_DATA_FOR_REHYDRATION__']], // 2024-03 → 2026-10 (yt-dlp d9b4154cbc, samples 01/02)
  ['sigi', ['SIGI_STATE', 'sigi-persisted-data']], // 2022 → early 2024 (sample 06, 2023-09)
  ['next-data', ['__NEXT_DATA__']], // 2020 → 2022 (yt-dlp pre-2024)
];

export const SEL = {
  /** For You / Following feed card, one per video. Seen 2026-10 (Xernnn/xrnsocial fixture). */
  feedItem: 'article[data-e2e="recommend-list-item-container"]',
  /** Player wrapper; its id is `xgwrapper-<n>-<videoId>`. Seen 2026-04 (sixem #46, many extensions). */
  player: '[id^="xgwrapper-"]',
  /** The <video> element itself, when no player wrapper id is found (markup changes). */
  videoElement: 'video',
  /** Caption: detail page / browse modal, then feed. Seen 2026-10. */
  caption: '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]',
  detailCaption: '[data-e2e="browse-video-desc"]',
  /** Hashtag links in a caption: 2026-10 `search-common-link`; older builds had plain /tag/ links. */
  hashtagLink: 'a[data-e2e="search-common-link"][href*="/tag/"], a[href^="/tag/"]',
  /** Author handle text: detail 2026, feed 2026-10; avatar link as fallback (href /@handle). */
  handle: '[data-e2e="browse-username"], [data-e2e="video-author-uniqueid"]',
  authorLink: 'a[data-e2e="video-author-avatar"][href*="/@"], a[data-e2e="browse-user-avatar"][href*="/@"]',
  /** "Nick · 3d ago" under the handle on the detail page (older builds): the name in a first <span>, or flat text. */
  nickname: '[data-e2e="browser-nickname"]',
  /** Inside it, the span that holds the name alone ("<span>Nick</span><span>·</span><span>3d ago</span>"). */
  nicknameName: 'span',
  /** Sound link `/music/<slug>-<id>`. Seen 2026-10. */
  music: '[data-e2e="video-music"], [data-e2e="browse-music"]',
  /** Counts. 2026-05: `like-count` etc. worked on 52 videos; `browse-*` variants kept as Jan-2026 alternates. */
  likes: '[data-e2e="like-count"], [data-e2e="browse-like-count"]',
  comments: '[data-e2e="comment-count"], [data-e2e="browse-comment-count"]',
  shares: '[data-e2e="share-count"]',
  /** Saves: `favorite-count` (2026), `undefined-count` (2022–2025), `bookmark-count` / `collect-count` (some code). */
  saves:
    '[data-e2e="favorite-count"], [data-e2e="undefined-count"], [data-e2e="bookmark-count"], [data-e2e="collect-count"]',
  /** Play count: only on profile grid tiles, not on the video page. Seen 2026-01. */
  views: '[data-e2e="video-views"]',
  /** Captcha: 2026 `captcha-verify-container-main-page`; older `tiktok-verify-ele` (Zeeschuimer tests). */
  captcha: '#captcha-verify-container-main-page, #tiktok-verify-ele, [class*="captcha_verify_container"]',
  /** Comment panel (2026-09, mono-agent): level-1 = top-level text, level-2 = reply text. */
  commentLevel1: '[data-e2e="comment-level-1"]',
  commentLevel2: '[data-e2e="comment-level-2"]',
} as const;

/** The video id inside a player wrapper id `xgwrapper-<n>-<videoId>`. */
export const PLAYER_ID_RE = /^xgwrapper-\d+-(\d{6,25})$/;
