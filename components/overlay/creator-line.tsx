import type { Author } from '@/lib/schemas/video';
import { statText } from '@/components/shared/format';

/** "@handle ✓ · 1,204,311 followers · 2 of their videos shortlisted". */
export function CreatorLine({ author, shortlistedCount }: { author: Author; shortlistedCount: number }) {
  const followers = statText(author.followers);
  return (
    <p className="ss-creator">
      <span className="ss-creator__handle">@{author.handle}</span>
      {author.verified && (
        <span className="ss-verified" role="img" aria-label="verified">
          ✓
        </span>
      )}
      <span className="ss-muted">
        {' · '}
        {followers === null ? 'followers unknown' : `${followers.value} followers`}
        {' · '}
        {shortlistedCount === 0
          ? 'none of their videos shortlisted yet'
          : `${shortlistedCount} of their videos shortlisted`}
      </span>
    </p>
  );
}
