import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  API_ONLY_VIDEO,
  DEMO_VIDEO,
  loadCatalogue,
  readSampleText,
  SAMPLE_01,
  SPECIAL,
  videoDetailBlob,
} from './catalogue';
import { detailBody, feedBody, messageBody, profileBody, scriptJson, shell } from './pages';

/**
 * The local TikTok test site. Serves TikTok's page paths with real captured data and answers TikTok's API paths
 * from recorded payloads. Chromium reaches it as http://www.tiktok.com:PORT through --host-resolver-rules.
 *
 * Page variants for bad-input tests: `?ss_variant=broken-json` (truncated rehydration JSON),
 * `?ss_variant=dom-only` (no embedded JSON at all), `?theme=dark`.
 */
export interface Site {
  port: number;
  /** http://www.tiktok.com:PORT */
  origin: string;
  close(): Promise<void>;
  /** API paths requested so far (for tests that check the page's own traffic). */
  requests: string[];
}

/** Synthetic transcript in sample 01's language (por-PT), shaped like TikTok's ASR WebVTT. */
const DEMO_CAPTIONS = `WEBVTT

NOTE synthetic test caption (Spark Scout test site); the real file sat behind an expired signed URL

00:00:00.000 --> 00:00:02.800
Você já imaginou ter o seu próprio Jarvis?

00:00:02.800 --> 00:00:05.600
Hoje eu te mostro a parte quatro, passo a passo.
`;

const publicDir = join(dirname(fileURLToPath(import.meta.url)), 'public');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

