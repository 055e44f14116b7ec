import type { Migration } from './types';

/**
 * The first schema. The first entry of each spec is the primary key; every other index names the query that uses it.
 * Fields that are only filtered or sorted in memory (band, score, tags, text) are deliberately not indexed.
 */
export const v1: Migration = {
  version: 1,
  stores: {
    // getVideo / bulkGet by id.
    videos: 'id',
    // Stats history of one video: between([id, minKey], [id, maxKey]) on the compound primary key.
    snapshots: '[videoId+capturedAt]',
    // One score per video and objective; all objectives of a video by the key prefix.
    scores: '[videoId+objective]',
    // shortlistedAt: the popup's "recent" list. status: unused now (statusCounts counts readable rows, not index keys).
    // handle: recomputing one creator's totals and creatorShortlistCount().
    shortlist: 'videoId, shortlistedAt, status, handle',
    creators: 'handle',
    // videoId: a video's current code and history. expiresAt: codes expiring in a window (badge, reminders).
    // code: the same code pasted on two videos. status: reminders re-created for received / in-use codes.
    authorizations: 'id, videoId, expiresAt, code, status',
  },
};
