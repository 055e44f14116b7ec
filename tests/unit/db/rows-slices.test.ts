import { describe, expect, it } from 'vitest';
import { buildRows, buildRowsInSlices } from '@/lib/db';
import { seededDb } from '../ui/helpers';

describe('building the row model in slices', () => {
  it('gives the same rows and bad rows as one build, naming id-less records by their place in the whole read', async () => {
    const { db } = await seededDb(2_500);
    try {
      const raws: unknown[] = await db.shortlist.toArray();
      // Broken records in different slices, one without any id: each must stay its own bad row.
      raws[10] = { ...(raws[10] as object), status: 'bogus' };
      raws[1_500] = { note: 'no id at all' };
      const sliced = await buildRowsInSlices(raws);
      expect(sliced).toEqual(buildRows(raws));
      expect(sliced.rows).toHaveLength(2_498);
      expect(sliced.bad.map((b) => b.id)).toEqual([(raws[10] as { videoId: string }).videoId, '#1500']);
    } finally {
      db.close();
    }
  });
});