export async function startSite(port = 0): Promise<Site> {
  const cat = loadCatalogue();
  const sample01Text = readSampleText(SAMPLE_01);
  const requests: string[] = [];
  // "More videos" on every video page (the current one left out): the API-only video first, then the demo video,
  // then the other captured items, so tests can click back and forth between pages known only from the API.
  const demoItem = cat.sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct;
  const others = [...cat.items.values()].filter((i) => ![DEMO_VIDEO.id, API_ONLY_VIDEO.id].includes(String(i.id)));
  const relatedFirst = [cat.items.get(API_ONLY_VIDEO.id), demoItem, ...others].slice(0, 6);

  function send(res: ServerResponse, status: number, type: string, body: string) {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  }
  const json = (res: ServerResponse, body: unknown) => send(res, 200, 'application/json', JSON.stringify(body));

  function videoPage(url: URL, handle: string, id: string, origin: string): { status: number; html: string } {
    const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
    const variant = url.searchParams.get('ss_variant');
    const appData = { __TTK_RELATED__: relatedFirst };
    const page = (universal: string | undefined, body: string, status = 200) => ({
      status,
      html: shell({ title: `@${handle} | TikTok`, universal, body, theme, appData }),
    });
    const base = cat.sample01;
    const detailFor = (detail: Record<string, unknown>) =>
      scriptJson(JSON.stringify(videoDetailBlob(base, detail, `/@${handle}/video/${id}`)));

    // Synthetic page states (status codes per REFERENCE.md §1.1, from yt-dlp / TikTok-Api).
    if (id === SPECIAL.privateVideo.id)
      return page(
        detailFor({ statusCode: 10216, statusMsg: 'item is private' }),
        messageBody('private-video', 'This video is private'),
      );
    if (id === SPECIAL.privateAccount.id)
      return page(
        detailFor({ statusCode: 10222, statusMsg: 'author is private' }),
        messageBody('private-account', 'This account is private'),
      );
    if (id === SPECIAL.loginWall.id)
      return page(
        detailFor({ statusCode: 10201, statusMsg: 'login required' }),
        messageBody('login-wall', 'Log in to TikTok'),
      );
    if (id === SPECIAL.notFound.id)
      return page(
        detailFor({ statusCode: 10204, statusMsg: "item doesn't exist" }),
        messageBody('video-unavailable', "Couldn't find this video"),
      );
    if (id === SPECIAL.ageRestricted.id) {
      const item = { id, desc: '', author: { uniqueId: handle }, isContentClassified: true };
      return page(
        detailFor({ statusCode: 0, itemInfo: { itemStruct: item } }),
        messageBody('age-restricted', 'This video may be inappropriate for some users. Log in to confirm your age.'),
      );
    }
    if (id === SPECIAL.captcha.id) {
      return {
        status: 200,
        html: shell({
          title: 'Security Check',
          body: '<div id="captcha-verify-container-main-page"><p>Drag the slider to fit the puzzle</p></div>',
          theme,
        }),
      };
    }

    const item =
      id === DEMO_VIDEO.id ? base.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct : cat.items.get(id);
    // TikTok answers an unknown video with HTTP 200 and statusCode 10204 in the page data.
    if (!item)
      return page(
        detailFor({ statusCode: 10204, statusMsg: "item doesn't exist" }),
        messageBody('video-unavailable', "Couldn't find this video"),
      );
    const rel = relatedFirst.filter((r) => r.id !== id);
    const body = detailBody(item, rel);
    if (variant === 'dom-only') return page(undefined, body);
    if (variant === 'broken-json')
      return page(scriptJson(sample01Text.slice(0, Math.floor(sample01Text.length / 2))), body);
    if (variant === 'captions' && id === DEMO_VIDEO.id) {
      // Sample 01's real ASR track, pointed at this site (the captured URL expired in 2026-07) with a fresh expiry.
      const blob = structuredClone(base);
      const video = blob.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct.video;
      video.subtitleInfos[0].Url = `${origin}/captions/${id}.vtt`;
      video.subtitleInfos[0].UrlExpire = String(Math.floor(Date.now() / 1000) + 2 * 86_400);
      delete video.claInfo;
      return page(scriptJson(JSON.stringify(blob)), body);
    }
    if (id === DEMO_VIDEO.id) return page(scriptJson(sample01Text), body);
    return page(
      detailFor({
        statusCode: 0,
        statusMsg: '',
        itemInfo: { itemStruct: item },
        shareMeta: { title: '', desc: item.desc },
      }),
      body,
    );
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://www.tiktok.com');
    const path = decodeURIComponent(url.pathname);
    const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
    if (path.startsWith('/api/')) requests.push(path + url.search);

    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    // Synthetic WebVTT for ?ss_variant=captions (sample 01's real caption file could not be captured: signed URL).
    if (path === `/captions/${DEMO_VIDEO.id}.vtt`) return send(res, 200, 'text/vtt', DEMO_CAPTIONS);
    if (/^\/(app|render)\.js$|^\/site\.css$/.test(path)) {
      const file = path.slice(1);
      return send(res, 200, TYPES[file.slice(file.lastIndexOf('.'))]!, readFileSync(join(publicDir, file), 'utf8'));
    }
    if (path === '/api/item/detail/') {
      const item =
        cat.items.get(url.searchParams.get('itemId') ?? '') ??
        (url.searchParams.get('itemId') === DEMO_VIDEO.id
          ? cat.sample01.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct
          : undefined);
      if (!item) return json(res, { statusCode: 10204, status_code: 10204, status_msg: "item doesn't exist" });
      return json(res, {
        itemInfo: { itemStruct: item },
        shareMeta: { title: '', desc: item.desc },
        statusCode: 0,
        status_code: 0,
        status_msg: '',
        extra: { now: Date.now() },
        log_pb: { impr_id: 'local' },
      });
    }
    if (path === '/api/recommend/item_list/') return json(res, cat.recommend);
    if (path === '/api/post/item_list/') return json(res, cat.posts);
    if (path === '/api/user/detail/') return json(res, cat.userDetail);
    if (path === '/api/comment/list/') {
      if (url.searchParams.get('aweme_id') === API_ONLY_VIDEO.id) return json(res, cat.comments);
      return json(res, { comments: [], cursor: 0, has_more: 0, total: 0, status_code: 0, status_msg: '' });
    }
    if (path.startsWith('/api/')) return json(res, { statusCode: 0, status_code: 0, itemList: [] });

    if (path === '/' || path === '/foryou') {
      const scope = { ...cat.sample01.__DEFAULT_SCOPE__ };
      delete scope['webapp.video-detail'];
      scope['webapp.updated-items'] = cat.feedItems;
      const universal = scriptJson(JSON.stringify({ ...cat.sample01, __DEFAULT_SCOPE__: scope }));
      return send(
        res,
        200,
        'text/html',
        shell({ title: 'TikTok - Make Your Day', universal, body: feedBody(cat.feedItems), theme }),
      );
    }
    const video = /^\/@([^/]+)\/(?:video|photo)\/(\d+)\/?$/.exec(path);
    if (video) {
      const { status, html } = videoPage(url, video[1]!, video[2]!, `http://${req.headers.host ?? 'www.tiktok.com'}`);
      return send(res, status, 'text/html', html);
    }
    if (/^\/@[^/]+\/live\/?$/.test(path)) {
      // Synthetic LIVE page: no video-detail scope, a live room instead.
      return send(
        res,
        200,
        'text/html',
        shell({
          title: 'LIVE | TikTok',
          body: '<div data-e2e="live-room" class="ttk-message"><p>LIVE</p></div>',
          theme,
        }),
      );
    }
    const profile = /^\/@([^/]+)\/?$/.exec(path);
    if (profile) {
      if (profile[1] === 'khanhiattm2') {
        const info = cat.sample02.__DEFAULT_SCOPE__['webapp.user-detail'].userInfo;
        const universal = scriptJson(JSON.stringify(cat.sample02));
        return send(
          res,
          200,
          'text/html',
          shell({
            title: '@khanhiattm2 | TikTok',
            universal,
            body: profileBody(info.user, info.stats, info.user.secUid),
            theme,
          }),
        );
      }
      if (profile[1] === 'zg.520') {
        const info = cat.userDetail.userInfo;
        const scope = {
          ...cat.sample02.__DEFAULT_SCOPE__,
          'webapp.user-detail': {
            userInfo: { ...info, itemList: [] },
            shareMeta: cat.userDetail.shareMeta,
            statusCode: 0,
            statusMsg: '',
          },
        };
        const universal = scriptJson(JSON.stringify({ ...cat.sample02, __DEFAULT_SCOPE__: scope }));
        return send(
          res,
          200,
          'text/html',
          shell({
            title: '@zg.520 | TikTok',
            universal,
            body: profileBody(info.user, info.stats, info.user.secUid),
            theme,
            appData: { __TTK_PROFILE_PATH__: '/@zg.520', __TTK_RELATED__: [] },
          }),
        );
      }
    }
    send(
      res,
      404,
      'text/html',
      shell({ title: 'Page not available', body: messageBody('page-not-found', "Couldn't find this page"), theme }),
    );
  }

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (err) {
      send(res, 500, 'text/plain', String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    origin: `http://www.tiktok.com:${actual}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
