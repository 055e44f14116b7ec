import fc from 'fast-check';
import type { RecordSet } from '@/lib/export/incoming';
import { AUTH_STATUSES, type Authorization } from '@/lib/schemas/authorization';
import {
  BANDS,
  ELIGIBILITY_REASONS,
  FACTORS,
  OBJECTIVES,
  POLICY_CATEGORIES,
  type ScoreResult,
} from '@/lib/schemas/score';
import { INDUSTRIES, MARKETS, type Settings } from '@/lib/schemas/settings';
import { SHORTLIST_STATUSES, type ShortlistEntry, type StatsSnapshot } from '@/lib/schemas/shortlist';
import type { VideoRecord } from '@/lib/schemas/video';

/** Arbitrary records that pass the shared schemas: any text (emoji, quotes, newlines), edge numbers, nulls. */

const text = fc.string({ unit: 'grapheme', maxLength: 24 });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
// JSON writes -0 as 0; records never hold -0, so `+ 0` normalizes it away.
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => x + 0);
const stat = nullable(
  fc.record({
    value: fc.integer({ min: 0, max: 1e13 }),
    exact: fc.boolean(),
    source: fc.constantFrom('statsV2', 'stats', 'dom', 'import' as const),
    capturedAt: time,
  }),
);
const flag = nullable(fc.boolean());

export const videoIdArb = fc.bigInt({ min: 1n, max: 9_999_999_999_999_999_999n }).map(String);

