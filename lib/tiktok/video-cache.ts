/**
 * The isolated content script's memory of every video seen in this tab: embedded JSON, bridge (API) messages and
 * DOM reads, merged per id. `current()` answers "which video is on screen, and what do we know about it": the id in
 * the URL on /video/ and /photo/ pages and in the browse modal, else the feed card nearest the viewport centre.
 * The first page's blob is keyed by its own id, so after SPA navigation it can never stand in for another video.
 */
import type { Author, CaptionTrack, PageProblem, Transcript, VideoComment, VideoRecord } from '@/lib/schemas/video';
import { extractApi, type ApiExtract } from './api';
import type { BridgeInput } from './bridge-receiver';
import { pickCaptionTrack } from './caption-fetch';
import type { CommentBatch } from './comments';
import { findDetailScope, hasCaptcha, nearestFeedItem, readDomVideo } from './dom';
import { readEmbedded, type EmbeddedResult } from './embedded';
import { domOnly, mergeComments, mergeRecords, pickStat } from './merge';
import { problemMessage } from './page-state';
import { isLivePath, toUrl, videoIdFromPath } from './urls';
import { parseCaptions } from './webvtt';

export interface CurrentVideo {
  videoId: string | null;
  record: VideoRecord | null;
  /** Set when the page cannot give (all of) the video; `reason` is the sentence to show. */
  problem: PageProblem | null;
  reason: string | null;
  via: 'url' | 'feed' | null;
}

export interface CaptionFetch {
  videoId: string;
  track: CaptionTrack;
}

export interface VideoCacheOptions {
  now?: () => number;
  /** Videos kept (oldest forgotten first). A long scrolling session sees thousands. */
  maxVideos?: number;
  /** The page origin, to trust same-origin caption URLs (the local test site). */
  pageOrigin?: string;
}

type Listener = (videoIds: string[]) => void;
const FEED_PATHS = /^\/($|foryou|following|friends|explore)/;

function bounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
}

export class VideoCache {
  private readonly records = new Map<string, VideoRecord>();
  private readonly comments = new Map<string, { list: VideoComment[]; total: number | null }>();
  private readonly authors = new Map<string, Author>();
  private readonly problems = new Map<string, PageProblem>();
  private readonly captions = new Map<string, { state: 'pending' | 'done' | 'failed'; track: CaptionTrack }>();
  private readonly transcripts = new Map<string, Transcript>();
  private readonly listeners = new Set<Listener>();
  private readonly now: () => number;
  private readonly max: number;
  private readonly pageOrigin: string | undefined;

  constructor(opts: VideoCacheOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.max = opts.maxVideos ?? 500;
    this.pageOrigin = opts.pageOrigin;
  }

  /** Reads the embedded JSON of the document as first loaded. `url` = location.href now. */
  ingestDocument(doc: Document, url: string): EmbeddedResult {
    const result = readEmbedded(doc, { url, capturedAt: this.now() });
    this.ingestEmbedded(result);
    return result;
  }

  ingestEmbedded(result: EmbeddedResult): void {
    for (const a of result.authors) this.addAuthor(a);
    if (result.problem) {
      const path = result.pageUrl ? toUrl(result.pageUrl)?.pathname : null;
      const key = result.problemVideoId ?? (path ? `path:${path.toLowerCase()}` : null);
      if (key) bounded(this.problems, key, result.problem, this.max);
    }
    this.markLive(result.live);
    this.addRecords(result.videos);
  }

  /** An API response body (already parsed), e.g. from a test or the bridge. */
  ingestApi(url: string, body: unknown, base?: string): ApiExtract {
    const result = extractApi(url, body, this.now(), base);
    for (const a of result.authors) this.addAuthor(a);
    if (result.problem?.videoId) bounded(this.problems, result.problem.videoId, result.problem.problem, this.max);
    this.markLive(result.live);
    for (const batch of result.comments) this.addComments(batch);
    this.addRecords(result.videos);
    return result;
  }

  ingestBridge(msg: BridgeInput): void {
    if (msg.kind === 'api') this.ingestApi(msg.url, msg.body);
    else this.emit([]);
  }

  /** A record read elsewhere (DOM, import). Merged like any other read. */
  ingestRecord(record: VideoRecord): void {
    this.addRecords([record]);
  }

  /** The merged record for an id, with comments, transcript and known author followers attached. */
  get(id: string): VideoRecord | null {
    const base = this.records.get(id);
    if (!base) return null;
    const c = this.comments.get(id);
    const author = this.authors.get(base.author.handle);
    return {
      ...base,
      author: author ? { ...base.author, followers: pickStat(author.followers, base.author.followers) } : base.author,
      comments: c ? mergeComments(base.comments, c.list) : base.comments,
      commentsTotal: c?.total ?? base.commentsTotal,
      transcript: this.transcripts.get(id) ?? base.transcript,
    };
  }

  current(location: string | URL | { href: string }, doc: Document): CurrentVideo {
    const url = toUrl(location);
    if (!url) return this.problem(null, 'not-a-video-page', null);
    const urlId = videoIdFromPath(url.pathname);
    if (urlId) return this.resolve(urlId, 'url', findDetailScope(doc, urlId), doc, url.href);
    const card = nearestFeedItem(doc);
    if (card?.videoId) return this.resolve(card.videoId, 'feed', card.element, doc, url.href);
    const pathProblem = this.problems.get(`path:${url.pathname.toLowerCase()}`);
    if (pathProblem) return this.problem(null, pathProblem, null);
    if (hasCaptcha(doc)) return this.problem(null, 'captcha', null);
    if (isLivePath(url.pathname)) return this.problem(null, 'live', null);
    return this.problem(null, card || FEED_PATHS.test(url.pathname) ? 'no-data' : 'not-a-video-page', null);
  }

