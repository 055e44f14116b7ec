import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every payload the local TikTok site serves comes from a real capture in tests/fixtures/tiktok (see its
// PROVENANCE.md). Pages and API bodies for other videos are built by wrapping those real item structs in the
// envelope TikTok uses for that endpoint (shapes from ../shared/tiktok/REFERENCE.md §1 and §3); the synthetic
// states (private, not found, login wall, age-restricted, captcha, LIVE) are marked as such where they are built.

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/tiktok');
export const readSample = (file: string): any => JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
export const readSampleText = (file: string): string => readFileSync(join(fixtures, file), 'utf8');

/** Sample 01: the real video page (2026-06). The demo page. */
export const SAMPLE_01 = '01_universal_rehydration_video-detail_2026-06.json';
export const DEMO_VIDEO = { handle: 'w..corporation', id: '7606836476323597588' };
export const DEMO_PATH = `/@${DEMO_VIDEO.handle}/video/${DEMO_VIDEO.id}`;

/** Sample 07's first video: the one sample 04's real comments belong to (aweme_id 7603296357641735445). */
export const API_ONLY_VIDEO = { handle: 'dua_zahra014', id: '7603296357641735445' };

export const SPECIAL = {
  privateVideo: { handle: 'private.test', id: '7600000000000010216' },
  privateAccount: { handle: 'private.account', id: '7600000000000010222' },
  loginWall: { handle: 'login.test', id: '7600000000000010201' },
  ageRestricted: { handle: 'age.test', id: '7600000000000000018' },
  captcha: { handle: 'captcha.test', id: '7600000000000000099' },
  notFound: { handle: 'gone.test', id: '7600000000000010204' },
} as const;

export interface Catalogue {
  /** Real item structs by id (API shape), from samples 03, 03b, 05 and 07. */
  items: Map<string, any>;
  /** Items for the For You page's embedded `webapp.updated-items`. */
  feedItems: any[];
  /** Body of /api/recommend/item_list/ (sample 05, plus one synthetic LIVE card that must be skipped). */
  recommend: any;
  /** Body of /api/comment/list/ for API_ONLY_VIDEO (sample 04). */
  comments: any;
  /** Body of /api/post/item_list/ for @zg.520 (samples 03 + 03b). */
  posts: any;
  /** /api/user/detail/ body for @zg.520 (sample 03c). */
  userDetail: any;
  /** Sample 01's rehydration blob. */
  sample01: any;
  /** Sample 02's rehydration blob (profile @khanhiattm2). */
  sample02: any;
}

export function loadCatalogue(): Catalogue {
  const posts = readSample('03_api_post_item_list_2025-10.json').data; // relay wrapper {data: …} removed
  const popular = readSample('03b_api_user_popular_posts_2025-10.json').data;
  const recommend = readSample('05_api_recommend_item_list_2024-12.json');
  const search = readSample('07_api_search_general_2026-02.json');
  const searchItems = (search.data as any[]).filter((d) => d.item).map((d) => d.item);
  const sample01 = readSample(SAMPLE_01);
  const items = new Map<string, any>();
  for (const item of [...posts.itemList, ...popular.itemList, ...recommend.itemList, ...searchItems]) {
    items.set(String(item.id), item);
  }
  const detail01 = sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
  const liveCard = {
    // Synthetic LIVE card (shape per REFERENCE.md §2.6: `liveRoomInfo` present ⇒ skip it).
    id: '7600000000000000777',
    desc: 'LIVE now',
    author: { uniqueId: 'live.test', nickname: 'Live Test' },
    liveRoomInfo: { roomId: '7600000000000000778', status: 2, title: 'LIVE now' },
    stats: { diggCount: 0, shareCount: 0, commentCount: 0, playCount: 0, collectCount: 0 },
  };
  return {
    items,
    feedItems: [posts.itemList[0], ...searchItems.slice(0, 1), popular.itemList[0], detail01].filter(Boolean),
    recommend: { ...recommend, itemList: [...recommend.itemList, liveCard] },
    comments: readSample('04_api_comment_list_2026-02.json'),
    posts: { ...posts, itemList: [...posts.itemList, ...popular.itemList] },
    userDetail: readSample('03c_api_user_detail_2025-10.json').data,
    sample01,
    sample02: readSample('02_universal_rehydration_user-detail_2026-07.json'),
  };
}

/** A rehydration blob for a video page, built around a real item struct (same envelope as sample 01). */
export function videoDetailBlob(base: any, detail: Record<string, unknown>, path: string): any {
  const scope = { ...base.__DEFAULT_SCOPE__ };
  scope['webapp.video-detail'] = detail;
  // TikTok's SSR names the page it rendered; the borrowed envelope must name this page, not sample 01's.
  scope['seo.abtest'] = { ...scope['seo.abtest'], canonical: `https://www.tiktok.com${path}` };
  return { ...base, __DEFAULT_SCOPE__: scope };
}
