import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dashboardUrl, openDashboard, showDashboard } from '@/lib/ui/open-dashboard';

beforeEach(() => fakeBrowser.reset());

const ID = '7606836476323597588';

describe('opening the dashboard from the popup', () => {
  it('addresses the dashboard, or one video’s detail in it', () => {
    expect(dashboardUrl()).toMatch(/\/dashboard\.html$/);
    expect(dashboardUrl(ID)).toMatch(/\/dashboard\.html#\/video\/7606836476323597588$/);
  });

  it('opens it in a new tab when none is open, then closes the popup', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.fn();
    await openDashboard(ID, close);
    expect(create).toHaveBeenCalledWith({ url: dashboardUrl(ID) });
    expect(close).toHaveBeenCalled();
  });
});

/** tabs.query({ url }) as browsers match it (the fragment is not matched); the fake browser ignores `url`. */
function byAddress() {
  const all = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
    (await all({})).filter((t) => t.url?.split('#')[0] === q.url),
  );
}

describe('a dashboard tab that is already open', () => {
  it('is brought forward on the video instead of a second tab being opened', async () => {
    const dashboard = await fakeBrowser.tabs.create({ url: dashboardUrl(), active: false });
    await fakeBrowser.tabs.create({ url: 'https://www.tiktok.com/foryou', active: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    byAddress();
    await showDashboard(ID);
    expect(create).not.toHaveBeenCalled();
    expect(update).toHaveBeenCalledWith(dashboard.id, { active: true, url: dashboardUrl(ID) });
    expect((await fakeBrowser.tabs.get(dashboard.id!)).url).toBe(dashboardUrl(ID));
  });

  it('keeps its place (and its open detail) when no video is asked for', async () => {
    const dashboard = await fakeBrowser.tabs.create({ url: dashboardUrl(ID), active: false });
    byAddress();
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await showDashboard();
    expect(update).toHaveBeenCalledWith(dashboard.id, { active: true });
    expect((await fakeBrowser.tabs.get(dashboard.id!)).url).toBe(dashboardUrl(ID));
  });

  it('falls back to a new tab when the browser refuses the query', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no permission'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await showDashboard(ID);
    expect(create).toHaveBeenCalledWith({ url: dashboardUrl(ID) });
  });
});
