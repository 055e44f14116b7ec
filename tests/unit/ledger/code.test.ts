import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeKey, describeCodeWarning, maskCode, normalizeCode } from '@/lib/ledger/code';
import { OTHER_CODE, SAMPLE_CODE } from './fixtures';

function ok(raw: string) {
  const r = normalizeCode(raw);
  if (!r.ok) throw new Error(`expected ok, got ${r.reason}`);
  return r;
}

describe('normalizeCode', () => {
  it('keeps a well-formed code as is, with no warnings', () => {
    expect(ok(SAMPLE_CODE)).toEqual({ ok: true, code: SAMPLE_CODE, warnings: [] });
  });

  it('strips surrounding whitespace, newlines and tabs from a pasted code', () => {
    expect(ok(`  \n\t${SAMPLE_CODE}\r\n `).code).toBe(SAMPLE_CODE);
  });

  it('strips straight, curly and nested quotes around the code', () => {
    for (const wrapped of [
      `"${SAMPLE_CODE}"`,
      `'${SAMPLE_CODE}'`,
      `“${SAMPLE_CODE}”`,
      `‘${SAMPLE_CODE}’`,
      ` " '${SAMPLE_CODE}' " `,
      `«${SAMPLE_CODE}»`,
    ]) {
      expect(ok(wrapped).code).toBe(SAMPLE_CODE);
    }
  });

  it('strips zero-width marks a chat app put at the edges', () => {
    expect(ok(`\u200B${SAMPLE_CODE}\uFEFF`).code).toBe(SAMPLE_CODE);
  });

  it('strips the bidi isolate and embedding marks a chat app wraps around a pasted code', () => {
    // FSI…PDI (U+2068, U+2069) and LRE…PDF (U+202A, U+202C): direction marks chat apps wrap around pasted text.
    for (const wrapped of [
      `\u2068${SAMPLE_CODE}\u2069`,
      `\u202A${SAMPLE_CODE}\u202C`,
      `\u2066\u202E ${SAMPLE_CODE}\u2069`,
    ]) {
      expect(ok(wrapped)).toEqual({ ok: true, code: SAMPLE_CODE, warnings: [] });
    }
    expect(codeKey(`\u2068${SAMPLE_CODE}\u2069`)).toBe(codeKey(SAMPLE_CODE));
  });

  it('warns about a bidi isolate mark inside the code and leaves it out of the comparison key', () => {
    const inner = `${SAMPLE_CODE.slice(0, 10)}\u2067${SAMPLE_CODE.slice(10)}`;
    expect(ok(inner).warnings).toEqual(['invisible-characters']);
    expect(codeKey(inner)).toBe(codeKey(SAMPLE_CODE));
  });

  it('keeps an inner space and warns instead of silently joining the halves', () => {
    const split = `${SAMPLE_CODE.slice(0, 20)} ${SAMPLE_CODE.slice(20)}`;
    const r = ok(split);
    expect(r.code).toBe(split);
    expect(r.warnings).toContain('inner-whitespace');
  });

  it('keeps an inner line break and warns about it', () => {
    const r = ok(`${SAMPLE_CODE.slice(0, 30)}\n${SAMPLE_CODE.slice(30)}`);
    expect(r.code).toContain('\n');
    expect(r.warnings).toEqual(['inner-whitespace']);
  });

  it('warns about an invisible character inside the code', () => {
    expect(ok(`${SAMPLE_CODE.slice(0, 10)}\u200B${SAMPLE_CODE.slice(10)}`).warnings).toEqual(['invisible-characters']);
  });

  it('warns about characters Spark codes do not use', () => {
    expect(ok(`${SAMPLE_CODE}!`).warnings).toContain('unusual-characters');
    expect(ok(`${SAMPLE_CODE.slice(0, 12)}é${SAMPLE_CODE.slice(12)}`).warnings).toContain('unusual-characters');
  });

  it('warns when the leading # is missing, a sign the start was not copied', () => {
    expect(ok(SAMPLE_CODE.slice(1)).warnings).toEqual(['no-leading-hash']);
  });

  it('warns about a code too short or too long to be a whole Spark code', () => {
    expect(ok('#abc123').warnings).toEqual(['too-short']);
    expect(ok(`#${'A'.repeat(400)}`).warnings).toEqual(['too-long']);
  });

  it('rejects empty input and a wall of pasted text with a readable reason', () => {
    expect(normalizeCode('  "" ')).toEqual({ ok: false, reason: 'The code is empty.' });
    const r = normalizeCode('x'.repeat(5000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/5000 characters/);
  });

  it('refuses text with no letters or digits at all, saying why', () => {
    for (const raw of ['!!!', '#', '👋🎉', ' # … ']) {
      expect(normalizeCode(raw)).toEqual({
        ok: false,
        reason: 'That has no letters or digits, so it is not a Spark code. Paste the code itself.',
      });
    }
  });

  describe('a whole message pasted with the code in it', () => {
    const CODE = '#Zz9qAbCdEfGhIjKlMnOpQrStUvWxYz0123mno=';
    const MESSAGE = `Hey! 👋 Here's my Spark code:\n${CODE}\nvalid 30 days, thanks!`;

    it('keeps the message as pasted, with one warning that names it and the code found in it', () => {
      expect(ok(MESSAGE)).toEqual({ ok: true, code: MESSAGE, warnings: ['message-text'], found: CODE });
      expect(describeCodeWarning('message-text')).toMatch(/^This looks like a message with a code in it/);
    });

    it('trims the sentence punctuation around the code', () => {
      expect(ok(`My code is ${CODE}. Thanks`).found).toBe(CODE);
      expect(ok(`Code (${CODE}), enjoy!`).found).toBe(CODE);
      expect(ok(`“${CODE}”! see you`).found).toBe(CODE);
    });

    it("prefers the word led by '#' over other long words and ignores links", () => {
      const text = `Video https://www.tiktok.com/@ana/video/7606836476323597588 code ${CODE} ref AbCdEfGhIjKlMnOpQrStUv!`;
      expect(ok(text).found).toBe(CODE);
      expect(ok(`Here: ${CODE.slice(1)} - thanks!`).found).toBe(CODE.slice(1));
    });

    it('finds nothing when two words could be the code', () => {
      const r = ok(`Old: ${SAMPLE_CODE} new: ${CODE}`);
      expect(r.found).toBeUndefined();
      expect(r.warnings).toContain('unusual-characters');
    });

    it('takes a code split by a space for one code, not a message: half a code is never offered', () => {
      const split = `${SAMPLE_CODE.slice(0, 30)} ${SAMPLE_CODE.slice(30)}`;
      expect(ok(split)).toEqual({ ok: true, code: split, warnings: ['inner-whitespace'] });
    });
  });

  it('never throws, and is idempotent on its own output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const once = normalizeCode(raw);
        if (!once.ok) return;
        const twice = normalizeCode(once.code);
        expect(twice).toEqual(once);
      }),
    );
  });

  it('has a readable sentence for every warning', () => {
    for (const w of [
      'inner-whitespace',
      'invisible-characters',
      'unusual-characters',
      'no-leading-hash',
      'too-short',
      'too-long',
      'message-text',
    ] as const) {
      expect(describeCodeWarning(w).length).toBeGreaterThan(20);
    }
  });
});

describe('maskCode', () => {
  it('shows the # and four characters at the start and three at the end', () => {
    expect(maskCode(SAMPLE_CODE)).toBe(`${SAMPLE_CODE.slice(0, 5)}••••${SAMPLE_CODE.slice(-3)}`);
  });

  it('never reveals more than eight characters of a code', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (code) => {
        const masked = maskCode(code);
        expect(Array.from(masked.replace(/•/g, '')).length).toBeLessThanOrEqual(8);
      }),
    );
  });

  it('hides a short code completely', () => {
    expect(maskCode('#abc12')).toBe('••••••');
  });
});

describe('codeKey', () => {
  it('treats a code split by a space as the same code', () => {
    expect(codeKey(`${SAMPLE_CODE.slice(0, 9)} ${SAMPLE_CODE.slice(9)}`)).toBe(codeKey(SAMPLE_CODE));
  });

  it("treats a code with and without its leading '#' as the same code", () => {
    expect(codeKey(SAMPLE_CODE.slice(1))).toBe(codeKey(SAMPLE_CODE));
    expect(codeKey(OTHER_CODE)).not.toBe(codeKey(SAMPLE_CODE));
  });
});
