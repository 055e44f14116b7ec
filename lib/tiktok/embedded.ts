/**
 * The JSON TikTok embeds in the first page it serves: `__UNIVERSAL_DATA_FOR_REHYDRATION__` (2024+), `SIGI_STATE`
 * (2022–early 2024) and `__NEXT_DATA__` (2020–22). The blob is never rewritten after SPA navigation, so the result
 * says which page it describes (`pageUrl`, from `seo.abtest.canonical`) and whether that is still `url` (`stale`).
 */
import type { Author, DataSource, PageProblem, VideoRecord } from '@/lib/schemas/video';
import { profileOf } from './author';
import { arr, isObj, obj, str, type Obj } from './coerce';
import { normalizeItem } from './normalize';
import { problemFromStatus } from './page-state';
import { SCRIPT_IDS } from './selectors';
import { toUrl, videoIdFromUrl } from './urls';

export type EmbeddedFormat = 'universal' | 'sigi' | 'next-data';

export interface EmbeddedResult {
  format: EmbeddedFormat | null;
  videos: VideoRecord[];
  authors: Author[];
  /** Problem of the page the blob describes (private, not found, age-restricted…), with the id it concerns. */
  problem: PageProblem | null;
  problemVideoId: string | null;
  /** The URL the blob was rendered for (canonical when the blob names it, else the `url` given). */
  pageUrl: string | null;
  /** The detail item id of a video page blob (null on feed/profile pages). */
  pageVideoId: string | null;
  /** True when the blob describes another video than the one in `url` (the user navigated in-app since). */
  stale: boolean;
  /** Ids of LIVE cards in a feed list (`webapp.updated-items`): streams, not posts. */
  live: string[];
  skipped: string[];
}

export interface EmbeddedOptions {
  /** The URL the tab shows now (location.href). */
  url?: string;
  capturedAt?: number;
}

const MAX_SCRIPT_CHARS = 20 * 1024 * 1024;
const MAX_ITEMS = 300;

function emptyResult(): EmbeddedResult {
  return {
    format: null,
    videos: [],
    authors: [],
    problem: null,
    problemVideoId: null,
    pageUrl: null,
    pageVideoId: null,
    stale: false,
    live: [],
    skipped: [],
  };
}

