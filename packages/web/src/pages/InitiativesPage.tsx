import { useEffect, useState } from 'react';
import { INITIATIVE_STATUSES, type Initiative, type InitiativeStatus } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { can } from '../app/permissions.js';
import { routePath } from '../app/routes.js';
import { InitiativeStatusBadge, ShowcasedBadge } from '../components/badges.js';
import { ErrorAlert, SelectField } from '../components/forms.js';
import { Thumbnail } from '../components/Thumbnail.js';

/** My initiatives for everyone; the review queue (every initiative, by status) for those who read all. */
export function InitiativesPage() {
  const { api, t, date } = useApp();
  const session = useSession();
  const readsAll = can(session.role, 'readAllInitiatives');
  const [view, setView] = useState<'mine' | 'queue'>(readsAll ? 'queue' : 'mine');
  const [status, setStatus] = useState<InitiativeStatus | ''>(readsAll ? 'proposed' : '');
  const [list, setList] = useState<Initiative[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('initiatives.heading'));

  useEffect(() => {
    let live = true;
    setList(null);
    api
      .initiatives({ mine: view === 'mine', status: status || undefined })
      .then((l) => live && setList(l))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, view, status]);

  return (
    <>
      <div className="page-heading">
        <h1 tabIndex={-1}>{t('initiatives.heading')}</h1>
        <Link href={routePath({ name: 'initiativeNew' })} className="primary-button button-link">
          {t('initiatives.propose')}
        </Link>
      </div>
      <p>{t('initiatives.intro')}</p>
      {readsAll && (
        <fieldset className="lang-switch view-switch">
          <legend className="visually-hidden">{t('initiatives.heading')}</legend>
          <button type="button" aria-pressed={view === 'queue'} onClick={() => setView('queue')}>
            {t('initiatives.queue')}
          </button>
          <button type="button" aria-pressed={view === 'mine'} onClick={() => setView('mine')}>
            {t('initiatives.mine')}
          </button>
        </fieldset>
      )}
      <div className="form inline-form">
        <SelectField
          label={t('initiatives.statusFilter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as InitiativeStatus | '')}
        >
          <option value="">{t('initiatives.allStatuses')}</option>
          {INITIATIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`initiativeStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <h2>{view === 'mine' ? t('initiatives.mine') : t('initiatives.queue')}</h2>
      <ErrorAlert error={error} />
      {list === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {list?.length === 0 && <p>{t('initiatives.empty')}</p>}
      {list && list.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('initiatives.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('initiatives.image')}</th>
              <th scope="col">{t('initiativeForm.title')}</th>
              <th scope="col">{t('initiatives.statusFilter')}</th>
              <th scope="col">{t('initiatives.proposer')}</th>
              <th scope="col">{t('initiative.unit')}</th>
              <th scope="col">{t('initiatives.kudos')}</th>
              <th scope="col">{t('initiatives.date')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id}>
                <td className="thumb-cell">{i.image && <Thumbnail image={i.image} />}</td>
                <th scope="row">
                  <Link href={routePath({ name: 'initiative', initiativeId: i.id })}>{i.title}</Link>
                </th>
                <td>
                  <InitiativeStatusBadge status={i.status} /> {i.showcased && <ShowcasedBadge />}
                </td>
                <td>{i.proposer?.name ?? '—'}</td>
                <td>{i.unit ?? '—'}</td>
                <td>{i.kudosCount}</td>
                <td>{date(i.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