  /** Caption tracks worth fetching now (one per video, ASR first); each is handed out once. */
  pendingCaptionFetches(opts: { videoIds?: readonly string[]; limit?: number } = {}): CaptionFetch[] {
    const ids = opts.videoIds ?? [...this.records.keys()].reverse();
    const out: CaptionFetch[] = [];
    for (const id of ids) {
      if (out.length >= (opts.limit ?? 3)) break;
      const record = this.records.get(id);
      if (!record || this.captions.has(id) || this.transcripts.has(id)) continue;
      const track = pickCaptionTrack(record.captionTracks, this.now(), this.pageOrigin);
      if (!track) continue;
      this.captions.set(id, { state: 'pending', track });
      out.push({ videoId: id, track });
    }
    return out;
  }

  /** Stores the fetched caption file as the video's transcript. Returns false when it held no cue. */
  attachTranscript(videoId: string, captionText: string): boolean {
    const pending = this.captions.get(videoId);
    const track = pending?.track ?? this.records.get(videoId)?.captionTracks[0];
    const cues = parseCaptions(captionText);
    if (!track || cues.length === 0) {
      if (pending) pending.state = 'failed';
      return false;
    }
    this.captions.set(videoId, { state: 'done', track });
    bounded(
      this.transcripts,
      videoId,
      { language: track.language, source: track.source, cues, fetchedAt: this.now() },
      this.max,
    );
    this.emit([videoId]);
    return true;
  }

  /** A caption fetch failed (expired URL, network): a normal case; it is not retried. */
  captionFetchFailed(videoId: string): void {
    const pending = this.captions.get(videoId);
    if (pending) pending.state = 'failed';
  }

  /** Called with the ids that changed (empty list = navigation). Returns an unsubscribe function. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * What is known about video `id`, shown in `scope` (its own container, or null). A record known only from the page
   * text is read again each time: TikTok may not have drawn the counts at the first read. JSON is never re-read.
   */
  resolve(id: string, via: 'url' | 'feed', scope: Element | null, doc: Document, href: string): CurrentVideo {
    // A LIVE card (known from a feed response) is a stream: its page text must not become a video record.
    if (this.problems.get(id) === 'live') return this.problem(id, 'live', via);
    let record = this.get(id);
    if (scope && (!record || domOnly(record))) {
      const dom = readDomVideo(scope, { videoId: id, url: href, capturedAt: this.now() });
      if (dom) {
        const prev = this.records.get(id);
        // Silently: current() is a read, listeners need no echo (a reload on each echo would read again, forever).
        bounded(this.records, id, prev ? mergeRecords(prev, dom) : dom, this.max);
        record = this.get(id);
      }
    }
    // A status-only blob (private, login wall, not found) names no item id: it is keyed by the page's path.
    const pathProblem = via === 'url' ? this.problems.get(`path:${toUrl(href)?.pathname.toLowerCase()}`) : undefined;
    const problem = this.problems.get(id) ?? pathProblem ?? null;
    if (record) {
      const restricted = problem === 'age-restricted' ? problem : null;
      return { videoId: id, record, problem: restricted, reason: restricted && problemMessage(restricted), via };
    }
    return this.problem(id, problem ?? (hasCaptcha(doc) ? 'captcha' : 'no-data'), via);
  }

  private problem(videoId: string | null, problem: PageProblem, via: CurrentVideo['via']): CurrentVideo {
    return { videoId, record: null, problem, reason: problemMessage(problem), via };
  }

  /** LIVE cards of a feed list: remembered so that their on-screen card is never read as a post. */
  private markLive(ids: string[]): void {
    for (const id of ids) bounded(this.problems, id, 'live', this.max);
  }

  private addRecords(records: VideoRecord[]): void {
    if (!records.length) return;
    for (const r of records) {
      const prev = this.records.get(r.id);
      bounded(this.records, r.id, prev ? mergeRecords(prev, r) : r, this.max);
      // Fresh data for an id clears a problem an earlier response reported (e.g. a login wall since lifted).
      if (this.problems.get(r.id) !== 'age-restricted') this.problems.delete(r.id);
    }
    this.emit(records.map((r) => r.id));
  }

  private addComments(batch: CommentBatch): void {
    const prev = this.comments.get(batch.videoId);
    const list = mergeComments(prev?.list ?? [], batch.comments);
    bounded(this.comments, batch.videoId, { list, total: batch.total ?? prev?.total ?? null }, this.max);
    this.emit([batch.videoId]);
  }

  private addAuthor(author: Author): void {
    const prev = this.authors.get(author.handle);
    const merged = prev ? { ...prev, ...author, followers: pickStat(prev.followers, author.followers) } : author;
    bounded(this.authors, author.handle, merged, this.max);
  }

  private emit(ids: string[]): void {
    for (const l of this.listeners) {
      try {
        l(ids);
      } catch {
        /* a listener bug must not stop ingestion */
      }
    }
  }
}
