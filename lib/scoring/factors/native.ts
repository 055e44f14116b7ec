import type { VideoRecord } from '@/lib/schemas/video';
import { CAPTION_OPENING_WORDS, NATIVE, OPENING_CHARS, SRC } from '../constants';
import { clamp } from '../format';
import { AD_TAGS, CREATOR_VOICE, SALES } from '../signals';
import type { Matcher } from '../match';
import { captionWords, preparedCreatorText } from '../text';
import type { FactorOutcome } from '../types';
import { openingOf } from './hook';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** What may follow a brand's name in its own handles: a region or an "official"-style word ("glossierofficial"). */
const BRAND_SUFFIX =
  /^(?:official|offical|us|usa|uk|ca|au|fr|es|de|it|nl|br|mx|jp|kr|in|latam|global|shop|store|hq|app|beauty|brand|team|inc|co)$/;

/**
 * The creator's handle is one of the brand's handles, or is a brand term of 4+ letters followed at most by a region
 * or an "official"-style word ("glossier", "glossier.es", "sephora_fr", "glossierofficial"). A fan account that only
 * contains the name ("thesephoraaddict", "sephoraaddict") is a creator, not the brand.
 */
export function isBrandAccount(
  video: VideoRecord,
  brandHandles: readonly string[],
  brandTerms: readonly string[],
): boolean {
  const handle = norm(video.author.handle);
  if (handle === '') return false;
  if (brandHandles.some((h) => norm(h) === handle)) return true;
  const first = norm(video.author.handle.split(/[._-]/)[0] ?? '');
  return brandTerms
    .map(norm)
    .some((t) => t.length >= 4 && (first === t || (handle.startsWith(t) && BRAND_SUFFIX.test(handle.slice(t.length)))));
}

export function nativeFactor(
  video: VideoRecord,
  brand: Matcher,
  brandHandles: readonly string[],
  brandTerms: readonly string[],
  text = preparedCreatorText(video),
): FactorOutcome {
  if (text.words.length === 0) return { id: 'native', missing: 'No caption or transcript to judge branding and tone.' };
  // The opening: what is said in the first seconds and the caption's first words (hashtags are not an opening).
  const opening = `${openingOf(video)?.text ?? ''} ${captionWords(video.caption).slice(0, CAPTION_OPENING_WORDS).join(' ')}`;
  const reasons: string[] = [];
  let score: number = NATIVE.base;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${why} (${points > 0 ? '+' : ''}${points}).`);
  };
  if (isBrandAccount(video, brandHandles, brandTerms)) {
    add(
      NATIVE.brandAccount,
      `Posted by the brand's own account (@${video.author.handle}): reads as an ad, not a creator's voice`,
    );
  }
  const brandHits = brand.find(opening);
  if (brandHits.length > 0)
    add(
      NATIVE.brandInOpening,
      `Brand named in the opening (“${brandHits[0]}”): over-branded content triggers ad avoidance (${SRC.brief})`,
    );
  const tags = AD_TAGS.find(video.caption.slice(0, OPENING_CHARS));
  if (tags.length > 0)
    add(NATIVE.adTagInOpening, `Ad tag up front (“${tags[0]}”): use the paid-partnership switch, not a caption tag`);
  const sales = SALES.find(text);
  if (sales.length > 0) {
    const pts = Math.max(NATIVE.salesMax, NATIVE.salesEach * sales.length);
    add(
      pts,
      `Sales language: ${sales
        .slice(0, 3)
        .map((s) => `“${s}”`)
        .join(', ')}`,
    );
  }
  const voice = CREATOR_VOICE.find(text);
  if (voice.length > 0)
    add(
      NATIVE.creatorVoice,
      `Native creator format (“${voice[0]}”): native feel beats production value (${SRC.brief})`,
    );
  if (reasons.length === 0) reasons.push('No brand mention, ad tag or sales language: reads as the creator talking.');
  reasons.push('Face to camera, text overlays and native sounds cannot be seen from the data: judge them by eye.');
  return { id: 'native', score: clamp(score), confidence: video.transcript ? 0.7 : 0.5, reasons };
}
