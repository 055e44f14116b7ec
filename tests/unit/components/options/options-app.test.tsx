import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsAppProps } from '@/components/options/options-app';
import { settingsSchema, type Settings } from '@/lib/schemas/settings';
import { DEFAULT_SETTINGS, OBJECTIVE_PRESETS } from '@/lib/settings';

function renderOptions(over: Partial<OptionsAppProps> = {}) {
  const props: OptionsAppProps = {
    settings: DEFAULT_SETTINGS,
    defaults: DEFAULT_SETTINGS,
    presets: OBJECTIVE_PRESETS,
    problem: null,
    onSave: vi.fn(async () => {}),
    ...over,
  };
  return { props, ...render(<OptionsApp {...props} />) };
}

const saved = (props: OptionsAppProps): Settings => (props.onSave as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0];
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('the options page', () => {
  it('shows loading until the stored settings are read', () => {
    renderOptions({ settings: undefined });
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
  });

  it('says which stored settings were reset', () => {
    renderOptions({ problem: 'Some stored settings were invalid and were reset: industry.' });
    expect(screen.getByRole('note')).toHaveTextContent('reset: industry');
  });

  it('saves a changed objective as complete, valid settings', async () => {
    const { props } = renderOptions();
    await userEvent.click(screen.getByRole('radio', { name: /Conversion/ }));
    await save();
    expect(saved(props)).toEqual({ ...DEFAULT_SETTINGS, objective: 'conversion' });
    expect(settingsSchema.safeParse(saved(props)).success).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('edits a weight, shows each factor’s share, and offers the dashboard’s Rescore all afterwards', async () => {
    const { props } = renderOptions();
    const hook = screen.getByRole('textbox', { name: 'Hook (first 3 s) weight for Awareness' });
    await userEvent.clear(hook);
    await userEvent.type(hook, '8');
    const cell = hook.closest('td')!;
    // 8 of 8 + 1.5 + 1 + 1.5 + 2 + 2 + 1 = 17 → 47%.
    expect(cell).toHaveTextContent('47%');
    await save();
    expect(saved(props).weights.awareness.hook).toBe(8);
    expect(screen.getByRole('note')).toHaveTextContent('Rescore all');
  });

  it('shows shares that add up to 100% in a column, however they round', async () => {
    renderOptions();
    const column = [1, 1, 1, 1, 4, 0, 0];
    const boxes = screen.getAllByRole('textbox', { name: / weight for Conversion$/ });
    for (const [i, box] of boxes.entries()) {
      await userEvent.clear(box);
      await userEvent.type(box, String(column[i]));
    }
    const shares = boxes.map((box) => box.closest('td')!.textContent);
    expect(shares).toEqual(['12.5%', '12.5%', '12.5%', '12.5%', '50%', '0%', '0%']);
  });

  it('refuses a missing or out-of-range weight and names it', async () => {
    const { props } = renderOptions();
    const cta = screen.getByRole('textbox', { name: 'Call to action weight for Conversion' });
    await userEvent.clear(cta);
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(cta).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Call to action weight for Conversion needs a number');
    await userEvent.type(cta, '12');
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Call to action weight for Conversion must be from 0 to 10.');
  });

  it('refuses a column of weights that are all 0, naming the objective beside the table', async () => {
    const { props } = renderOptions();
    const boxes = screen.getAllByRole('textbox', { name: / weight for Awareness$/ });
    for (const box of boxes) {
      await userEvent.clear(box);
      await userEvent.type(box, '0');
    }
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    const message = 'Every Awareness weight is 0: give at least one factor a weight above 0.';
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('region', { name: 'Factor weights' })).toHaveTextContent(message);
    expect(screen.getByRole('region', { name: 'Factor weights' })).not.toHaveTextContent('Every weight must be');
    for (const box of boxes) expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(boxes[0]!, '{Backspace}1');
    await save();
    expect(saved(props).weights.awareness).toMatchObject({ hook: 1, cta: 0 });
  });

  it('reads a weight written with a decimal comma or point: "1,5" is 1.5, not 15', async () => {
    const { props } = renderOptions();
    const hook = screen.getByRole('textbox', { name: 'Hook (first 3 s) weight for Awareness' });
    const cta = screen.getByRole('textbox', { name: 'Call to action weight for Awareness' });
    await userEvent.clear(hook);
    await userEvent.type(hook, '1,5');
    await userEvent.clear(cta);
    await userEvent.type(cta, '0.5');
    // The box keeps what was typed; the share is of 1.5 + 1.5 + 1 + 1.5 + 2 + 2 + 0.5 = 10.
    expect(hook).toHaveValue('1,5');
    expect(hook.closest('td')).toHaveTextContent('15%');
    await save();
    expect(saved(props).weights.awareness).toMatchObject({ hook: 1.5, cta: 0.5 });
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('refuses a weight it cannot read, keeping the text and saying how to write it', async () => {
    const { props } = renderOptions();
    const hook = screen.getByRole('textbox', { name: 'Hook (first 3 s) weight for Awareness' });
    await userEvent.clear(hook);
    await userEvent.type(hook, '1,2,5');
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(hook).toHaveValue('1,2,5');
    expect(hook).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Hook (first 3 s) weight for Awareness needs a number from 0 to 10, like 1.5 or 1,5.',
    );
    // A preset replaces the unreadable text with its number.
    await userEvent.click(screen.getByRole('button', { name: 'Reset Awareness weights to the preset' }));
    expect(hook).toHaveValue(String(OBJECTIVE_PRESETS.awareness.hook));
  });

  it('puts one objective’s weights back to its preset', async () => {
    const { props } = renderOptions({
      settings: {
        ...DEFAULT_SETTINGS,
        weights: { ...DEFAULT_SETTINGS.weights, awareness: { ...OBJECTIVE_PRESETS.awareness, hook: 9 } },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Reset Awareness weights to the preset' }));
    await save();
    expect(saved(props).weights.awareness).toEqual(OBJECTIVE_PRESETS.awareness);
  });

  it('keeps brand terms and handles, including the one still being typed, without "@"', async () => {
    const { props } = renderOptions();
    await userEvent.type(screen.getByRole('textbox', { name: 'Brand terms' }), 'glowlab{Enter}glow serum');
    await userEvent.type(screen.getByRole('textbox', { name: 'Brand handles' }), '@glowlab.official');
    await save();
    expect(saved(props).brandTerms).toEqual(['glowlab', 'glow serum']);
    expect(saved(props).brandHandles).toEqual(['glowlab.official']);
  });

  it('keeps more than 20 brand terms (the shortlist’s tag limit is not the settings’)', async () => {
    const { props } = renderOptions();
    const box = screen.getByRole('textbox', { name: 'Brand terms' });
    const terms = Array.from({ length: 21 }, (_, i) => `term${i + 1}`);
    await userEvent.type(box, terms.join('{Enter}') + '{Enter}');
    expect(within(screen.getByRole('list', { name: 'Brand terms added' })).getAllByRole('listitem')).toHaveLength(21);
    await save();
    expect(saved(props).brandTerms).toEqual(terms);
  });

  it('refuses a brand term past the 200th and keeps it in the box with the reason', async () => {
    const many = Array.from({ length: 199 }, (_, i) => `term${i + 1}`);
    const { props } = renderOptions({ settings: { ...DEFAULT_SETTINGS, brandTerms: many } });
    const box = screen.getByRole('textbox', { name: 'Brand terms' });
    await userEvent.type(box, 'term200{Enter}term201{Enter}');
    expect(box).toHaveValue('term201');
    expect(screen.getByRole('alert')).toHaveTextContent('There can be at most 200 brand terms.');
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    // Removing one makes room.
    await userEvent.click(screen.getByRole('button', { name: 'Remove tag term1' }));
    await userEvent.type(box, '{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    await save();
    expect(saved(props).brandTerms).toEqual([...many.slice(1), 'term200', 'term201']);
  });

  it('keeps a brand term whole up to its 80 characters and refuses a longer one in words', async () => {
    const { props } = renderOptions();
    const box = screen.getByRole('textbox', { name: 'Brand terms' });
    const whole = 'a'.repeat(70);
    const long = 'b'.repeat(81);
    await userEvent.type(box, `${whole}{Enter}${long}{Enter}`);
    expect(box).toHaveValue(long);
    expect(screen.getByRole('alert')).toHaveTextContent('Brand terms can be at most 80 characters.');
    await userEvent.clear(box);
    await save();
    expect(saved(props).brandTerms).toEqual([whole]);
  });

  it('refuses what cannot be a TikTok handle, naming it, whether confirmed or still being typed', async () => {
    const { props } = renderOptions();
    const box = screen.getByRole('textbox', { name: 'Brand handles' });
    const problem = (typed: string) =>
      `“${typed}” isn’t a TikTok handle: handles are up to 24 letters, digits, “_” and “.”.`;
    await userEvent.type(box, 'glow lab{Enter}');
    expect(box).toHaveValue('glow lab');
    expect(screen.getByRole('alert')).toHaveTextContent(problem('glow lab'));
    const long = 'h'.repeat(25);
    await userEvent.clear(box);
    await userEvent.type(box, `@${long}`);
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(`Please fix this first:${problem(`@${long}`)}`);
    expect(screen.queryByText(/brandHandles/)).toBeNull();
  });

  it('takes a pasted TikTok profile link as its handle', async () => {
    const { props } = renderOptions();
    await userEvent.click(screen.getByRole('textbox', { name: 'Brand handles' }));
    await userEvent.paste('https://www.tiktok.com/@glowlab,');
    expect(screen.getByRole('list', { name: 'Brand handles added' })).toHaveTextContent(/^glowlab×$/);
    await save();
    expect(saved(props).brandHandles).toEqual(['glowlab']);
  });

  it('takes "@glowlab" and "glowlab" as one handle', async () => {
    const { props } = renderOptions();
    await userEvent.type(screen.getByRole('textbox', { name: 'Brand handles' }), '@glowlab{Enter}glowlab{Enter}');
    await save();
    expect(saved(props).brandHandles).toEqual(['glowlab']);
  });

  it('reads reminder lead times as whole days, highest first', async () => {
    const { props } = renderOptions();
    const lead = screen.getByRole('textbox', { name: /days before a Spark code expires/ });
    await userEvent.clear(lead);
    await userEvent.type(lead, '1, 14,7');
    await save();
    expect(saved(props).reminderLeadDays).toEqual([14, 7, 1]);
    await userEvent.clear(lead);
    await userEvent.type(lead, 'two weeks');
    await save();
    expect(props.onSave).toHaveBeenCalledTimes(1);
    expect(lead).toHaveAccessibleDescription(/whole days/);
  });

  it('refuses a lead time past 365 days on the field itself, naming the value', async () => {
    const { props } = renderOptions();
    const lead = screen.getByRole('textbox', { name: /days before a Spark code expires/ });
    await userEvent.clear(lead);
    await userEvent.type(lead, '14, 400');
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(lead).toHaveAttribute('aria-invalid', 'true');
    expect(lead).toHaveAccessibleDescription('400 days is too far ahead: lead times are 0 to 365 days.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('reminderLeadDays');
    await userEvent.clear(lead);
    await userEvent.type(lead, '1,2,3,4,5,6,7,8,9,10,11');
    await save();
    expect(lead).toHaveAccessibleDescription('There can be at most 10 lead times; this has 11.');
    await userEvent.clear(lead);
    await userEvent.type(lead, '365, 0');
    await save();
    expect(saved(props).reminderLeadDays).toEqual([365, 0]);
    expect(lead).not.toHaveAttribute('aria-invalid');
  });

  it('saves no lead times, saying that means no reminders', async () => {
    const { props } = renderOptions();
    const lead = screen.getByRole('textbox', { name: /days before a Spark code expires/ });
    expect(lead).toHaveAccessibleDescription('Whole days, separated by commas, e.g. 14, 7, 1.');
    await userEvent.clear(lead);
    expect(lead).toHaveAccessibleDescription(
      /^No reminders: expiry only shows in the ledger and on the toolbar badge\./,
    );
    await save();
    expect(saved(props).reminderLeadDays).toEqual([]);
    expect(lead).toHaveAccessibleDescription(/^No reminders/);
    await userEvent.type(lead, '3');
    expect(lead).toHaveAccessibleDescription('Whole days, separated by commas, e.g. 14, 7, 1.');
  });

  it('does not call the same lead times written differently an unsaved change', async () => {
    renderOptions();
    const lead = screen.getByRole('textbox', { name: /days before a Spark code expires/ });
    await userEvent.clear(lead);
    await userEvent.type(lead, '14,7,1');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    await userEvent.type(lead, ',2');
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
  });

  it('saves once however often Save is pressed while saving', async () => {
    let release!: () => void;
    const onSave = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    renderOptions({ onSave });
    await userEvent.click(screen.getByRole('radio', { name: /Awareness/ }));
    await save();
    await userEvent.click(screen.getByRole('button', { name: 'Saving…' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    release();
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('asks before the tab closes while there are unsaved changes, and tells its page whether there are', async () => {
    const onDirtyChange = vi.fn();
    renderOptions({ onDirtyChange });
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(closing()).toBe(false);
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
    await userEvent.click(screen.getByRole('radio', { name: /Awareness/ }));
    expect(closing()).toBe(true);
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await save();
    await screen.findByText('Saved.');
    expect(closing()).toBe(false);
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });

  it('sets target markets, industry and the export default', async () => {
    const { props } = renderOptions();
    const markets = screen.getByRole('group', { name: /Target markets/ });
    await userEvent.click(within(markets).getByRole('checkbox', { name: 'United Kingdom' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Industry/ }), 'health-beauty');
    await userEvent.click(screen.getByRole('checkbox', { name: /Include authorization codes/ }));
    await save();
    expect(saved(props)).toMatchObject({
      targetMarkets: ['uk'],
      industry: 'health-beauty',
      includeCodesInExport: true,
    });
  });

  it('never ticks Global beside another market, nor leaves none ticked, and says what Global means', async () => {
    const { props } = renderOptions({ settings: { ...DEFAULT_SETTINGS, targetMarkets: ['global', 'uk'] } });
    const markets = screen.getByRole('group', { name: /Target markets/ });
    const box = (name: string) => within(markets).getByRole('checkbox', { name });
    const ticked = () =>
      within(markets)
        .getAllByRole('checkbox')
        .filter((c) => (c as HTMLInputElement).checked)
        .map((c) => c.parentElement!.textContent);
    expect(markets).toHaveAccessibleDescription(/Global means no particular market, and is used when no other/);
    // Stored before Global was exclusive: the UK alone is what scoring reads.
    expect(ticked()).toEqual(['United Kingdom']);
    await userEvent.click(box('Israel'));
    expect(ticked()).toEqual(['United Kingdom', 'Israel']);
    await userEvent.click(box('Global'));
    expect(ticked()).toEqual(['Global']);
    await userEvent.click(box('Global'));
    expect(ticked()).toEqual(['Global']);
    await userEvent.click(box('Canada'));
    expect(ticked()).toEqual(['Canada']);
    await userEvent.click(box('Canada'));
    expect(ticked()).toEqual(['Global']);
    await userEvent.click(box('Switzerland'));
    await save();
    expect(saved(props).targetMarkets).toEqual(['ch']);
  });

  it('resets every field to the defaults', async () => {
    const custom: Settings = {
      ...DEFAULT_SETTINGS,
      objective: 'awareness',
      brandTerms: ['x'],
      industry: 'travel',
      reminderLeadDays: [30],
    };
    const { props } = renderOptions({ settings: custom });
    await userEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
    await save();
    expect(saved(props)).toEqual(DEFAULT_SETTINGS);
  });

  it('says when saving failed', async () => {
    renderOptions({ onSave: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES exceeded'))) });
    await userEvent.click(screen.getByRole('radio', { name: /Awareness/ }));
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't save: QUOTA_BYTES exceeded");
  });

  it('has a Backup section for the backup and restore controls', () => {
    renderOptions({ backup: <button type="button">Download backup</button> });
    const section = screen.getByRole('region', { name: 'Backup' });
    expect(within(section).getByRole('button', { name: 'Download backup' })).toBeInTheDocument();
  });
});