/** Reads whichever embedded blob the document has. Never throws. */
export function readEmbedded(doc: Document, opts: EmbeddedOptions = {}): EmbeddedResult {
  try {
    for (const [format, ids] of SCRIPT_IDS) {
      for (const id of ids) {
        const el = doc.getElementById(id);
        if (el?.textContent) return readEmbeddedJson(el.textContent, { ...opts, format });
      }
    }
    // Oldest SIGI form: an inline script `window['SIGI_STATE']={…};window['SIGI_RETRY']=…`.
    for (const s of Array.from(doc.scripts).slice(0, 200)) {
      const t = s.textContent ?? '';
      const m = /^\s*window\[['"]SIGI_STATE['"]\]\s*=\s*/.exec(t);
      if (!m) continue;
      const end = t.indexOf(";window['SIGI_RETRY']");
      return readEmbeddedJson(t.slice(m[0].length, end > 0 ? end : undefined), { ...opts, format: 'sigi' });
    }
  } catch {
    /* fall through: a hostile or half-built document reads as "no data" */
  }
  return emptyResult();
}

/** Reads the text of one embedded script; the format is detected from its keys unless given. */
export function readEmbeddedJson(
  scriptText: string,
  opts: EmbeddedOptions & { format?: EmbeddedFormat } = {},
): EmbeddedResult {
  if (typeof scriptText !== 'string' || scriptText.length > MAX_SCRIPT_CHARS) return emptyResult();
  let data: unknown =
    opts.format === undefined || opts.format === 'universal' ? parseScopesWeRead(scriptText) : undefined;
  try {
    data ??= JSON.parse(scriptText);
  } catch {
    return emptyResult();
  }
  try {
    return fromParsed(data, opts);
  } catch {
    return emptyResult();
  }
}

/**
 * The universal blob is `{"__DEFAULT_SCOPE__":{…scopes…}}` and the scopes we read come after the big ones we do not
 * (app-context, biz-context and the ~200 kB `webapp.i18n-translation` on real pages). Parse only the tail that starts
 * at the first scope we read; anything unexpected (other key order, a key found inside a string or nested object,
 * which leaves the slice unbalanced) returns undefined and the caller parses the whole text.
 */
const ROOT = /^\s*\{\s*"__DEFAULT_SCOPE__"\s*:\s*\{/;
// One left-to-right scan that stops at the first scope we read (indexOf per key would scan the whole text for
// each absent key). A leading literal quote keeps the regex on its fast path.
const SCOPE_KEY = /"(?:seo\.abtest|webapp\.(?:video-detail|updated-items|user-detail))"\s*:/g;

function parseScopesWeRead(text: string): unknown {
  const root = ROOT.exec(text);
  if (!root) return undefined;
  SCOPE_KEY.lastIndex = root[0].length;
  const m = SCOPE_KEY.exec(text);
  const end = text.lastIndexOf('}');
  if (!m || end <= m.index) return undefined;
  // Must be a key of __DEFAULT_SCOPE__ itself: preceded by "," (or the opening brace), not by a backslash.
  let i = m.index - 1;
  while (i > 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== ',' && i !== root[0].length - 1) return undefined;
  try {
    const scopes = JSON.parse(`{${text.slice(m.index, end)}`);
    return isObj(scopes) ? { __DEFAULT_SCOPE__: scopes } : undefined;
  } catch {
    return undefined;
  }
}

function fromParsed(data: unknown, opts: EmbeddedOptions & { format?: EmbeddedFormat }): EmbeddedResult {
  if (!isObj(data)) return emptyResult();
  const capturedAt = opts.capturedAt ?? Date.now();
  const format: EmbeddedFormat | null =
    opts.format ??
    (isObj(data.__DEFAULT_SCOPE__)
      ? 'universal'
      : isObj(data.ItemModule) || isObj(data.UserModule)
        ? 'sigi'
        : isObj(data.props)
          ? 'next-data'
          : null);
  if (format === 'universal') return universal(obj(data.__DEFAULT_SCOPE__), opts.url, capturedAt);
  if (format === 'sigi') return sigi(data, opts.url, capturedAt);
  if (format === 'next-data') return nextData(data, opts.url, capturedAt);
  return emptyResult();
}

interface Collected {
  format: EmbeddedFormat;
  source: DataSource;
  items: unknown[];
  detail: { status: unknown; item: unknown } | null;
  authors: Author[];
  canonical: string | null;
  /** statusCode of a profile page (private account, not found). */
  userStatus?: unknown;
}

function universal(scope: Obj, url: string | undefined, capturedAt: number): EmbeddedResult {
  const vd = scope['webapp.video-detail'];
  const ud = obj(scope['webapp.user-detail']);
  const info = obj(ud.userInfo);
  const profile = profileOf(info.user, info.statsV2, info.stats, capturedAt);
  // updated-items is an array of item structs; some code also sees `[{ itemStruct }]`.
  const updated = arr(scope['webapp.updated-items']).map((i) => (isObj(i) && isObj(i.itemStruct) ? i.itemStruct : i));
  return finish(
    {
      format: 'universal',
      source: 'rehydration',
      items: [...updated, ...arr(info.itemList)],
      detail: isObj(vd) ? { status: vd.statusCode, item: obj(vd.itemInfo).itemStruct } : null,
      authors: profile ? [profile] : [],
      canonical: str(obj(scope['seo.abtest']).canonical, 2048),
      userStatus: isObj(scope['webapp.user-detail']) ? ud.statusCode : undefined,
    },
    url,
    capturedAt,
  );
}

function sigi(data: Obj, url: string | undefined, capturedAt: number): EmbeddedResult {
  const users = obj(obj(data.UserModule).users);
  const stats = obj(obj(data.UserModule).stats);
  const authors = Object.keys(users)
    .slice(0, 100)
    .map((handle) => profileOf(users[handle], null, stats[handle], capturedAt))
    .filter((a): a is Author => a !== null);
  const page = obj(data.VideoPage);
  const canonical =
    str(obj(data.SEOState).canonical, 2048) ?? str(obj(obj(data.SEOState).metaParams).canonicalHref, 2048);
  const itemModule = obj(data.ItemModule);
  const pageId = videoIdFromUrl(canonical ?? url ?? '');
  return finish(
    {
      format: 'sigi',
      source: 'sigi',
      items: Object.values(itemModule),
      detail: isObj(data.VideoPage) ? { status: page.statusCode, item: pageId ? itemModule[pageId] : null } : null,
      authors,
      canonical,
      userStatus: obj(data.UserPage).statusCode,
    },
    url,
    capturedAt,
  );
}

function nextData(data: Obj, url: string | undefined, capturedAt: number): EmbeddedResult {
  const props = obj(obj(data.props).pageProps);
  return finish(
    {
      format: 'next-data',
      source: 'next-data',
      items: [],
      detail: { status: props.statusCode, item: obj(props.itemInfo).itemStruct },
      authors: [],
      canonical: null,
    },
    url,
    capturedAt,
  );
}

function finish(c: Collected, url: string | undefined, capturedAt: number): EmbeddedResult {
  const out = emptyResult();
  out.format = c.format;
  out.authors = c.authors;
  out.pageUrl = c.canonical ?? (url ? (toUrl(url)?.href ?? null) : null);
  const authors = new Map(c.authors.map((a) => [a.handle, a]));
  const pageUrlId = out.pageUrl ? videoIdFromUrl(out.pageUrl) : null;
  const detailItem = isObj(c.detail?.item) ? c.detail.item : null;

  if (detailItem) {
    const r = normalizeItem(detailItem, { source: c.source, capturedAt, authors });
    out.pageVideoId = r.ok ? r.record.id : (r.id ?? null);
    if (r.ok) out.videos.push(r.record);
    else out.skipped.push(r.reason);
    if (!r.ok && r.live) setProblem(out, 'live', out.pageVideoId);
    // isContentClassified with no `video`: TikTok withheld the post until an adult account signs in.
    if (r.ok && r.record.flags.ageRestricted === true && !isObj(detailItem.video)) {
      setProblem(out, 'age-restricted', r.record.id);
    }
  }
  for (const item of c.items.filter((i) => i !== detailItem).slice(0, MAX_ITEMS)) {
    const r = normalizeItem(item, { source: c.source, capturedAt, authors });
    if (r.ok) out.videos.push(r.record);
    else out.skipped.push(r.reason);
    if (!r.ok && r.live && r.id) out.live.push(r.id);
  }
  // SIGI video pages key the item by id only; the page's id comes from its URL.
  if (!out.pageVideoId && c.detail && pageUrlId) out.pageVideoId = pageUrlId;
  const status = problemFromStatus(c.detail?.status) ?? problemFromStatus(c.userStatus);
  if (status && !out.problem) setProblem(out, status, out.pageVideoId);
  out.stale = url !== undefined && isStale(out, url);
  return out;
}

/** The blob describes another page than `url`: another video id, or (for id-less pages) another path. */
function isStale(out: EmbeddedResult, url: string): boolean {
  const now = toUrl(url);
  if (!now) return false;
  const nowId = videoIdFromUrl(now);
  const blobId = out.pageVideoId ?? (out.pageUrl ? videoIdFromUrl(out.pageUrl) : null);
  if (blobId !== nowId) return true;
  if (blobId !== null || !out.pageUrl) return false;
  const blobPath = toUrl(out.pageUrl)?.pathname.replace(/\/$/, '').toLowerCase();
  return blobPath !== now.pathname.replace(/\/$/, '').toLowerCase();
}

function setProblem(out: EmbeddedResult, problem: PageProblem, videoId: string | null): void {
  out.problem = problem;
  out.problemVideoId = videoId;
}
