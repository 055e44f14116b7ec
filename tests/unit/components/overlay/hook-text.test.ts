import { describe, expect, it } from 'vitest';
import { hookText } from '@/components/overlay/hook-text';
import { makeVideo } from './fixtures';

const withCues = (cues: { start: number; end: number; text: string }[]) =>
  makeVideo({ transcript: { language: 'en', source: 'ASR', fetchedAt: 0, cues } });

describe('hook text', () => {
  it('takes the cues of the first 3 seconds and their time range', () => {
    expect(hookText(makeVideo())).toEqual({
      kind: 'transcript',
      start: 0,
      end: 2.8,
      text: 'You have been folding it wrong. Here is the fix.',
      language: 'en',
    });
  });

  it('keeps a long first cue whole rather than falling back to the caption', () => {
    expect(hookText(withCues([{ start: 0.5, end: 7, text: 'One long sentence.' }]))).toMatchObject({
      start: 0.5,
      end: 7,
      text: 'One long sentence.',
    });
  });

  it('sorts cues and skips empty ones', () => {
    const v = withCues([
      { start: 1, end: 2, text: 'second' },
      { start: 0.2, end: 0.9, text: '  ' },
      { start: 0, end: 1, text: 'first' },
    ]);
    expect(hookText(v)).toMatchObject({ start: 0, end: 2, text: 'first second' });
  });

  it('uses the caption opening when no cue starts in the first 3 seconds', () => {
    expect(hookText(withCues([{ start: 4, end: 6, text: 'late' }]))).toEqual({
      kind: 'caption',
      text: 'Three ways to fold a fitted sheet #laundry #hack',
    });
  });

  it('cuts a long caption at a word boundary', () => {
    const caption = `${'word '.repeat(60)}end`;
    const hook = hookText({ transcript: null, caption });
    expect(hook?.kind).toBe('caption');
    expect(hook?.text.endsWith('word…')).toBe(true);
    expect(hook!.text.length).toBeLessThanOrEqual(161);
  });

  it('returns nothing when there is neither transcript nor caption', () => {
    expect(hookText({ transcript: null, caption: '   ' })).toBeNull();
  });
});
