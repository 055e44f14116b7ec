import { defineExtensionMessaging } from '@webext-core/messaging';
// Type-only imports: the content script imports this module and must not bundle Dexie or the request schemas.
import type { RequestOf } from '@/lib/background/requests';
import type {
  AuthorizationList,
  BadRecord,
  CreatorSummary,
  RestoreResult,
  RowModel,
  ShortlistList,
  ShortlistResult,
  ShortlistState,
  UndoPayload,
  UpdateResult,
} from '@/lib/db';
import type { Authorization } from '@/lib/schemas/authorization';
import type { CommentInsights } from '@/lib/schemas/insights';
import type { Objective, ScoreResult } from '@/lib/schemas/score';
import type { Settings } from '@/lib/schemas/settings';
import type { ShortlistStatus, StatsSnapshot } from '@/lib/schemas/shortlist';

/**
 * The one protocol between the content script / popup / dashboard and the background, which owns the database.
 * Every reply is a Reply: handlers never throw across the boundary, so a bad payload or a failed write comes back
 * as `{ ok: false, error }` with a readable message.
 */

export type MessageErrorCode = 'bad-request' | 'forbidden' | 'not-found' | 'failed';
export interface MessageError {
  code: MessageErrorCode;
  message: string;
}
export type Reply<T> = { ok: true; data: T } | { ok: false; error: MessageError };

export interface SettingsReply {
  /** null when the user never saved settings: use the defaults. */
  settings: Settings | null;
  /** What in the stored settings could not be read and was reset to its default (lib/settings readSettings); null when fine. */
  problem: string | null;
}

/** A video scored for each objective, plus the comment analysis the card shows. */
export interface ScoreComputeReply {
  results: Record<Objective, ScoreResult>;
  /** The objective in the settings: the card opens on it until the user picks another on the card. */
  objective: Objective;
  insights: CommentInsights | null;
}

export interface ProtocolMap {
  /** Save the latest reading of a video (exact counts are never replaced by rounded ones). */
  /** The card opened on a video: if shortlisted, save the reading and add a point to its stats history. */
  'video:snapshot'(data: RequestOf<'video:snapshot'>): Reply<{ recorded: boolean; snapshot: StatsSnapshot | null }>;
  /** Save scores (one per video and objective), e.g. "Rescore all". */
  'score:save'(data: RequestOf<'score:save'>): Reply<{ saved: number }>;
  /** "Add to shortlist": idempotent by video id. */
  'shortlist:add'(data: RequestOf<'shortlist:add'>): Reply<ShortlistResult>;
  /** Is this video shortlisted, and how many of its creator's videos are. */
  'shortlist:state'(data: RequestOf<'shortlist:state'>): Reply<ShortlistState>;
  'shortlist:update'(data: RequestOf<'shortlist:update'>): Reply<UpdateResult>;
  /** Returns the undo payload; send it back with 'shortlist:undo'. */
  'shortlist:delete'(data: RequestOf<'shortlist:delete'>): Reply<UndoPayload>;
  'shortlist:undo'(data: RequestOf<'shortlist:undo'>): Reply<RestoreResult>;
  'shortlist:list'(data: RequestOf<'shortlist:list'>): Reply<ShortlistList>;
  'shortlist:recent'(data: RequestOf<'shortlist:recent'>): Reply<RowModel>;
  'shortlist:counts'(): Reply<Record<ShortlistStatus, number>>;
  'creators:summary'(): Reply<{ creators: CreatorSummary[]; bad: BadRecord[] }>;
  'authorization:add'(data: RequestOf<'authorization:add'>): Reply<Authorization>;
  'authorization:update'(data: RequestOf<'authorization:update'>): Reply<Authorization>;
  'authorization:delete'(data: RequestOf<'authorization:delete'>): Reply<{ deleted: string }>;
  'authorization:list'(data: RequestOf<'authorization:list'>): Reply<AuthorizationList>;
  'authorization:for-video'(
    data: RequestOf<'authorization:for-video'>,
  ): Reply<{ current: Authorization | null; history: Authorization[]; bad: BadRecord[] }>;
  'authorization:by-code'(data: RequestOf<'authorization:by-code'>): Reply<AuthorizationList>;
  /** Send after writing authorizations directly through lib/db (the background re-syncs reminders and badge). */
  'ledger:changed'(): Reply<{ resynced: true }>;
  'settings:get'(): Reply<SettingsReply>;
  /** Score a video for every objective with the saved settings (the scoring code stays out of the content script). */
  'score:compute'(data: RequestOf<'score:compute'>): Reply<ScoreComputeReply>;
}

export type MessageName = keyof ProtocolMap;
export type ReplyOf<K extends MessageName> = ReturnType<ProtocolMap[K]>;
export type DataOf<K extends MessageName> = Parameters<ProtocolMap[K]> extends [infer D] ? D : undefined;

// No console logging of every message: payloads carry captions and codes.
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  logger: undefined,
});

/** The reply's data, or throws the reply's error message (for callers that show errors through a catch). */
export async function request<K extends MessageName>(
  type: K,
  ...args: DataOf<K> extends undefined ? [] : [data: DataOf<K>]
): Promise<Extract<ReplyOf<K>, { ok: true }>['data']> {
  const send = sendMessage as (type: MessageName, data?: unknown) => Promise<Reply<unknown>>;
  const reply = await send(type, args[0]);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as Extract<ReplyOf<K>, { ok: true }>['data'];
}
