import './cleanup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { factor, insights, makeResult, makeVideo, pageStat, ready } from './fixtures';
import { renderCard } from './render-card';

describe('score card', () => {
  it('is a dialog labelled "Spark Scout score card"', () => {
    renderCard();
    expect(screen.getByRole('dialog', { name: 'Spark Scout score card' })).toBeInTheDocument();
  });

  it.each([
    ['strong', 82, 'Strong'],
    ['maybe', 61, 'Maybe'],
    ['weak', 38, 'Weak'],
    ['ineligible', 70, 'Ineligible'],
  ] as const)('shows a %s band in its own colour class with the total', (band, total, label) => {
    renderCard({ state: ready(makeVideo(), makeResult({ band, total })) });
    expect(screen.getByText(label)).toHaveClass('ss-band', `ss-band--${band}`);
    expect(screen.getByLabelText(`Score ${total} of 100`)).toHaveClass(`ss-total--${band}`);
  });

  it('calls back with the objective picked in the objective switch', async () => {
    const { props } = renderCard({ objective: 'awareness' });
    const group = screen.getByRole('radiogroup', { name: 'Objective' });
    expect(within(group).getByRole('radio', { name: 'Awareness' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'Conversion' }));
    expect(props.onObjectiveChange).toHaveBeenCalledWith('conversion');
  });

  it('renders one row per factor with its score, weight, confidence and every reason', () => {
    renderCard();
    const rows = within(screen.getByRole('region', { name: 'Factors' })).getAllByRole('listitem');
    const hook = rows.find((r) => r.textContent?.startsWith('Hook (first 3 s)'));
    const engagement = rows.find((r) => r.textContent?.startsWith('Engagement'));
    expect(hook).toHaveTextContent('88');
    expect(hook).toHaveTextContent('weight 30% · confidence 90%');
    expect(hook).toHaveTextContent('Direct address in the first second');
    expect(engagement).toHaveTextContent('weight 45% · confidence 60%');
    expect(engagement).toHaveTextContent('Above median');
    expect(engagement).toHaveTextContent('Shares high');
    expect(rows.filter((r) => r.classList.contains('ss-factor'))).toHaveLength(3);
  });

  it('lists factors left out of the score with the reason', () => {
    renderCard();
    expect(screen.getByText('Not scored')).toBeInTheDocument();
    expect(screen.getByText('Comment sentiment').closest('li')).toHaveTextContent(
      'Comment sentiment: no comments were loaded',
    );
  });

  it('marks exact counts as exact and page-text counts as approximate', () => {
    renderCard();
    const stats = screen.getByRole('table');
    const row = (name: string) => within(stats).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Views')).toHaveTextContent('1,585,253 exact');
    expect(row('Likes')).toHaveTextContent('≈1.1M (from page text)');
    expect(row('Likes')).not.toHaveTextContent('exact');
    expect(row('Saves')).toHaveTextContent('not available');
  });

  it('shows the engagement rate with its formula, approximate when a count behind it is', () => {
    renderCard();
    const stats = screen.getByRole('region', { name: 'Stats' });
    expect(stats).toHaveTextContent('Engagement rate ≈69.6%');
    expect(stats).toHaveTextContent('(likes + comments + shares + saves) ÷ views');
  });

  it('shows policy flags with category, severity, markets and evidence, and eligibility with its reasons', () => {
    const result = makeResult({
      policyFlags: [
        { category: 'weight-loss', evidence: ['lost 10kg in a week'], markets: 'global', severity: 'prohibited' },
      ],
      eligibility: { status: 'ineligible', reasons: [{ code: 'licensed-music', message: 'Uses a licensed track' }] },
    });
    renderCard({ state: ready(makeVideo(), result) });
    const section = screen.getByRole('region', { name: 'Eligibility and policy' });
    expect(section).toHaveTextContent('Not eligible');
    expect(section).toHaveTextContent('Uses a licensed track');
    expect(section).toHaveTextContent('Weight loss prohibited in all markets');
    expect(section).toHaveTextContent('Evidence: “lost 10kg in a week”');
  });

  it("gives the Stats section's comment count as the total the sample comes from, not the comment list's own", () => {
    const video = makeVideo({ commentsTotal: 2_270 });
    renderCard({ state: ready(video), insights });
    expect(screen.getByRole('region', { name: 'Comments' })).toHaveTextContent('Sample of 40 comments (of 2,031)');
  });

  it('shows comment insights: sample, sentiment shares, purchase intent and the top comments', () => {
    renderCard({ insights });
    const section = screen.getByRole('region', { name: 'Comments' });
    expect(section).toHaveTextContent('Sample of 40 comments (of 2,031)');
    expect(section).toHaveTextContent('55% positive · 10% negative');
    expect(section).toHaveTextContent('3 purchase-intent comments');
    expect(within(section).getByRole('list', { name: 'Top purchase-intent comments' })).toHaveTextContent(
      'where can I buy these sheets',
    );
  });

  it('shows the transcript of the first seconds with its time range', () => {
    renderCard();
    const hook = screen.getByRole('region', { name: 'Hook' });
    expect(hook).toHaveTextContent('0.0–2.8 s: You have been folding it wrong. Here is the fix.');
    expect(hook).not.toHaveTextContent('find the corners');
  });

  it('falls back to the caption opening, marked as caption, without a transcript', () => {
    renderCard({ state: ready(makeVideo({ transcript: null })) });
    const hook = screen.getByRole('region', { name: 'Hook' });
    expect(within(hook).getByText('Caption')).toBeInTheDocument();
    expect(hook).toHaveTextContent('Three ways to fold a fitted sheet');
    expect(hook).not.toHaveTextContent(' s:');
  });

  it('shows the creator line with handle, followers and how many of their videos are shortlisted', () => {
    const video = makeVideo({ author: { ...makeVideo().author, followers: pageStat(2_400_000) } });
    renderCard({ state: ready(video), shortlist: { shortlisted: false, creatorShortlistedCount: 3 } });
    expect(screen.getByText('@maker.jo').parentElement).toHaveTextContent(
      '@maker.jo · ≈2.4M followers · 3 of their videos shortlisted',
    );
  });

  it('shows a loading state while scoring', () => {
    renderCard({ state: { kind: 'loading' } });
    expect(screen.getByRole('status')).toHaveTextContent('Scoring this video');
    expect(screen.getByRole('dialog')).toHaveAttribute('aria-busy', 'true');
  });

  it('says which data is missing when the score stands on partial data', () => {
    const missing = ['Comments: open the comment panel to include them.', 'Transcript: none yet.'];
    renderCard({ state: ready(makeVideo(), makeResult(), missing) });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Partial data: the score uses what was available.');
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(missing);
  });

  it('shows why the video could not be read and retries on request', async () => {
    const { props } = renderCard({ state: { kind: 'error', reason: 'this video is private' } });
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't read this video: this video is private");
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('renders hostile caption, comment and reason text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const video = makeVideo({ caption: hostile, transcript: null });
    const result = makeResult({ factors: [factor({ id: 'cta', reasons: [hostile] })] });
    const { container } = renderCard({
      state: ready(video, result),
      insights: { ...insights, topPurchaseIntent: [{ text: hostile, likes: null }] },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Hook' })).toHaveTextContent(hostile);
    expect(screen.getAllByText(hostile, { exact: false })).toHaveLength(3);
  });

  it('closes from its close button', async () => {
    const { props } = renderCard();
    await userEvent.click(screen.getByRole('button', { name: 'Close score card' }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});
