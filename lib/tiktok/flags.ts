/**
 * Flags of an item struct. null = the payload did not say (the key was absent), never a guess.
 * Field meanings: REFERENCE §2.6 and public parsers (yt-dlp, Zeeschuimer/4CAT, TikTok's own commerce structs).
 */
import type { VideoFlags } from '@/lib/schemas/video';
import { bool, int, isObj, obj, text, type Obj } from './coerce';

/** true if any source says so, false if at least one says no, null if none is present. */
function anyOf(...values: Array<boolean | null>): boolean | null {
  if (values.includes(true)) return true;
  return values.includes(false) ? false : null;
}

function positive(v: unknown): boolean | null {
  const n = int(v);
  return n === null ? null : n > 0;
}

// TikTok appends "#duet with @x" / "#stitch with @x" to the caption of duets and stitches.
const DUET_OR_STITCH_CAPTION = /#(?:duet|stitch) with @/i;

export function flagsOf(item: Obj, caption: string): VideoFlags {
  const duetFrom = text(obj(item.duetInfo).duetFromId, 30);
  const commentStatus = int(item.itemCommentStatus);
  return {
    isAd: bool(item.isAd),
    // brandOrganicType / brandedContentType > 0 is the "paid partnership" / "brand organic" disclosure in
    // TikTok's commerce struct. `adAuthorization` is deliberately not used: it is the Spark Ads authorization
    // switch, not a disclosure.
    brandedContent: anyOf(positive(item.brandOrganicType), positive(item.brandedContentType)),
    private: anyOf(bool(item.privateItem), bool(item.secret) === true ? true : null),
    photo: isObj(item.imagePost),
    story: anyOf(bool(item.isStory), bool(item.is_story)),
    duetEnabled: bool(item.duetEnabled),
    stitchEnabled: bool(item.stitchEnabled),
    // 0 = comments on; any other status = off or restricted.
    commentsEnabled: commentStatus === null ? null : commentStatus === 0,
    aiGenerated: anyOf(bool(item.IsAigc), positive(item.aigcLabelType), positive(item.moderationAigcLabelType)),
    ageRestricted: bool(item.isContentClassified),
    isDuetOrStitch: DUET_OR_STITCH_CAPTION.test(caption) ? true : duetFrom === null ? null : duetFrom !== '0',
  };
}
