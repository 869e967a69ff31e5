import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../api/types.js';
import { useApp, usePageTitle } from '../app/context.js';
import { ErrorAlert, SelectField } from '../components/forms.js';
import { AUDIT_ENTITIES, type AuditEntity } from '../constants.js';
import { changedFields } from './audit-diff.js';

const PAGE = 50;

function Json({ value }: { value: unknown }) {
  const { t } = useApp();
  if (value === null || value === undefined) return <p className="field-hint">{t('audit.nothing')}</p>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditPage() {
  const { api, t, date } = useApp();
  const [entity, setEntity] = useState<AuditEntity | ''>('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('audit.heading'));

  const load = useCallback(
    async (before?: string) => {
      setBusy(true);
      setError(null);
      try {
        const page = await api.audit({
          limit: PAGE,
          ...(before ? { before } : {}),
          ...(entity ? { entity } : {}),
        });
        setEntries((current) => (before ? [...(current ?? []), ...page.entries] : page.entries));
        setMore(page.entries.length === PAGE);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [api, entity],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <h1 tabIndex={-1}>{t('audit.heading')}</h1>
      <p>{t('audit.intro')}</p>
      <div className="inline-form">
        <SelectField
          label={t('audit.entity')}
          value={entity}
          onChange={(e) => setEntity(e.target.value as AuditEntity | '')}
        >
          <option value="">{t('audit.allEntities')}</option>
          {AUDIT_ENTITIES.map((e) => (
            <option key={e} value={e}>
              {t(`entity.${e}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={error} />
      {entries && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="data-table audit-table">
          <caption className="visually-hidden">{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.entity')}</th>
              <th scope="col">{t('audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{date(entry.at)}</td>
                <td>{entry.actor?.email ?? t('audit.system')}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {t(`entity.${entry.entity}`)} <code className="entity-id">{entry.entityId}</code>
                </td>
                <td>
                  {changedFields(entry.before, entry.after).length > 0 && (
                    <p className="changed-fields">
                      {t('audit.changedFields')}{' '}
                      {changedFields(entry.before, entry.after).map((f, i) => (
                        <span key={f}>
                          {i > 0 && ', '}
                          <code>{f}</code>
                        </span>
                      ))}
                    </p>
                  )}
                  <details>
                    <summary>
                      {t('audit.show')}
                      <span className="visually-hidden"> — {entry.action}</span>
                    </summary>
                    <div className="before-after">
                      <div>
                        <p className="ba-title">{t('audit.before')}</p>
                        <Json value={entry.before} />
                      </div>
                      <div>
                        <p className="ba-title">{t('audit.after')}</p>
                        <Json value={entry.after} />
                      </div>
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more && entries && (
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => void load(entries[entries.length - 1].at)}
        >
          {t('audit.older')}
        </button>
      )}
      {busy && <p aria-busy="true">{t('common.loading')}</p>}
    </>
  );
}
