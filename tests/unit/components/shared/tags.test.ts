import { describe, expect, it } from 'vitest';
import { addTags, MAX_TAG_LENGTH, MAX_TAGS, tagLimitNote } from '@/components/shared/tags';

describe('adding tags', () => {
  it('splits on commas and trims', () => {
    expect(addTags([], ' ugc , summer,')).toEqual(['ugc', 'summer']);
  });

  it('splits on semicolons too: the CSV separates tags with them, so a tag holding one would not come back', () => {
    expect(addTags([], 'gamma;delta; epsilon')).toEqual(['gamma', 'delta', 'epsilon']);
  });

  it('drops duplicates whatever their case, keeping the first spelling', () => {
    expect(addTags(['UGC'], 'ugc, Beauty, beauty')).toEqual(['UGC', 'Beauty']);
  });

  it('cuts tags to the shortlist schema limit', () => {
    expect(addTags([], 'x'.repeat(100))[0]).toHaveLength(MAX_TAG_LENGTH);
  });

  it('stops at the maximum number of tags', () => {
    const many = Array.from({ length: 30 }, (_, i) => `t${i}`).join(',');
    expect(addTags([], many)).toHaveLength(MAX_TAGS);
  });

  it('takes another field’s own limits instead of the shortlist’s', () => {
    const many = Array.from({ length: 30 }, (_, i) => `t${i}`).join(',');
    expect(addTags([], many, 200, 80)).toHaveLength(30);
    expect(addTags([], 'x'.repeat(100), 200, 80)[0]).toHaveLength(80);
    expect(addTags(['a', 'b'], 'c', 2)).toEqual(['a', 'b']);
  });

  it('does not change the tags it was given', () => {
    const before = ['a'];
    addTags(before, 'b');
    expect(before).toEqual(['a']);
  });
});

describe('saying what the tag limits cut or left out', () => {
  it('names a tag that was shortened and tags left out past the maximum, and nothing when all fit', () => {
    expect(tagLimitNote([], `ok, ${'y'.repeat(70)}`)).toBe(
      `A tag holds at most ${MAX_TAG_LENGTH} characters: “yyyyyyyyyyyyyyyyyyyy…” was shortened.`,
    );
    const full = Array.from({ length: MAX_TAGS - 1 }, (_, i) => `t${i}`);
    expect(tagLimitNote(full, 'last, extra; more')).toBe(`At most ${MAX_TAGS} tags: “extra”, “more” not added.`);
    expect(tagLimitNote(['UGC'], 'ugc, beauty')).toBeNull();
  });
});
