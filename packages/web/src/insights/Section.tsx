import type { ReactNode } from 'react';

/** One section of the insights report: an anchor for the section nav, a heading, its content. */
export function Section(props: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section id={props.id} className="insight-card report-section" aria-label={props.title}>
      <header className="section-head">
        <h2>{props.title}</h2>
        {props.aside}
      </header>
      {props.children}
    </section>
  );
}
