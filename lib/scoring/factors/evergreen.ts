import type { VideoRecord } from '@/lib/schemas/video';
import { DAY_MS, EVERGREEN, OLD_POST_DAYS, RECENT_COMMENT_DAYS, SRC } from '../constants';
import { clamp } from '../format';
import { COUNT_NOUN, DATED, EXPIRING, NEWS, SEASONAL, TREND_TAG } from '../signals';
import type { Matcher } from '../match';
import { preparedCreatorText } from '../text';
import type { FactorOutcome } from '../types';

const list = (hits: string[]) =>
  hits
    .slice(0, 3)
    .map((h) => `“${h}”`)
    .join(', ');

/** The last reason, the same for every video: written once. */
const CLOSING = `Evergreen content keeps working for the whole promotion (${SRC.brief}).`;

/** Whether some occurrence of the number `n` in `words` is not followed by a count noun ("2000 calories"). */
const usedAsYear = (words: readonly string[], n: string) =>
  words.some((w, i) => w === n && !COUNT_NOUN.test(words[i + 1] ?? ''));

/** Dated, seasonal, expiring or trend-bound content ages during a campaign; an old post still drawing comments does not. */
export function evergreenFactor(video: VideoRecord, now: number, text = preparedCreatorText(video)): FactorOutcome {
  const hasText = text.words.length > 0;
  if (!hasText && video.sound === null)
    return { id: 'evergreen', missing: 'No caption, hashtags, transcript or sound to check.' };
  const reasons: string[] = [];
  let score: number = EVERGREEN.base;
  let penalties = 0;
  const penalise = (m: Matcher, points: number, what: string) => {
    let hits = m.find(text);
    // A year-like number followed by a count noun is a quantity: "what I eat on 2000 calories".
    if (m === DATED) hits = hits.filter((h) => !/^\d{4}$/.test(h) || usedAsYear(text.words, h));
    if (hits.length === 0) return;
    score += points;
    penalties++;
    reasons.push(`${what}: ${list(hits)} (${points}).`);
  };
  penalise(DATED, EVERGREEN.dated, 'Dated reference');
  penalise(SEASONAL, EVERGREEN.seasonal, 'Seasonal or holiday hook');
  penalise(EXPIRING, EVERGREEN.expiring, 'Expiring offer');
  penalise(NEWS, EVERGREEN.trend, 'News-dependent');
  const challenge = video.hashtags.filter((h) => TREND_TAG.test(h));
  const trendSound = video.sound?.original === false;
  if (challenge.length > 0 || trendSound) {
    score += EVERGREEN.trend;
    penalties++;
    const what = [
      challenge.length > 0 ? `challenge/trend hashtag ${list(challenge.map((h) => `#${h}`))}` : '',
      trendSound ? `a non-original sound${video.sound?.title ? ` (${video.sound.title})` : ''}` : '',
    ].filter(Boolean);
    reasons.push(`Trend-dependent: ${what.join(' and ')} (${EVERGREEN.trend}).`);
  }
  if (video.postedAt !== null) {
    const ageDays = (now - video.postedAt) / DAY_MS;
    const recent = video.comments.filter(
      (c) => c.createdAt !== null && now - c.createdAt <= RECENT_COMMENT_DAYS * DAY_MS,
    );
    if (ageDays >= OLD_POST_DAYS && recent.length > 0) {
      score += EVERGREEN.stillEngaging;
      reasons.push(
        `Posted ${Math.round(ageDays)} days ago and ${recent.length} of ${video.comments.length} sampled comments are from the ` +
          `last ${RECENT_COMMENT_DAYS} days: still gathering engagement (+${EVERGREEN.stillEngaging}).`,
      );
    }
  }
  // By what was found, not the score: a trend sound (−10) on an old post still drawing comments (+10) nets zero.
  if (penalties === 0) reasons.push('No dates, seasons, expiring offers or trend hooks found.');
  reasons.push(CLOSING);
  const confidence = video.transcript ? 0.9 : hasText ? 0.7 : 0.3;
  return { id: 'evergreen', score: clamp(score), confidence, reasons };
}
