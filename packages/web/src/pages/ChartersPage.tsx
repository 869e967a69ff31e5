import { type FormEvent, useEffect, useRef, useState } from 'react';
import { fieldErrors } from '../api/client.js';
import type { CharterSummary, Version } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { navigate } from '../app/navigation.js';
import { can } from '../app/permissions.js';
import { publicCharterPath, routePath } from '../app/routes.js';
import { StatusBadge } from '../components/badges.js';
import { ErrorAlert, TextField } from '../components/forms.js';
import { LANGS, type Lang } from '../constants.js';

export function ChartersPage() {
  const { api, t, date } = useApp();
  const session = useSession();
  const [charters, setCharters] = useState<CharterSummary[] | null>(null);
  const [latest, setLatest] = useState<Record<string, Version>>({});
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  usePageTitle(t('charters.heading'));
  const readsDrafts = can(session.role, 'readDrafts');

  useEffect(() => {
    let live = true;
    api
      .charters()
      .then(async (list) => {
        if (!live) return;
        setCharters(list);
        if (!readsDrafts) return;
        // The summary has no score: read each latest version (a handful of charters per organization).
        const versions = await Promise.all(
          list.filter((c) => c.latest).map((c) => api.version(c.latest!.versionId).catch(() => null)),
        );
        if (!live) return;
        const byId: Record<string, Version> = {};
        for (const v of versions) if (v) byId[v.id] = v;
        setLatest(byId);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, readsDrafts]);

  return (
    <>
      <div className="page-heading">
        <h1 tabIndex={-1}>{t('charters.heading')}</h1>
        {can(session.role, 'createCharter') && !creating && (
          <button type="button" className="primary-button" onClick={() => setCreating(true)}>
            {t('charters.new')}
          </button>
        )}
      </div>
      {creating && <NewCharterForm onCancel={() => setCreating(false)} />}
      <ErrorAlert error={error} />
      {charters === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {charters && charters.length === 0 && (
        <p>{readsDrafts ? t('charters.empty') : t('charters.emptyPublished')}</p>
      )}
      {charters && charters.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('charters.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charters.title')}</th>
              <th scope="col">{t('charters.langs')}</th>
              <th scope="col">{t('charters.published')}</th>
              {readsDrafts && <th scope="col">{t('charters.latest')}</th>}
              {readsDrafts && <th scope="col">{t('charters.score')}</th>}
            </tr>
          </thead>
          <tbody>
            {charters.map((c) => {
              const version = c.latest ? latest[c.latest.versionId] : undefined;
              const publicHref = publicCharterPath(session.organization.slug, c.slug);
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {readsDrafts ? (
                      <Link href={routePath({ name: 'charter', charterId: c.id })}>{c.title}</Link>
                    ) : c.published ? (
                      <a href={publicHref}>{c.title}</a>
                    ) : (
                      c.title
                    )}
                  </th>
                  <td>{c.langs.map((l) => t(`lang.${l}`)).join(', ')}</td>
                  <td>
                    {c.published ? (
                      <>
                        {t('version.number', { number: c.published.number })} ·{' '}
                        {date(c.published.publishedAt)}
                        <br />
                        <a href={publicHref}>
                          {t('charters.publicPage')}
                          <span className="visually-hidden"> — {c.title}</span>
                        </a>
                      </>
                    ) : (
                      t('charters.notPublished')
                    )}
                  </td>
                  {readsDrafts && (
                    <td>
                      {c.latest ? (
                        <>
                          {t('version.number', { number: c.latest.number })}{' '}
                          <StatusBadge status={c.latest.status} />
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  )}
                  {readsDrafts && (
                    <td>
                      {version
                        ? c.langs
                            .filter((l) => version.documents[l])
                            .map((l) => `${l.toUpperCase()} ${version.documents[l]?.score ?? '—'}`)
                            .join(' · ')
                        : '—'}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

function NewCharterForm({ onCancel }: { onCancel: () => void }) {
  const { api, t, session } = useApp();
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [langs, setLangs] = useState<Lang[]>(session?.organization.lang === 'en' ? ['en'] : ['fr']);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fields = fieldErrors(error);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const toggle = (lang: Lang) =>
    setLangs((current) =>
      current.includes(lang)
        ? current.filter((l) => l !== lang)
        : LANGS.filter((l) => l === lang || current.includes(l)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const charter = await api.createCharter({
        title: title.trim(),
        ...(slug.trim() ? { slug: slug.trim() } : {}),
        langs,
      });
      const version = charter.versions[charter.versions.length - 1];
      navigate(
        version
          ? routePath({
              name: 'editor',
              charterId: charter.id,
              versionId: version.id,
              lang: charter.langs[0] ?? langs[0],
            })
          : routePath({ name: 'charter', charterId: charter.id }),
      );
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const langError = Object.entries(fields).find(([k]) => k === 'langs' || k.startsWith('langs.'))?.[1];
  return (
    <section className="card" aria-labelledby="new-charter-heading">
      <h2 id="new-charter-heading" ref={headingRef} tabIndex={-1}>
        {t('charters.newHeading')}
      </h2>
      <p>{t('charters.newIntro')}</p>
      <ErrorAlert error={error} shownFields={['title', 'slug', 'langs', 'langs.0', 'langs.1']} />
      <form onSubmit={submit} className="form" noValidate>
        <TextField
          label={t('field.title')}
          name="title"
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <TextField
          label={t('field.slugOptional')}
          hint={t('field.charterSlugHint')}
          name="slug"
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          error={fields.slug}
        />
        <fieldset className={`checkbox-group${langError ? ' field-invalid' : ''}`}>
          <legend>{t('field.langs')}</legend>
          {LANGS.map((l) => (
            <label key={l}>
              <input
                type="checkbox"
                name="langs"
                value={l}
                checked={langs.includes(l)}
                onChange={() => toggle(l)}
              />{' '}
              {t(`lang.${l}`)}
            </label>
          ))}
          {langError && <p className="field-error">{langError}</p>}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={busy || langs.length === 0}>
            {t('charters.create')}
          </button>
          <button type="button" className="secondary-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
