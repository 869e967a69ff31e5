import type { ReactNode } from 'react';
import type { InitiativeDetail } from '../api/types.js';
import { useApp } from '../app/context.js';
import { lastChangeRequest } from '../initiatives/form-state.js';

/**
 * What communications asked to change, above the initiative and its edit form, while the status is
 * "changes requested". `children` holds the next step (the edit link on the initiative's page).
 */
export function ChangesCallout({ item, children }: { item: InitiativeDetail; children?: ReactNode }) {
  const { t, date } = useApp();
  if (item.status !== 'changes_requested') return null;
  const request = lastChangeRequest(item.reviews);
  return (
    <section className="callout callout-changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('initiative.changesHeading')}</h2>
      {request && (
        <figure className="callout-quote">
          <blockquote>
            <p>{request.text}</p>
          </blockquote>
          <figcaption>— {t('initiative.changesBy', { by: request.by, date: date(request.at) })}</figcaption>
        </figure>
      )}
      <p>{t('initiative.changesHelp')}</p>
      {children}
    </section>
  );
}
