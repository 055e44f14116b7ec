import { en } from 'zod/locales';
import * as db from '@/lib/db';
import type { SparkScoutDb } from '@/lib/db';
import { describeIssues, InvalidInputError } from '@/lib/db/validate';
import type { MessageName, Reply, ReplyOf, SettingsReply } from '@/lib/messaging';
import { scoreForCard } from './score-video';
import { CONTENT_SCRIPT_MESSAGES, requestSchemas, type RequestOf } from './requests';

export interface HandlerDeps {
  db: SparkScoutDb;
  loadSettings: () => Promise<SettingsReply>;
  /** Called after any write that adds, changes or removes authorization codes (reminders re-sync). */
  onLedgerChanged?: () => void;
}

/** Who sent a message, as far as the handlers care. */
export interface SenderInfo {
  /** True for extension pages (popup, dashboard, options); false for a content script in a web page. */
  extensionPage: boolean;
}

type Data<K extends MessageName> = Extract<ReplyOf<K>, { ok: true }>['data'];
export type Handler<K extends MessageName> = (data: unknown, sender: SenderInfo) => Promise<ReplyOf<K>>;
export type Handlers = { [K in MessageName]: Handler<K> };

const localeError = en().localeError;

function fail(code: 'bad-request' | 'forbidden' | 'not-found' | 'failed', message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** Validates the payload, checks the sender may ask, runs, and turns every throw into a typed error reply. */
function handler<K extends MessageName>(type: K, run: (req: RequestOf<K>) => Promise<Data<K> | undefined>): Handler<K> {
  return async (data, sender) => {
    if (!sender.extensionPage && !CONTENT_SCRIPT_MESSAGES.has(type)) {
      return fail('forbidden', `${type} is only available to extension pages`) as ReplyOf<K>;
    }
    const parsed = requestSchemas[type].safeParse(data, { error: localeError });
    if (!parsed.success) return fail('bad-request', `${type}: ${describeIssues(parsed.error)}`) as ReplyOf<K>;
    try {
      const result = await run(parsed.data as RequestOf<K>);
      if (result === undefined) return fail('not-found', `${type}: no such record`) as ReplyOf<K>;
      return { ok: true, data: result } as ReplyOf<K>;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return fail(error instanceof InvalidInputError ? 'bad-request' : 'failed', `${type}: ${message}`) as ReplyOf<K>;
    }
  };
}

/** Every message's handler, delegating to lib/db. Pure wiring: no browser API, so tests call these directly. */
export function createHandlers({ db: store, loadSettings, onLedgerChanged = () => {} }: HandlerDeps): Handlers {
  // Re-sync only when something was written (undefined = no such record).
  const ledgerWrite = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    if (result !== undefined) onLedgerChanged();
    return result;
  };
  return {
    'video:snapshot': handler('video:snapshot', ({ video }) => db.recordSnapshot(store, video)),
    'score:save': handler('score:save', async ({ scores }) => ({ saved: await db.saveScores(store, scores) })),
    'shortlist:add': handler('shortlist:add', (req) => db.shortlistVideo(store, req)),
    'shortlist:state': handler('shortlist:state', ({ videoId, handle }) =>
      db.getShortlistState(store, videoId, handle),
    ),
    'shortlist:update': handler('shortlist:update', ({ ids, patch }) => db.updateEntries(store, ids, patch)),
    'shortlist:delete': handler('shortlist:delete', ({ ids }) => ledgerWrite(db.deleteEntries(store, ids))),
    'shortlist:undo': handler('shortlist:undo', (payload) => ledgerWrite(db.restoreEntries(store, payload))),
    'shortlist:list': handler('shortlist:list', (query) => db.listShortlist(store, query)),
    'shortlist:recent': handler('shortlist:recent', ({ limit }) => db.recentShortlist(store, limit)),
    'shortlist:counts': handler('shortlist:counts', () => db.statusCounts(store)),
    'creators:summary': handler('creators:summary', () => db.creatorSummary(store)),
    'authorization:add': handler('authorization:add', (auth) => ledgerWrite(db.addAuthorization(store, auth))),
    'authorization:update': handler('authorization:update', ({ id, patch }) =>
      ledgerWrite(db.updateAuthorization(store, id, patch)),
    ),
    'authorization:delete': handler('authorization:delete', async ({ id }) => {
      if ((await store.authorizations.get(id)) === undefined) return undefined;
      await db.deleteAuthorization(store, id);
      onLedgerChanged();
      return { deleted: id };
    }),
    'authorization:list': handler('authorization:list', (query) => db.listAuthorizations(store, query)),
    'authorization:for-video': handler('authorization:for-video', ({ videoId }) =>
      db.authorizationsForVideo(store, videoId),
    ),
    'authorization:by-code': handler('authorization:by-code', ({ code }) => db.findByCode(store, code)),
    'ledger:changed': handler('ledger:changed', async () => {
      onLedgerChanged();
      return { resynced: true as const };
    }),
    'settings:get': handler('settings:get', () => loadSettings()),
    'score:compute': handler('score:compute', async ({ video }) =>
      scoreForCard(video, (await loadSettings()).settings, Date.now()),
    ),
  };
}
