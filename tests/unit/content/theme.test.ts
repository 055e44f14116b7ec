import { describe, expect, it } from 'vitest';
import { detectTheme } from '@/lib/content/theme';

describe('TikTok theme detection', () => {
  it("uses TikTok's data-theme attribute when present", () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(detectTheme(document)).toBe('dark');
    document.documentElement.setAttribute('data-theme', 'light');
    expect(detectTheme(document)).toBe('light');
    document.documentElement.removeAttribute('data-theme');
  });

  it("falls back to the page background's brightness", () => {
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    expect(detectTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(detectTheme(document)).toBe('light');
    document.body.style.backgroundColor = '';
  });
});
