import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { INDUSTRIES, MARKETS, type Settings, type Weights } from '@/lib/schemas/settings';
import { OBJECTIVES, type Objective } from '@/lib/schemas/score';
import { OBJECTIVE_LABEL } from '@/components/shared/labels';
import { TagInput } from '@/components/shared/tag-input';
import { INDUSTRY_LABEL, MARKET_LABEL, OBJECTIVE_HINT } from './labels';
import { marketsOf, tickMarket } from './markets';
import {
  addTerms,
  BRAND_HANDLES,
  BRAND_TERMS,
  checkSettings,
  errorsUnder,
  parseLeadDays,
  sameLeadDays,
  type FieldErrors,
  type TermField,
} from './validate';
import { WeightsTable } from './weights-table';
import { errorMessage } from '@/lib/error-message';

export interface OptionsAppProps {
  /** The stored settings (defaults when never saved); undefined while loading. */
  settings: Settings | undefined;
  defaults: Settings;
  presets: Readonly<Record<Objective, Weights>>;
  /** Why stored settings were partly replaced by defaults on load; null when fine. */
  problem: string | null;
  onSave: (settings: Settings) => Promise<void>;
  /** The Backup section's content (JSON backup and restore). */
  backup?: ReactNode;
  /** Where "Rescore all" lives, for the hint after weights change. */
  dashboardHref?: string;
  /** The form has edits not saved yet (or none any more): a restore that brings settings would replace them. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** The whole options page; a keyed form so "the stored settings changed" starts it over. */
export function OptionsApp(p: OptionsAppProps) {
  return (
    <main className="ss-page ss-options">
      <header className="ss-options__header">
        <h1 className="ss-options__title">
          <span className="ss-logo" aria-hidden="true">
            ✦
          </span>
          Spark Scout settings
        </h1>
        <p className="ss-muted">
          Everything stays in this browser. Scores keep the settings they were made with until you rescore.
        </p>
      </header>
      {p.problem && (
        <p className="ss-notice" role="note">
          {p.problem}
        </p>
      )}
      {p.settings === undefined ? (
        <p className="ss-muted" role="status">
          Loading…
        </p>
      ) : (
        <SettingsForm {...p} settings={p.settings} />
      )}
      {p.backup && (
        <section className="ss-options__section" aria-labelledby="ss-backup">
          <h2 id="ss-backup">Backup</h2>
          {p.backup}
        </section>
      )}
    </main>
  );
}

type Draft = Settings;

/** An empty box is allowed (no reminders), but it switches every reminder off, so the hint says so. */
const leadHint = (text: string) => {
  const lead = parseLeadDays(text);
  return lead.ok && lead.days.length === 0
    ? 'No reminders: expiry only shows in the ledger and on the toolbar badge. Add whole days, e.g. 14, 7, 1, to be reminded.'
    : 'Whole days, separated by commas, e.g. 14, 7, 1.';
};

function SettingsForm({
  settings,
  defaults,
  presets,
  onSave,
  dashboardHref = '/dashboard.html',
  onDirtyChange,
}: OptionsAppProps & { settings: Settings }) {
  const [draft, setDraft] = useState<Draft>(settings);
  const [saved, setSaved] = useState<Settings>(settings);
  const [brandText, setBrandText] = useState('');
  const [handleText, setHandleText] = useState('');
  const [leadText, setLeadText] = useState(settings.reminderLeadDays.join(', '));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [failure, setFailure] = useState('');
  const [weightsChanged, setWeightsChanged] = useState(false);
  // The button is only aria-disabled while saving (it keeps focus and its name), so a second press must be ignored.
  const saving = useRef(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setPhase('idle');
  };

  /**
   * Enter, a comma or a paste in a chip field: what fits the field's limits becomes chips; the rest stays in the box
   * with the reason, rather than being cut short or dropped.
   */
  const addTo = (field: TermField, setText: (text: string) => void) => (raw: string, rest: string) => {
    const added = addTerms(field, draft[field.key], raw);
    set(field.key, added.tags);
    setText([...added.refused, rest].filter(Boolean).join(', '));
    setErrors((errs) => {
      const { [field.key]: _old, ...others } = errs;
      return added.problem ? { ...others, [field.key]: added.problem } : others;
    });
  };

  /**
   * Takes the half-typed terms and the lead-time text into the draft, the way a user expects "Save" to, and checks
   * the whole: every problem at once, each naming its field.
   */
  const collect = (): { ok: true; settings: Settings } | { ok: false; errors: FieldErrors } => {
    const terms = addTerms(BRAND_TERMS, draft.brandTerms, brandText);
    const handles = addTerms(BRAND_HANDLES, draft.brandHandles, handleText);
    const lead = parseLeadDays(leadText);
    const errors: FieldErrors = {};
    if (terms.problem) errors.brandTerms = terms.problem;
    if (handles.problem) errors.brandHandles = handles.problem;
    if (!lead.ok) errors.reminderLeadDays = lead.error;
    const checked = checkSettings({
      ...draft,
      targetMarkets: marketsOf(draft.targetMarkets),
      brandTerms: terms.tags,
      brandHandles: handles.tags,
      reminderLeadDays: lead.ok ? lead.days : draft.reminderLeadDays,
    });
    const all = { ...(checked.ok ? {} : checked.errors), ...errors };
    return checked.ok && Object.keys(errors).length === 0 ? checked : { ok: false, errors: all };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving.current) return;
    const checked = collect();
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPhase('saving');
    saving.current = true;
    try {
      await onSave(checked.settings);
      setWeightsChanged(JSON.stringify(checked.settings.weights) !== JSON.stringify(saved.weights));
      setSaved(checked.settings);
      setDraft(checked.settings);
      setBrandText('');
      setHandleText('');
      setLeadText(checked.settings.reminderLeadDays.join(', '));
      setPhase('saved');
    } catch (error) {
      setFailure(errorMessage(error));
      setPhase('failed');
    } finally {
      saving.current = false;
    }
  };

