import type { FactorResult, ScoreResult } from '@/lib/schemas/score';
import type { Stat, VideoRecord } from '@/lib/schemas/video';
import type { CardState, CommentInsights } from '@/components/overlay/types';

// Hand-built records: the shapes of lib/schemas, the values chosen so each assertion has one right answer.
const AT = Date.UTC(2026, 10, 1);
export const exactStat = (value: number): Stat => ({ value, exact: true, source: 'statsV2', capturedAt: AT });
export const pageStat = (value: number): Stat => ({ value, exact: false, source: 'dom', capturedAt: AT });

export function makeVideo(over: Partial<VideoRecord> = {}): VideoRecord {
  return {
    id: '7300000000000000001',
    url: 'https://www.tiktok.com/@maker.jo/video/7300000000000000001',
    author: { id: '1', handle: 'maker.jo', nickname: 'Jo', verified: false, followers: pageStat(48_200), secUid: null },
    caption: 'Three ways to fold a fitted sheet #laundry #hack',
    hashtags: ['laundry', 'hack'],
    mentions: [],
    postedAt: AT - 86_400_000,
    postedAtSource: 'createTime',
    durationSec: 31,
    sound: null,
    stats: {
      views: exactStat(1_585_253),
      likes: pageStat(1_100_000),
      comments: exactStat(2_031),
      shares: exactStat(977),
      saves: null,
    },
    flags: {
      isAd: false,
      brandedContent: false,
      private: false,
      photo: false,
      story: false,
      duetEnabled: true,
      stitchEnabled: true,
      commentsEnabled: true,
      aiGenerated: null,
      ageRestricted: false,
      isDuetOrStitch: false,
    },
    captionTracks: [],
    transcript: {
      language: 'en',
      source: 'ASR',
      fetchedAt: AT,
      cues: [
        { start: 0, end: 1.2, text: 'You have been folding it wrong.' },
        { start: 1.2, end: 2.8, text: 'Here is the fix.' },
        { start: 2.8, end: 6, text: 'First, find the corners.' },
      ],
    },
    comments: [],
    commentsTotal: 2_031,
    sources: ['rehydration'],
    capturedAt: AT,
    ...over,
  };
}

export const factor = (over: Partial<FactorResult> & Pick<FactorResult, 'id'>): FactorResult => ({
  score: 60,
  weight: 0.2,
  confidence: 0.5,
  reasons: [],
  ...over,
});

export function makeResult(over: Partial<ScoreResult> = {}): ScoreResult {
  return {
    videoId: '7300000000000000001',
    total: 74,
    band: 'strong',
    objective: 'awareness',
    factors: [
      factor({ id: 'hook', score: 88, weight: 0.3, confidence: 0.9, reasons: ['Direct address in the first second'] }),
      factor({ id: 'length', score: 65, weight: 0.25, confidence: 1, reasons: ['31 s is inside the sweet spot'] }),
      factor({ id: 'engagement', score: 71, weight: 0.45, confidence: 0.6, reasons: ['Above median', 'Shares high'] }),
    ],
    missing: [{ id: 'comments', reason: 'no comments were loaded' }],
    confidence: 0.7,
    policyFlags: [],
    eligibility: { status: 'eligible', reasons: [] },
    engagementRatePct: 69.6,
    scoringVersion: 'test',
    scoredAt: AT,
    ...over,
  };
}

export const ready = (video = makeVideo(), result = makeResult(), partial?: string[]): CardState => ({
  kind: 'ready',
  video,
  result,
  partial,
});

export const insights: CommentInsights = {
  sampleSize: 40,
  positiveShare: 0.55,
  negativeShare: 0.1,
  purchaseIntentCount: 3,
  topPurchaseIntent: [{ text: 'where can I buy these sheets', likes: 1_200 }],
};
