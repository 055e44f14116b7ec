import { describe, expect, it } from 'vitest';
import { errorMessage } from '@/lib/error-message';

describe('errorMessage', () => {
  it("gives an Error's own words, without the 'Error:' prefix String() adds", () => {
    expect(errorMessage(new Error('The database is closed'))).toBe('The database is closed');
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(String(new Error('x'))).toBe('Error: x');
  });

  it('writes anything else thrown as text', () => {
    expect(errorMessage('quota exceeded')).toBe('quota exceeded');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
