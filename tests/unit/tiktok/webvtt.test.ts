import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hookText, parseCaptions, parseSrt, parseWebVtt } from '@/lib/tiktok/webvtt';

// Shape of TikTok's ASR WebVTT (sample 01's track is por-PT, 1788 bytes; this is a hand-written file in that shape).
const VTT = `WEBVTT

NOTE produced by whisper_lid

1
00:00:00.120 --> 00:00:01.640
Olha só o que o <c.yellow>Jarvis</c> faz

2
00:00:01.640 --> 00:00:03.900 align:start position:10%
agora com o Gemini &amp; o Google

3
00:00:04.000 --> 00:00:06.000
vamos lá
`;

describe('parseWebVtt', () => {
  it('reads cue times in seconds and plain text without tags or entities', () => {
    expect(parseWebVtt(VTT)).toEqual([
      { start: 0.12, end: 1.64, text: 'Olha só o que o Jarvis faz' },
      { start: 1.64, end: 3.9, text: 'agora com o Gemini & o Google' },
      { start: 4, end: 6, text: 'vamos lá' },
    ]);
  });

  it('reads mm:ss timings, CRLF line ends and a BOM', () => {
    const vtt = '\uFEFFWEBVTT\r\n\r\n00:01.500 --> 00:02.000\r\nhello\r\nworld\r\n';
    expect(parseWebVtt(vtt)).toEqual([{ start: 1.5, end: 2, text: 'hello world' }]);
  });

  it('reads SRT', () => {
    const srt = '1\n00:00:00,000 --> 00:00:02,500\nFirst line\n\n2\n00:00:02,500 --> 00:01:00,000\nSecond\n';
    expect(parseSrt(srt)).toEqual([
      { start: 0, end: 2.5, text: 'First line' },
      { start: 2.5, end: 60, text: 'Second' },
    ]);
  });

  it('keeps the cues of a truncated file and skips cues that end before they start', () => {
    const cut = VTT.slice(0, VTT.indexOf('agora'));
    expect(parseCaptions(cut)).toEqual([{ start: 0.12, end: 1.64, text: 'Olha só o que o Jarvis faz' }]);
    expect(parseCaptions('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards\n')).toEqual([]);
  });

  it('gives no cues for an expired-URL error page or nothing at all', () => {
    expect(parseCaptions('<Error><Code>AccessDenied</Code></Error>')).toEqual([]);
    expect(parseCaptions('')).toEqual([]);
    expect(parseCaptions(undefined)).toEqual([]);
  });

  it('never throws and only returns finite, ordered cue times (property)', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'WEBVTT',
        '',
        '-->',
        '00:00:01.000 --> 00:00:02.000',
        '99:99:99.999 --> 00:00:00.000',
        '<b>x</b>',
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(line).map((ls) => ls.join('\n')),
        ),
        (input) =>
          parseCaptions(input).every(
            (c) => Number.isFinite(c.start) && c.end >= c.start && c.start >= 0 && c.text !== '',
          ),
      ),
      { numRuns: 500 },
    );
  });
});

describe('hookText', () => {
  it('gives what is said in the first three seconds, counting a cue that starts before the mark', () => {
    expect(hookText(parseWebVtt(VTT), 3)).toBe('Olha só o que o Jarvis faz agora com o Gemini & o Google');
    expect(hookText(parseWebVtt(VTT), 1)).toBe('Olha só o que o Jarvis faz');
  });

  it('is empty when nobody speaks early or there are no captions', () => {
    expect(hookText([{ start: 5, end: 6, text: 'late' }])).toBe('');
    expect(hookText([])).toBe('');
  });
});