export const videoArb = (id: string): fc.Arbitrary<VideoRecord> =>
  fc.record({
    id: fc.constant(id),
    url: text.map((h) => `https://www.tiktok.com/@${encodeURIComponent(h)}/video/${id}`),
    author: fc.record({
      id: nullable(text),
      handle: text,
      nickname: nullable(text),
      verified: flag,
      followers: stat,
      secUid: nullable(text),
    }),
    caption: fc.string({ unit: 'grapheme', maxLength: 200 }),
    hashtags: fc.array(text, { maxLength: 4 }),
    mentions: fc.array(text, { maxLength: 2 }),
    postedAt: nullable(time),
    postedAtSource: nullable(fc.constantFrom('createTime', 'id' as const)),
    durationSec: nullable(real(0, 3600)),
    sound: nullable(fc.record({ id: nullable(text), title: nullable(text), author: nullable(text), original: flag })),
    stats: fc.record({ views: stat, likes: stat, comments: stat, shares: stat, saves: stat }),
    flags: fc.record({
      isAd: flag,
      brandedContent: flag,
      private: flag,
      photo: flag,
      story: flag,
      duetEnabled: flag,
      stitchEnabled: flag,
      commentsEnabled: flag,
      aiGenerated: flag,
      ageRestricted: flag,
      isDuetOrStitch: flag,
    }),
    captionTracks: fc.array(
      fc.record({
        language: text,
        source: fc.constantFrom('ASR', 'MT', 'other' as const),
        url: text,
        format: text,
        expiresAt: nullable(time),
      }),
      { maxLength: 2 },
    ),
    transcript: nullable(
      fc.record({
        language: text,
        source: fc.constantFrom('ASR', 'MT', 'other' as const),
        cues: fc.array(fc.record({ start: real(0, 600), end: real(0, 600), text }), { maxLength: 3 }),
        fetchedAt: time,
      }),
    ),
    comments: fc.array(
      fc.record({
        id: text,
        text,
        likes: nullable(fc.integer({ min: 0, max: 1e9 })),
        createdAt: nullable(time),
        language: nullable(text),
        isReply: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    commentsTotal: nullable(fc.integer({ min: 0, max: 1e9 })),
    sources: fc.uniqueArray(
      fc.constantFrom(
        'rehydration',
        'sigi',
        'next-data',
        'api-detail',
        'api-list',
        'api-search',
        'dom',
        'import' as const,
      ),
      { maxLength: 3 },
    ),
    capturedAt: time,
  });

export const scoreArb = (videoId: string, objective: (typeof OBJECTIVES)[number]): fc.Arbitrary<ScoreResult> =>
  fc.record({
    videoId: fc.constant(videoId),
    total: real(0, 100),
    band: fc.constantFrom(...BANDS),
    objective: fc.constant(objective),
    factors: fc.array(
      fc.record({
        id: fc.constantFrom(...FACTORS),
        score: real(0, 100),
        weight: real(0, 1),
        confidence: real(0, 1),
        reasons: fc.array(text, { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
    missing: fc.array(fc.record({ id: fc.constantFrom(...FACTORS), reason: text }), { maxLength: 2 }),
    confidence: real(0, 1),
    policyFlags: fc.array(
      fc.record({
        category: fc.constantFrom(...POLICY_CATEGORIES),
        evidence: fc.array(text, { maxLength: 2 }),
        markets: fc.constantFrom('global', 'eea-uk' as const),
        severity: fc.constantFrom('prohibited', 'restricted' as const),
      }),
      { maxLength: 2 },
    ),
    eligibility: fc.record({
      status: fc.constantFrom('eligible', 'at-risk', 'ineligible' as const),
      reasons: fc.array(fc.record({ code: fc.constantFrom(...ELIGIBILITY_REASONS), message: text }), { maxLength: 2 }),
    }),
    engagementRatePct: nullable(real(0, 1000)),
    scoringVersion: text,
    scoredAt: time,
  });

export const entryArb = (videoId: string): fc.Arbitrary<ShortlistEntry> =>
  fc.record({
    videoId: fc.constant(videoId),
    status: fc.constantFrom(...SHORTLIST_STATUSES),
    tags: fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 3 }),
    note: fc.string({ unit: 'grapheme', maxLength: 100 }),
    objective: fc.constantFrom(...OBJECTIVES),
    handle: text,
    shortlistedAt: time,
    updatedAt: time,
    statusUpdatedAt: time,
    noteUpdatedAt: time,
    tagsUpdatedAt: time,
  });

const snapshotsArb = (videoId: string): fc.Arbitrary<StatsSnapshot[]> =>
  fc.uniqueArray(time, { maxLength: 3 }).chain((times) =>
    fc.tuple(
      ...times.map((capturedAt) =>
        fc.record({
          videoId: fc.constant(videoId),
          capturedAt: fc.constant(capturedAt),
          views: nullable(fc.integer({ min: 0, max: 1e12 })),
          likes: nullable(fc.integer({ min: 0, max: 1e12 })),
          comments: nullable(fc.integer({ min: 0, max: 1e12 })),
          shares: nullable(fc.integer({ min: 0, max: 1e12 })),
          saves: nullable(fc.integer({ min: 0, max: 1e12 })),
          exact: fc.boolean(),
        }),
      ),
    ),
  );

const days = nullable(fc.integer({ min: 1, max: 3650 }));
/** A video's codes: unique ids, at most one current (the invariant the database keeps). */
const authorizationsArb = (videoId: string): fc.Arbitrary<Authorization[]> =>
  fc.tuple(fc.uniqueArray(fc.uuid(), { maxLength: 3 }), fc.nat()).chain(([ids, currentPick]) =>
    fc.tuple(
      ...ids.map((id, i) =>
        fc.record({
          id: fc.constant(id),
          videoId: fc.constant(videoId),
          code: nullable(fc.string({ minLength: 1, maxLength: 60 })),
          requestedDays: days,
          grantedDays: days,
          grantedAt: nullable(time),
          expiresAt: nullable(time),
          campaignEndDate: nullable(
            fc
              .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2035, 0, 1)), noInvalidDate: true })
              .map((d) => d.toISOString().slice(0, 10)),
          ),
          adAccount: nullable(text),
          status: fc.constantFrom(...AUTH_STATUSES),
          note: text,
          supersededBy: nullable(fc.uuid()),
          current: fc.constant(ids.length > 0 && i === currentPick % (ids.length + 1)),
          createdAt: time,
          updatedAt: time,
        }),
      ),
    ),
  );

const weights = fc.record(
  Object.fromEntries(FACTORS.map((f) => [f, real(0, 10)])) as Record<(typeof FACTORS)[number], fc.Arbitrary<number>>,
);
export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(1 as const),
  objective: fc.constantFrom(...OBJECTIVES),
  weights: fc.record({ awareness: weights, consideration: weights, conversion: weights }),
  brandTerms: fc.array(text, { maxLength: 3 }),
  brandHandles: fc.array(text, { maxLength: 2 }),
  targetMarkets: fc.array(fc.constantFrom(...MARKETS), { maxLength: 3 }),
  industry: fc.constantFrom(...INDUSTRIES),
  reminderLeadDays: fc.array(fc.integer({ min: 0, max: 365 }), { maxLength: 3 }),
  includeCodesInExport: fc.boolean(),
});

/** A whole profile: a few videos, each with an entry or not, scores for some objectives, history and codes. */
export const recordSetArb: fc.Arbitrary<RecordSet> = fc
  .uniqueArray(videoIdArb, { maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      fc.tuple(
        ...ids.map((id) =>
          fc.tuple(
            videoArb(id),
            fc.option(entryArb(id), { nil: undefined }),
            fc.subarray([...OBJECTIVES]).chain((objs) => fc.tuple(...objs.map((o) => scoreArb(id, o)))),
            snapshotsArb(id),
            authorizationsArb(id),
          ),
        ),
      ),
      nullable(settingsArb),
    ),
  )
  .map(([perVideo, settings]) => ({
    videos: perVideo.map(([v]) => v),
    shortlist: perVideo.flatMap(([, e]) => (e ? [e] : [])),
    scores: perVideo.flatMap(([, , s]) => s),
    snapshots: perVideo.flatMap(([, , , s]) => s),
    authorizations: perVideo.flatMap(([, , , , a]) => a),
    settings,
  }));
