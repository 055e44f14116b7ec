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
    const hook = screen.getByRole('spinbutton', { name: 'Hook (first 3 s) weight for Awareness' });
    await userEvent.clear(hook);
    await userEvent.type(hook, '8');
    const cell = hook.closest('td')!;
    // 8 of 8 + 1.5 + 1 + 1.5 + 2 + 2 + 1 = 17 → 47%.
    expect(cell).toHaveTextContent('47%');
    await save();
    expect(saved(props).weights.awareness.hook).toBe(8);
    expect(screen.getByRole('note')).toHaveTextContent('Rescore all');
  });

  it('refuses a missing or out-of-range weight and names it', async () => {
    const { props } = renderOptions();
    const cta = screen.getByRole('spinbutton', { name: 'Call to action weight for Conversion' });
    await userEvent.clear(cta);
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(cta).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('weights.conversion.cta');
    await userEvent.type(cta, '12');
    await save();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(/weights\.conversion\.cta: Too big/);
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

  it('sets target markets, industry and the export default', async () => {
    const { props } = renderOptions();
    const markets = screen.getByRole('group', { name: /Target markets/ });
    await userEvent.click(within(markets).getByRole('checkbox', { name: 'United Kingdom' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Industry/ }), 'health-beauty');
    await userEvent.click(screen.getByRole('checkbox', { name: /Include authorization codes/ }));
    await save();
    expect(saved(props)).toMatchObject({
      targetMarkets: ['global', 'uk'],
      industry: 'health-beauty',
      includeCodesInExport: true,
    });
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
