import { type KeyboardEvent, useRef } from 'react';
import type { DashboardTab } from '@/lib/state/dashboard-view-slice';

export interface TabItem {
  id: DashboardTab;
  label: string;
  /** Shown after the label, e.g. a count. */
  badge?: string;
}

export interface TabsProps {
  tabs: readonly TabItem[];
  value: DashboardTab;
  onChange: (tab: DashboardTab) => void;
  idPrefix: string;
}

/** WAI-ARIA tabs: one tab stop, arrow keys move between tabs and select them. */
export function Tabs({ tabs, value, onChange, idPrefix }: TabsProps) {
  const refs = useRef(new Map<DashboardTab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === value);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step || i < 0) return;
    e.preventDefault();
    const next = tabs[(i + step + tabs.length) % tabs.length]!.id;
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label="Dashboard views" className="ss-tabs" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) refs.current.set(t.id, el);
            else refs.current.delete(t.id);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === value}
          aria-controls={`${idPrefix}-panel-${t.id}`}
          tabIndex={t.id === value ? 0 : -1}
          className="ss-tab"
          onClick={() => onChange(t.id)}
        >
          {t.label}
          {t.badge !== undefined && <span className="ss-tab__badge">{t.badge}</span>}
        </button>
      ))}
    </div>
  );
}
