import { type ReactNode, useId } from 'react';

/** A titled card section; the heading names the region for screen readers. */
export function Section({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`ss-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h3 id={id} className="ss-section__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
