import { useEffect, useState } from 'react';
import type { Recognition } from '../api/types.js';
import { useApp, usePageTitle } from '../app/context.js';
import { ErrorAlert } from '../components/forms.js';

/** The recognition figures as tables (admin, communications), with the CSV download. */
export function RecognitionPage() {
  const { api, t } = useApp();
  const [data, setData] = useState<Recognition | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('recognition.heading'));

  useEffect(() => {
    let live = true;
    api
      .recognition()
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  const figures = ['proposed', 'approved', 'showcased'] as const;

  return (
    <>
      <div className="page-heading">
        <h1 tabIndex={-1}>{t('recognition.heading')}</h1>
        <a href="/api/recognition.csv" className="secondary-button button-link" download>
          {t('recognition.csv')}
        </a>
      </div>
      <p>{t('recognition.intro')}</p>
      <ErrorAlert error={error} />
      {data === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {data && (
        <>
          <h2 id="by-unit">{t('recognition.byUnit')}</h2>
          {data.byUnit.length === 0 ? (
            <p>{t('recognition.empty')}</p>
          ) : (
            <table className="data-table" aria-labelledby="by-unit">
              <thead>
                <tr>
                  <th scope="col">{t('recognition.month')}</th>
                  <th scope="col">{t('recognition.unit')}</th>
                  {figures.map((f) => (
                    <th scope="col" key={f}>
                      {t(`recognition.${f}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.byUnit.map((r) => (
                  <tr key={`${r.month}:${r.unitId ?? ''}`}>
                    <td>{r.month}</td>
                    <th scope="row">{r.unit ?? t('recognition.noUnit')}</th>
                    {figures.map((f) => (
                      <td key={f}>{r[f]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2 id="by-value">{t('recognition.byValue')}</h2>
          {data.byValue.length === 0 ? (
            <p>{t('recognition.empty')}</p>
          ) : (
            <table className="data-table" aria-labelledby="by-value">
              <thead>
                <tr>
                  <th scope="col">{t('recognition.month')}</th>
                  <th scope="col">{t('recognition.value')}</th>
                  {figures.map((f) => (
                    <th scope="col" key={f}>
                      {t(`recognition.${f}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.byValue.map((r) => (
                  <tr key={`${r.month}:${r.value}`}>
                    <td>{r.month}</td>
                    <th scope="row">{r.value}</th>
                    {figures.map((f) => (
                      <td key={f}>{r[f]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <MonthCounts id="kudos" title={t('recognition.kudos')} rows={data.kudos} />
          <MonthCounts id="ideas" title={t('recognition.ideas')} rows={data.ideasAdopted} />
        </>
      )}
    </>
  );
}

function MonthCounts({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: Array<{ month: string; count: number }>;
}) {
  const { t } = useApp();
  return (
    <>
      <h2 id={`${id}-heading`}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t('recognition.empty')}</p>
      ) : (
        <table className="data-table compact" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">{t('recognition.month')}</th>
              <th scope="col">{t('recognition.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
