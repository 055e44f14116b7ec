import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixed capture time, so every stat's capturedAt is known. */
export const T = Date.UTC(2026, 6, 1, 12);

const dir = join(__dirname, '../../fixtures/tiktok');

export function fixtureText(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

export function fixtureJson<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export const F = {
  videoPage: '01_universal_rehydration_video-detail_2026-06.json',
  profilePage: '02_universal_rehydration_user-detail_2026-07.json',
  postList: '03_api_post_item_list_2025-10.json',
  popularList: '03b_api_user_popular_posts_2025-10.json',
  userDetail: '03c_api_user_detail_2025-10.json',
  comments: '04_api_comment_list_2026-02.json',
  recommend: '05_api_recommend_item_list_2024-12.json',
  sigiProfile: '06_sigi_state_user-page_2023-09.json',
  search: '07_api_search_general_2026-02.json',
} as const;

/** A page whose <head> carries one embedded blob under the given script id, plus optional body HTML. */
export function pageHtml(scriptId: string, json: string, body = ''): string {
  const safe = json.replace(/</g, '\\u003c'); // as TikTok escapes it: no "</script>" inside the blob
  return `<!doctype html><html><head><script id="${scriptId}" type="application/json">${safe}</script></head><body>${body}</body></html>`;
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
