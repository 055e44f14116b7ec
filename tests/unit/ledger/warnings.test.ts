import { describe, expect, it } from 'vitest';
import {
  campaignEndWarning,
  describeWarning,
  duplicateCodeWarnings,
  isCurrentCodeOf,
  ledgerWarnings,
  singleVideoCampaignWarnings,
  videosHoldingCode,
} from '@/lib/ledger/warnings';
import { OTHER_CODE, SAMPLE_CODE, auth } from './fixtures';

const NY = 'America/New_York';
const fmt = { timeZone: NY, locale: 'en-US' };
// Expires Fri 2024-03-08 10:00 in New York.
const expiresAt = Date.UTC(2024, 2, 8, 15);

describe('campaignEndWarning', () => {
  it('warns when the code expires days before the campaign ends, and says how many', () => {
    const w = campaignEndWarning(auth({ expiresAt, campaignEndDate: '2024-03-10' }), NY);
    expect(w).toMatchObject({ kind: 'expires-before-campaign-end', daysShort: 2 });
    expect(describeWarning(w!, fmt)).toBe(
      'The code expires on Fri, Mar 8, 2024, 2 days before the campaign ends. Ask for a renewal before then.',
    );
  });

  it("warns when the code lapses during the campaign's last day", () => {
    const w = campaignEndWarning(auth({ expiresAt, campaignEndDate: '2024-03-08' }), NY);
    expect(w).toMatchObject({ daysShort: 0 });
    expect(describeWarning(w!, fmt)).toMatch(/before the campaign's last day is over/);
  });

  it('is silent when the code outlives the campaign, has no end date, or was revoked', () => {
    expect(campaignEndWarning(auth({ expiresAt, campaignEndDate: '2024-03-07' }), NY)).toBeNull();
    expect(campaignEndWarning(auth({ expiresAt, campaignEndDate: null }), NY)).toBeNull();
    expect(campaignEndWarning(auth({ expiresAt, campaignEndDate: '2024-03-10', status: 'revoked' }), NY)).toBeNull();
  });

  it("judges the campaign's last day in the user's zone", () => {
    // 2024-03-09 03:00Z is still Mar 8 in New York but already Mar 9 in Tokyo.
    const a = auth({ expiresAt: Date.UTC(2024, 2, 9, 3), campaignEndDate: '2024-03-08' });
    expect(campaignEndWarning(a, NY)).not.toBeNull();
    expect(campaignEndWarning(a, 'Asia/Tokyo')).toBeNull();
  });
});

describe('duplicateCodeWarnings', () => {
  it('flags one code saved on two videos, masking the code', () => {
    const ws = duplicateCodeWarnings([
      auth({ id: 'a', videoId: '1' }),
      auth({ id: 'b', videoId: '2' }),
      auth({ id: 'c', videoId: '3', code: OTHER_CODE }),
    ]);
    expect(ws).toEqual([
      {
        kind: 'duplicate-code',
        maskedCode: expect.not.stringContaining(SAMPLE_CODE.slice(6, 20)),
        authorizationIds: ['a', 'b'],
        videoIds: ['1', '2'],
      },
    ]);
    expect(describeWarning(ws[0]!)).toMatch(/saved on 2 different videos/);
  });

  it('sees a copy with a stray space as the same code', () => {
    const spaced = `${SAMPLE_CODE.slice(0, 10)} ${SAMPLE_CODE.slice(10)}`;
    expect(
      duplicateCodeWarnings([auth({ id: 'a', videoId: '1' }), auth({ id: 'b', videoId: '2', code: spaced })]),
    ).toHaveLength(1);
  });

  it("sees a copy without the leading '#' as the same code, and shows it masked with its '#'", () => {
    const ws = duplicateCodeWarnings([
      auth({ id: 'a', videoId: '1' }),
      auth({ id: 'b', videoId: '2', code: SAMPLE_CODE.slice(1) }),
    ]);
    expect(ws).toMatchObject([{ maskedCode: `${SAMPLE_CODE.slice(0, 5)}••••${SAMPLE_CODE.slice(-3)}` }]);
    expect(videosHoldingCode(SAMPLE_CODE.slice(1), '1', [auth({ id: 'b', videoId: '2' })])).toEqual(['2']);
  });

  it('does not flag a code recorded twice on the same video, or requested codes without one', () => {
    expect(duplicateCodeWarnings([auth({ id: 'a' }), auth({ id: 'b' })])).toEqual([]);
    expect(
      duplicateCodeWarnings([auth({ id: 'a', videoId: '1', code: null }), auth({ id: 'b', videoId: '2', code: null })]),
    ).toEqual([]);
  });

  it('lists the other videos holding a code before it is saved', () => {
    const all = [auth({ id: 'a', videoId: '1' }), auth({ id: 'b', videoId: '2' })];
    expect(videosHoldingCode(`${SAMPLE_CODE.slice(0, 10)}\n${SAMPLE_CODE.slice(10)}`, '1', all)).toEqual(['2']);
    expect(videosHoldingCode(OTHER_CODE, '1', all)).toEqual([]);
  });
});

describe('isCurrentCodeOf', () => {
  it("knows the video's current code, with or without its '#' or a stray space, and not a replaced one", () => {
    const all = [
      auth({ id: 'old', code: OTHER_CODE, supersededBy: 'now', current: false }),
      auth({ id: 'now', code: SAMPLE_CODE }),
    ];
    expect(isCurrentCodeOf(SAMPLE_CODE, all[0]!.videoId, all)).toBe(true);
    expect(isCurrentCodeOf(` ${SAMPLE_CODE.slice(1, 12)} ${SAMPLE_CODE.slice(12)}`, all[0]!.videoId, all)).toBe(true);
    expect(isCurrentCodeOf(OTHER_CODE, all[0]!.videoId, all)).toBe(false);
    expect(isCurrentCodeOf(SAMPLE_CODE, 'another-video', all)).toBe(false);
  });
});

describe('singleVideoCampaignWarnings', () => {
  const now = Date.UTC(2024, 2, 1);
  const entry = (
    videoId: string,
    handle: string,
    status: 'candidate' | 'live' | 'rejected' | 'code-received' = 'candidate',
  ) => ({
    videoId,
    handle,
    status,
  });

  it('warns when a creator has exactly one live video, counting backups', () => {
    const ws = singleVideoCampaignWarnings(
      [
        entry('1', 'ana', 'live'),
        entry('2', 'ana'),
        entry('3', 'ana', 'rejected'),
        entry('4', 'ben', 'live'),
        entry('5', 'ben', 'live'),
      ],
      [],
      now,
    );
    expect(ws).toEqual([{ kind: 'single-video-campaign', handle: 'ana', videoId: '1', otherCandidates: 1 }]);
    expect(describeWarning(ws[0]!)).toBe(
      "@ana's live campaign rests on one video; 1 other shortlisted video could back it up.",
    );
  });

  it('counts a video as live when its current code is in use and not expired', () => {
    const entries = [entry('1', 'ana', 'code-received'), entry('2', 'ana', 'code-received')];
    expect(
      singleVideoCampaignWarnings(entries, [auth({ videoId: '1', status: 'in-use', expiresAt })], now),
    ).toHaveLength(1);
    expect(
      singleVideoCampaignWarnings(entries, [auth({ videoId: '1', status: 'in-use', expiresAt })], expiresAt + 1),
    ).toEqual([]);
    expect(singleVideoCampaignWarnings(entries, [auth({ videoId: '1', status: 'received', expiresAt })], now)).toEqual(
      [],
    );
  });

  it('is silent for creators with no live video', () => {
    expect(singleVideoCampaignWarnings([entry('1', 'ana'), entry('2', 'ana')], [], now)).toEqual([]);
  });
});

describe('ledgerWarnings', () => {
  it('gathers all three kinds, skipping superseded codes and campaigns already over', () => {
    const now = Date.UTC(2024, 2, 1);
    const ws = ledgerWarnings({
      entries: [{ videoId: '1', handle: 'ana', status: 'live' }],
      authorizations: [
        auth({ id: 'a', videoId: '1', expiresAt, campaignEndDate: '2024-03-10' }),
        auth({
          id: 'old',
          videoId: '1',
          code: OTHER_CODE,
          expiresAt,
          campaignEndDate: '2024-03-10',
          supersededBy: 'a',
          current: false,
        }),
        auth({
          id: 'b',
          videoId: '2',
          code: OTHER_CODE,
          expiresAt: Date.UTC(2024, 1, 1),
          campaignEndDate: '2024-02-10',
        }),
      ],
      now,
      timeZone: NY,
    });
    expect(ws.map((w) => w.kind).sort()).toEqual([
      'duplicate-code',
      'expires-before-campaign-end',
      'single-video-campaign',
    ]);
    expect(ws.find((w) => w.kind === 'expires-before-campaign-end')).toMatchObject({ authorizationId: 'a' });
  });
});
