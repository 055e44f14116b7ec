/** The database's public surface: extension pages and the background import from here, never the content script. */
export { DB_NAME, openDb, SparkScoutDb, type DbOptions } from './db';
export { appDb } from './instance';
export { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
export type { CreatorRecord, RowSummary, ShortlistRecord } from './records';
export { summarize } from './records';
export type { BadRecord, Checked } from './validate';
export { InvalidInputError } from './validate';
export { getVideo, upsertVideo } from './videos';
export { mergeStat, mergeVideo } from './merge-video';
export { addSnapshot, listSnapshots, recordSnapshot, snapshotFromVideo } from './snapshots';
export { checkScore, getScores, saveScore, saveScores } from './scores';
export {
  getShortlistState,
  shortlistVideo,
  type ShortlistInput,
  type ShortlistResult,
  type ShortlistState,
} from './shortlist';
export { applyPatch, entryPatchSchema, updateEntries, type EntryPatch, type UpdateResult } from './shortlist-edit';
export {
  deleteEntries,
  restoreEntries,
  undoPayloadSchema,
  type RestoreResult,
  type UndoPayload,
} from './shortlist-undo';
export {
  countByStatus,
  listShortlist,
  loadRows,
  READ_PAGE,
  readShortlistPages,
  recentShortlist,
  statusCounts,
  type RowModel,
  type ShortlistList,
} from './shortlist-list';
export * from './rows';
export { creatorShortlistCount, creatorSummary } from './creators';
export { creatorWarning, groupCreators, sortCreators, type CreatorInput, type CreatorSummary } from './creator-stats';
export * from './authorizations';
export { writeBundle, type RecordBundle } from './bundle';
export { dumpTables, loadFullRecords, type FullRecord, type TableDump } from './full-records';
export { rebuildCreators, refreshSummaries, type KnownSummary } from './derived';
export { editTags, normalizeTags } from './tags';
