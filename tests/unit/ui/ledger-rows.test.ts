import { describe, expect, it } from 'vitest';
import { expiringCount, reminderSchedule } from '@/lib/ledger/reminders';
import type { Authorization } from '@/lib/schemas/authorization';
import { ledgerRows } from '@/lib/ui/ledger-rows';
import { auth, OTHER_CODE } from '../ledger/fixtures';

const NOW = Date.UTC(2024, 2, 25, 12);
const DAY = 86_400_000;

const data = (authorizations: Authorization[]) => ({ authorizations, videos: new Map(), entries: [], bad: [] });

describe('ledger rows of a video with codes in its history', () => {
  // The current code, a code a renewal replaced, a code that lost `current` without a pointer (saved over, or
  // demoted by a merge of an older build), and a pending renewal request.
  const codes = [
    auth({ id: 'current', expiresAt: NOW + 3 * DAY, createdAt: NOW - DAY }),
    auth({ id: 'renewed', code: OTHER_CODE, expiresAt: NOW + 2 * DAY, supersededBy: 'current', current: false }),
    auth({ id: 'demoted', code: OTHER_CODE, expiresAt: NOW + 4 * DAY, current: false }),
    auth({ id: 'pending', code: null, grantedAt: null, expiresAt: null, status: 'requested', current: false }),
  ];

  it('files every replaced code as replaced, and keeps the current code and the pending request in view', () => {
    expect(ledgerRows(data(codes), { now: NOW, timeZone: 'UTC' }).map((r) => r.auth.id)).toEqual([
      'current',
      'pending',
    ]);
    const all = ledgerRows(data(codes), { now: NOW, timeZone: 'UTC', includeReplaced: true });
    expect(Object.fromEntries(all.map((r) => [r.auth.id, r.replaced]))).toEqual({
      current: false,
      renewed: true,
      demoted: true,
      pending: false,
    });
  });

  it('reminds and counts on the badge exactly the codes it does not file as replaced', () => {
    const shown = new Set(
      ledgerRows(data(codes), { now: NOW, timeZone: 'UTC' })
        .filter((r) => r.auth.code !== null)
        .map((r) => r.auth.id),
    );
    expect(new Set(reminderSchedule(codes, [1], NOW, 'UTC').map((r) => r.authorizationId))).toEqual(shown);
    expect(expiringCount(codes, NOW, 'UTC')).toBe(shown.size);
  });
});