  const reset = () => {
    setDraft(defaults);
    setBrandText('');
    setHandleText('');
    setLeadText(defaults.reminderLeadDays.join(', '));
    setErrors({});
    setPhase('idle');
  };

  const dirty =
    JSON.stringify(draft) !== JSON.stringify(saved) ||
    brandText !== '' ||
    handleText !== '' ||
    !sameLeadDays(leadText, saved.reminderLeadDays.join(', '));
  const errorList = Object.entries(errors);
  // Columns whose weights are all 0 (the rest of the weights' errors are single boxes).
  const zeroColumns = OBJECTIVES.flatMap((o) => errors[`weights.${o}`] ?? []);

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => {
    if (!dirty) return;
    // Closing or reloading the tab would lose the edits: the browser asks first (its own wording).
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <form className="ss-options__form" onSubmit={submit} noValidate>
      <section className="ss-options__section" aria-labelledby="ss-objective">
        <h2 id="ss-objective">Objective</h2>
        <p className="ss-muted">New scores use this objective; the score card can switch it per video.</p>
        <div className="ss-options__radios" role="radiogroup" aria-labelledby="ss-objective">
          {OBJECTIVES.map((o) => (
            <label key={o} className="ss-radio">
              <input
                type="radio"
                name="objective"
                value={o}
                checked={draft.objective === o}
                onChange={() => set('objective', o)}
              />
              <span>
                <strong>{OBJECTIVE_LABEL[o]}</strong>
                <span className="ss-muted"> — {OBJECTIVE_HINT[o]}</span>
              </span>
            </label>
          ))}
        </div>
      </section>

      <section className="ss-options__section" aria-labelledby="ss-weights">
        <h2 id="ss-weights">Factor weights</h2>
        <p className="ss-muted">
          Relative weights from 0 to 10 for each objective; the percentage is the share each factor gets.
        </p>
        <WeightsTable
          weights={draft.weights}
          presets={presets}
          errors={errors}
          onChange={(o, w) => set('weights', { ...draft.weights, [o]: w })}
        />
        {errorsUnder(errors, 'weights').length > zeroColumns.length && (
          <p className="ss-error">Every weight must be a number from 0 to 10.</p>
        )}
        {zeroColumns.map((m) => (
          <p key={m} className="ss-error">
            {m}
          </p>
        ))}
      </section>

      <section className="ss-options__section" aria-labelledby="ss-brand">
        <h2 id="ss-brand">Brand</h2>
        <p className="ss-muted">
          Brand terms help spot hard-sell captions and brand mentions; brand handles mark the brand’s own accounts (type
          the handle, or paste the profile link: it is kept as the handle).
        </p>
        <TagInput
          label="Brand terms"
          tags={draft.brandTerms}
          text={brandText}
          placeholder="e.g. glowlab, glow serum"
          onChange={(tags, text) => {
            set('brandTerms', tags);
            setBrandText(text);
          }}
          onAdd={addTo(BRAND_TERMS, setBrandText)}
        />
        <TagInput
          label="Brand handles"
          tags={draft.brandHandles}
          text={handleText}
          placeholder="e.g. glowlab.official"
          onChange={(tags, text) => {
            set('brandHandles', tags);
            setHandleText(text);
          }}
          onAdd={addTo(BRAND_HANDLES, setHandleText)}
        />
        {errorsUnder(errors, 'brandTerms')
          .concat(errorsUnder(errors, 'brandHandles'))
          .map((m) => (
            <p key={m} className="ss-error">
              {m}
            </p>
          ))}
      </section>

      <section className="ss-options__section" aria-labelledby="ss-markets">
        <h2 id="ss-markets">Markets and industry</h2>
        <fieldset className="ss-options__markets" aria-describedby="ss-markets-hint">
          <legend className="ss-field-label">Target markets (ad-policy rules differ by market)</legend>
          {MARKETS.map((m) => (
            <label key={m} className="ss-check">
              <input
                type="checkbox"
                checked={marketsOf(draft.targetMarkets).includes(m)}
                onChange={(e) => set('targetMarkets', tickMarket(draft.targetMarkets, m, e.target.checked))}
              />
              {MARKET_LABEL[m]}
            </label>
          ))}
        </fieldset>
        <p id="ss-markets-hint" className="ss-muted ss-options__hint">
          Global means no particular market, and is used when no other is ticked. Ticking the EEA, the UK, Switzerland
          or Israel makes an alcohol flag prohibited rather than restricted (alcohol is banned in ad creatives there);
          other flags are the same for every market.
        </p>
        <label className="ss-field-label" htmlFor="ss-industry">
          Industry (engagement benchmarks)
        </label>
        <select
          id="ss-industry"
          className="ss-select"
          value={draft.industry}
          onChange={(e) => set('industry', e.target.value as Settings['industry'])}
        >
          {INDUSTRIES.map((i) => (
            <option key={i} value={i}>
              {INDUSTRY_LABEL[i]}
            </option>
          ))}
        </select>
      </section>

      <section className="ss-options__section" aria-labelledby="ss-reminders">
        <h2 id="ss-reminders">Reminders and export</h2>
        <label className="ss-field-label" htmlFor="ss-lead">
          Remind me this many days before a Spark code expires
        </label>
        <input
          id="ss-lead"
          className="ss-input"
          value={leadText}
          aria-invalid={errors.reminderLeadDays ? true : undefined}
          aria-describedby="ss-lead-hint"
          onChange={(e) => {
            setLeadText(e.target.value);
            setPhase('idle');
          }}
        />
        <p id="ss-lead-hint" className={errors.reminderLeadDays ? 'ss-error' : 'ss-muted'}>
          {errors.reminderLeadDays ?? leadHint(leadText)}
        </p>
        <label className="ss-check ss-options__codes">
          <input
            type="checkbox"
            checked={draft.includeCodesInExport}
            onChange={(e) => set('includeCodesInExport', e.target.checked)}
          />
          Tick “Include authorization codes” in CSV exports by default (codes let anyone run the creator’s video as an
          ad)
        </label>
      </section>

      <div className="ss-options__actions">
        <button type="submit" className="ss-btn ss-btn--primary" aria-disabled={phase === 'saving' ? true : undefined}>
          {phase === 'saving' ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="ss-btn ss-btn--ghost" onClick={reset}>
          Reset to defaults
        </button>
        <span role="status" className="ss-options__status">
          {phase === 'saved' && !dirty ? 'Saved.' : dirty ? 'Unsaved changes' : ''}
        </span>
      </div>
      {phase === 'failed' && (
        <p className="ss-error" role="alert">
          Couldn't save: {failure}
        </p>
      )}
      {errorList.length > 0 && (
        <div className="ss-error" role="alert">
          Please fix {errorList.length === 1 ? 'this' : 'these'} first:
          <ul>
            {errorList.map(([path, message]) => (
              <li key={path}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {phase === 'saved' && weightsChanged && (
        <p className="ss-notice" role="note">
          Weights changed. Stored scores keep the old weights until you press “Rescore all” in the{' '}
          <a href={dashboardHref}>dashboard</a>.
        </p>
      )}
    </form>
  );
}
