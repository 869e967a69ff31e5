import { useEffect, useState } from 'react';
import type { Highlight } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { publicInitiativePath, routePath } from '../app/routes.js';
import { ErrorAlert } from '../components/forms.js';
import { Thumbnail } from '../components/Thumbnail.js';

export function HighlightsPage() {
  const { api, t, date } = useApp();
  const session = useSession();
  const [list, setList] = useState<Highlight[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('highlights.heading'));

  useEffect(() => {
    let live = true;
    api
      .highlights()
      .then((l) => live && setList(l))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  const what = (h: Highlight) =>
    h.kind === 'kudos' ? t('highlights.kudos', { by: h.by ?? '—' }) : t(`highlights.${h.kind}`);

  return (
    <>
      <h1 tabIndex={-1}>{t('highlights.heading')}</h1>
      <p>
        {t('highlights.intro')}{' '}
        <a href={publicInitiativePath(session.organization.slug)}>{t('highlights.gallery')}</a>
      </p>
      <ErrorAlert error={error} />
      {list === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {list?.length === 0 && <p>{t('highlights.empty')}</p>}
      {list && list.length > 0 && (
        <ul className="feed">
          {list.map((h) => (
            <li
              key={`${h.kind}:${h.initiativeId}:${h.at}:${h.by ?? ''}`}
              className={`card feed-item feed-${h.kind}`}
            >
              <p className="comment-meta">
                <span aria-hidden="true">
                  {h.kind === 'kudos' ? '♥ ' : h.kind === 'showcased' ? '★ ' : '✓ '}
                </span>
                <strong>{what(h)}</strong> — {date(h.at)}
              </p>
              {h.image && <Thumbnail image={h.image} className="thumb feed-thumb" />}
              <p>
                <Link href={routePath({ name: 'initiative', initiativeId: h.initiativeId })}>{h.title}</Link>
              </p>
              {h.message && <blockquote>{h.message}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
