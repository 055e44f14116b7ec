import { afterEach, describe, expect, it } from 'vitest';
import {
  addAuthorization,
  authorizationsForVideo,
  expiringBetween,
  findByCode,
  listAuthorizations,
  updateAuthorization,
  type SparkScoutDb,
} from '@/lib/db';
import type { Authorization } from '@/lib/schemas/authorization';
import { clock, freshDb } from './helpers';

const DAY = 86_400_000;
const T = Date.UTC(2026, 6, 1, 12);
let db: SparkScoutDb;
afterEach(() => db?.close());

function auth(id: string, over: Partial<Authorization> = {}): Authorization {
  return {
    id,
    videoId: '7606836476323597588',
    code: `#code-${id}`,
    requestedDays: 30,
    grantedDays: 30,
    grantedAt: T,
    expiresAt: T + 30 * DAY,
    campaignEndDate: null,
    adAccount: null,
    status: 'received',
    note: '',
    supersededBy: null,
    current: true,
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

describe('authorizations', () => {
  it('keeps one current code per video: a renewal that becomes current moves the old one to history', async () => {
    const c = clock(T + DAY);
    db = freshDb({ now: c.now });
    await addAuthorization(db, auth('old'));
    await addAuthorization(
      db,
      auth('renewal', { current: false, code: null, status: 'requested', createdAt: T + DAY }),
    );
    let v = await authorizationsForVideo(db, '7606836476323597588');
    expect(v.current?.id).toBe('old');
    expect(v.history.map((a) => a.id)).toEqual(['renewal']);

    await updateAuthorization(db, 'renewal', {
      current: true,
      code: '#new',
      status: 'received',
      grantedAt: T + DAY,
      grantedDays: 60,
      expiresAt: T + 61 * DAY,
    });
    await updateAuthorization(db, 'old', { supersededBy: 'renewal' });
    v = await authorizationsForVideo(db, '7606836476323597588');
    expect(v.current).toMatchObject({ id: 'renewal', code: '#new', updatedAt: T + DAY });
    expect(v.history).toMatchObject([{ id: 'old', current: false, supersededBy: 'renewal' }]);
  });

  it('refuses an update that would break the schema and leaves the record as it was', async () => {
    db = freshDb();
    await addAuthorization(db, auth('a'));
    await expect(updateAuthorization(db, 'a', { grantedDays: 0 })).rejects.toThrow(
      /Invalid authorization: grantedDays/,
    );
    expect((await db.authorizations.get('a'))?.grantedDays).toBe(30);
    expect(await updateAuthorization(db, 'missing', { note: 'x' })).toBeUndefined();
  });

  it('lists codes soonest expiry first, requested ones last, and by status through the index', async () => {
    db = freshDb();
    await addAuthorization(db, auth('late', { videoId: '1', expiresAt: T + 60 * DAY }));
    await addAuthorization(
      db,
      auth('asked', { videoId: '2', code: null, expiresAt: null, grantedAt: null, status: 'requested' }),
    );
    await addAuthorization(db, auth('soon', { videoId: '3', expiresAt: T + 2 * DAY, status: 'in-use' }));
    expect((await listAuthorizations(db)).rows.map((a) => a.id)).toEqual(['soon', 'late', 'asked']);
    expect((await listAuthorizations(db, { status: ['in-use', 'requested'] })).rows.map((a) => a.id)).toEqual([
      'soon',
      'asked',
    ]);
    expect((await expiringBetween(db, T, T + 7 * DAY)).rows.map((a) => a.id)).toEqual(['soon']);
  });

  it('finds the same code pasted on two videos', async () => {
    db = freshDb();
    await addAuthorization(db, auth('a', { videoId: '1', code: '#same' }));
    await addAuthorization(db, auth('b', { videoId: '2', code: '#same' }));
    await addAuthorization(db, auth('c', { videoId: '3', code: '#other' }));
    expect((await findByCode(db, '#same')).rows.map((a) => a.videoId).sort()).toEqual(['1', '2']);
  });

  it('shows a corrupt code record as a bad row and still lists the others', async () => {
    db = freshDb();
    await addAuthorization(db, auth('good', { videoId: '1' }));
    await db.authorizations.put({ ...auth('broken', { videoId: '2' }), status: 'lost' as never });
    const list = await listAuthorizations(db);
    expect(list.rows.map((a) => a.id)).toEqual(['good']);
    expect(list.bad).toEqual([{ ok: false, id: 'broken', reason: expect.stringMatching(/^status: Invalid option/) }]);
  });
});
