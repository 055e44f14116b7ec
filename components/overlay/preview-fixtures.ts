import type { ScoreResult } from '@/lib/schemas/score';
import type { Stat, VideoRecord } from '@/lib/schemas/video';
import type { CommentInsights } from './types';

// Hand-made data for the preview page only (not a real video); numbers chosen to show every card state.
const AT = Date.UTC(2026, 10, 20, 12);
const exact = (value: number): Stat => ({ value, exact: true, source: 'statsV2', capturedAt: AT });
const fromPage = (value: number): Stat => ({ value, exact: false, source: 'dom', capturedAt: AT });

export const previewVideo: VideoRecord = {
  id: '7441234567890123456',
  url: 'https://www.tiktok.com/@glowlab.studio/video/7441234567890123456',
  author: {
    id: '6812345678901234567',
    handle: 'glowlab.studio',
    nickname: 'Glowlab',
    verified: true,
    followers: fromPage(1_100_000),
    secUid: null,
  },
  caption: 'POV: you finally found a sunscreen that doesn’t leave a white cast 😮‍💨 #skincare #spf #ugc',
  hashtags: ['skincare', 'spf', 'ugc'],
  mentions: [],
  postedAt: AT - 9 * 86_400_000,
  postedAtSource: 'createTime',
  durationSec: 24,
  sound: { id: '1', title: 'original sound', author: 'glowlab.studio', original: true },
  stats: {
    views: exact(1_585_253),
    likes: exact(96_412),
    comments: exact(1_204),
    shares: exact(3_318),
    saves: fromPage(12_000),
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
    aiGenerated: false,
    ageRestricted: false,
    isDuetOrStitch: false,
  },
  captionTracks: [],
  transcript: {
    language: 'en',
    source: 'ASR',
    fetchedAt: AT,
    cues: [
      { start: 0, end: 1.4, text: 'Stop scrolling if you hate white cast.' },
      { start: 1.4, end: 2.8, text: 'This one disappears in seconds.' },
      { start: 2.8, end: 5.2, text: 'Watch, I’ll show you on camera.' },
    ],
  },
  comments: [],
  commentsTotal: 1_204,
  sources: ['rehydration', 'dom'],
  capturedAt: AT,
};

export const previewResult: ScoreResult = {
  videoId: previewVideo.id,
  total: 78,
  band: 'strong',
  objective: 'consideration',
  factors: [
    {
      id: 'hook',
      score: 86,
      weight: 0.25,
      confidence: 0.9,
      reasons: ['Speaks to the viewer in the first second', 'Problem named before 1.5 s'],
    },
    {
      id: 'engagement',
      score: 81,
      weight: 0.2,
      confidence: 0.8,
      reasons: ['6.6% engagement by views, top quarter for beauty'],
    },
    {
      id: 'comments',
      score: 74,
      weight: 0.2,
      confidence: 0.6,
      reasons: ['62% positive in a sample of 50', '5 people ask where to buy'],
    },
    {
      id: 'native',
      score: 72,
      weight: 0.15,
      confidence: 0.7,
      reasons: ['Original sound, handheld, talking to camera'],
    },
    { id: 'length', score: 70, weight: 0.1, confidence: 1, reasons: ['24 s: inside the 21–34 s range'] },
    { id: 'cta', score: 48, weight: 0.1, confidence: 0.5, reasons: ['No spoken or written call to action'] },
  ],
  missing: [{ id: 'evergreen', reason: 'posted 9 days ago — too recent to judge' }],
  confidence: 0.74,
  policyFlags: [
    { category: 'before-after', evidence: ['disappears in seconds'], markets: 'eea-uk', severity: 'restricted' },
  ],
  eligibility: {
    status: 'at-risk',
    reasons: [{ code: 'no-disclosure', message: 'No branded-content disclosure: needed if the creator was paid' }],
  },
  engagementRatePct: 7.1,
  scoringVersion: 'preview',
  scoredAt: AT,
};

export const previewInsights: CommentInsights = {
  sampleSize: 50,
  positiveShare: 0.62,
  negativeShare: 0.08,
  purchaseIntentCount: 5,
  topPurchaseIntent: [
    { text: 'where do I buy this?? need it before summer', likes: 1_840 },
    { text: 'link please 🙏', likes: 312 },
  ],
};
