/**
 * Spark Ads eligibility from the record (TikTok Ads Manager rules and error codes, SCORING-SOURCES): hard blockers make
 * a video `ineligible`; a licensed track or a brand mention without the paid-partnership disclosure make it `at-risk`.
 */
import type { Eligibility, EligibilityReason } from '@/lib/schemas/score';
import type { PageProblem, VideoRecord } from '@/lib/schemas/video';
import { MAX_SPARK_DURATION_S, SRC } from './constants';
import { duration } from './format';
import { isBrandAccount } from './factors/native';
import { AD_TAGS } from './signals';
import type { Prepared } from './match';
import { brandMatcher, captionText, preparedCreatorText } from './text';

// A TikTok video link in a caption: tiktok.com/@user/video/<id>, or the vm./vt. short links.
const VIDEO_LINK = /(?:tiktok\.com\/@[\w.-]+\/video\/\d+|(?:vm|vt)\.tiktok\.com\/\w+)/gi;

export interface EligibilityInput {
  brandTerms: readonly string[];
  brandHandles: readonly string[];
  pageProblem?: PageProblem | null;
  /** The creator's text, already prepared (score() passes it; computed here otherwise). */
  text?: Prepared;
}

export function eligibility(video: VideoRecord, input: EligibilityInput): Eligibility {
  const reasons: Array<{ code: EligibilityReason; message: string }> = [];
  const blocked = new Set<EligibilityReason>();
  const block = (code: EligibilityReason, message: string) => {
    blocked.add(code);
    reasons.push({ code, message });
  };
  const { flags } = video;

  if (input.pageProblem === 'not-found')
    block('deleted', `The video is unavailable or deleted (error 4002, ${SRC.adsManager}).`);
  if (flags.private === true || input.pageProblem === 'private-video') {
    block('private', `The video is private; Spark Ads need a public post (${SRC.adsManager}).`);
  }
  if (video.durationSec !== null && video.durationSec > MAX_SPARK_DURATION_S) {
    block(
      'over-10-min',
      `${duration(video.durationSec)} long; Spark Ads take videos of 10 minutes or less (${SRC.adsManager}).`,
    );
  }
  if (flags.story === true) block('story', `Story videos are not supported (error 4027, ${SRC.adsManager}).`);
  if (flags.photo === true && flags.isDuetOrStitch === true) {
    block('photo-carousel-duet', `Photo carousels with duet are not supported (error 4042, ${SRC.adsManager}).`);
  }
  const links = new Set((video.caption.match(VIDEO_LINK) ?? []).map((l) => l.toLowerCase()));
  if (links.size >= 2) {
    block(
      'multi-video-mention',
      `The caption links ${links.size} different TikTok videos; posts mentioning several videos are rejected (error 930002, ${SRC.adsManager}).`,
    );
  }
  if (flags.isAd === true) block('already-ad', 'TikTok already marks this post as an ad (isAd).');

  if (video.sound?.original === false) {
    const track = video.sound.title
      ? `“${video.sound.title}”${video.sound.author ? ` by ${video.sound.author}` : ''}`
      : 'a track';
    reasons.push({
      code: 'licensed-music',
      message: `Uses ${track}, not an original sound: commercially licensed music not cleared for ads can be muted or rejected; an original or Commercial Music Library sound is safe (${SRC.adsManager}).`,
    });
  }
  if (flags.brandedContent !== true && !isBrandAccount(video, input.brandHandles, input.brandTerms)) {
    const text = input.text ?? preparedCreatorText(video);
    // #ad-style tags live in the caption, not in what is said.
    const hits = [...brandMatcher(input.brandTerms).find(text), ...AD_TAGS.find(captionText(video))];
    if (hits.length > 0) {
      const state = flags.brandedContent === false ? 'is off' : 'could not be confirmed';
      reasons.push({
        code: 'no-disclosure',
        message: `Mentions ${hits
          .slice(0, 3)
          .map((h) => `“${h}”`)
          .join(', ')} but the paid-partnership disclosure ${state}; branded posts need it turned on (${SRC.branded}).`,
      });
    }
  }
  const status = blocked.size > 0 ? 'ineligible' : reasons.length > 0 ? 'at-risk' : 'eligible';
  return { status, reasons };
}
