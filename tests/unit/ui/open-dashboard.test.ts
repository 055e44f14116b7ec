import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dashboardUrl, openDashboard } from '@/lib/ui/open-dashboard';

beforeEach(() => fakeBrowser.reset());

describe('opening the dashboard from the popup', () => {
  it('addresses the dashboard, or one video’s detail in it', () => {
    expect(dashboardUrl()).toMatch(/\/dashboard\.html$/);
    expect(dashboardUrl('7606836476323597588')).toMatch(/\/dashboard\.html#\/video\/7606836476323597588$/);
  });

  it('opens it in a new tab, then closes the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.fn();
    await openDashboard('7606836476323597588', close);
    expect(create).toHaveBeenCalledWith({ url: dashboardUrl('7606836476323597588') });
    expect(close).toHaveBeenCalled();
  });
});
