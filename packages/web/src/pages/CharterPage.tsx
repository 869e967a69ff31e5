import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Charter, CharterDiff, Version } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { navigate } from '../app/navigation.js';
import { can, isEditable, type VersionAction, versionActions } from '../app/permissions.js';
import { publicCharterPath, routePath } from '../app/routes.js';
import { BehindBadge, StatusBadge } from '../components/badges.js';
import { DiffView } from '../components/DiffView.js';
import { ErrorAlert, SelectField } from '../components/forms.js';
import type { Lang } from '../constants.js';

export function CharterPage({ charterId }: { charterId: string }) {
  const { api, t } = useApp();
  const session = useSession();
  const [charter, setCharter] = useState<Charter | null>(null);
  const [versions, setVersions] = useState<Version[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  usePageTitle(charter?.title ?? t('charter.loading'));

  const load = useCallback(async () => {
    const c = await api.charter(charterId);
    const full = await Promise.all(c.versions.map((v) => api.version(v.id)));
    full.sort((a, b) => b.number - a.number);
    setCharter(c);
    setVersions(full);
  }, [api, charterId]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (error || !charter) {
    return (
      <>
        <h1 tabIndex={-1}>{t('charter.loading')}</h1>
        {error ? <ErrorAlert error={error} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </>
    );
  }

  const open = versions.some((v) => v.status === 'draft' || v.status === 'in_review');
  const published = versions.find((v) => v.status === 'published');

  const newVersion = async () => {
    setActionError(null);
    try {
      const v = await api.newVersion(charter.id);
      navigate(routePath({ name: 'editor', charterId: charter.id, versionId: v.id, lang: charter.langs[0] }));
    } catch (e) {
      setActionError(e);
    }
  };

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={routePath({ name: 'charters' })}>{t('nav.charters')}</Link>
          </li>
          <li aria-current="page">{charter.title}</li>
        </ol>
      </nav>
      <div className="page-heading">
        <h1 tabIndex={-1}>{charter.title}</h1>
        {can(session.role, 'editDraft') && (
          <button
            type="button"
            className="primary-button"
            onClick={() => void newVersion()}
            disabled={open}
            aria-describedby={open ? 'new-version-why' : undefined}
          >
            {t('charter.newVersion')}
          </button>
        )}
      </div>
      <p className="page-meta">
        {t('charters.langs')} : {charter.langs.map((l) => t(`lang.${l}`)).join(', ')}
        {published && (
          <>
            {' · '}
            <a href={publicCharterPath(session.organization.slug, charter.slug)}>{t('charter.publicPage')}</a>
          </>
        )}
      </p>
      {open && can(session.role, 'editDraft') && (
        <p id="new-version-why" className="field-hint">
          {t('charter.openVersionExists')}
        </p>
      )}
      <ErrorAlert error={actionError} />

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('charter.versions')}</h2>
        <ol className="version-list">
          {versions.map((v) => (
            <VersionCard
              key={v.id}
              charter={charter}
              version={v}
              onChanged={(next) => setVersions((list) => list.map((x) => (x.id === next.id ? next : x)))}
              onReload={() => load().catch(setActionError)}
            />
          ))}
        </ol>
      </section>

      {versions.length >= 2 && <DiffSection charter={charter} versions={versions} />}
    </>
  );
}

function VersionCard({
  charter,
  version,
  onChanged,
  onReload,
}: {
  charter: Charter;
  version: Version;
  onChanged: (version: Version) => void;
  onReload: () => void;
}) {
  const { api, t, date, announce } = useApp();
  const session = useSession();
  const actions = versionActions(session.role, version);
  const [commenting, setCommenting] = useState<'approve' | 'requestChanges' | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `version-${version.id}`;
  const commentRef = useRef<HTMLTextAreaElement>(null);

  // The comment form opens on request: focus goes where the person will type.
  useEffect(() => {
    if (commenting) commentRef.current?.focus();
  }, [commenting]);

  const run = async (action: VersionAction) => {
    setBusy(true);
    setError(null);
    try {
      let next: Version;
      if (action === 'submit') next = await api.submit(version.id);
      else if (action === 'approve') next = await api.approve(version.id, comment.trim());
      else if (action === 'requestChanges') next = await api.requestChanges(version.id, comment.trim());
      else if (action === 'publish') next = await api.publish(version.id);
      else next = await api.archive(version.id);
      setCommenting(null);
      setComment('');
      announce(t('version.statusNow', { number: next.number, status: t(`status.${next.status}`) }));
      // Publishing archives the previous published version: read them all again.
      if (action === 'publish') onReload();
      else onChanged(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const submitComment = (event: FormEvent) => {
    event.preventDefault();
    if (commenting) void run(commenting);
  };

  const editLabel = actions.includes('edit') ? 'version.edit' : 'version.read';
  return (
    <li className="card version-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('version.number', { number: version.number })} <StatusBadge status={version.status} />
      </h3>
      <dl className="version-dates">
        <dt>{t('version.created')}</dt>
        <dd>{date(version.createdAt)}</dd>
        {version.submittedAt && (
          <>
            <dt>{t('version.submitted')}</dt>
            <dd>{date(version.submittedAt)}</dd>
          </>
        )}
        {version.publishedAt && (
          <>
            <dt>{t('version.published')}</dt>
            <dd>{date(version.publishedAt)}</dd>
          </>
        )}
      </dl>
      <table className="data-table compact">
        <caption className="visually-hidden">
          {t('version.documentsCaption', { number: version.number })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('version.language')}</th>
            <th scope="col">{t('charters.score')}</th>
            <th scope="col">{t('version.balance')}</th>
            <th scope="col">{t('version.coverage')}</th>
            <th scope="col">{t('version.updated')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {charter.langs.map((l) => {
            const doc = version.documents[l];
            if (!doc) return null;
            return (
              <tr key={l}>
                <th scope="row">
                  {t(`lang.${l}`)} {version.behind.includes(l) && <BehindBadge />}
                </th>
                <td>{doc.score ?? '—'}</td>
                <td>{doc.balance ?? '—'}</td>
                <td>
                  {doc.coverage === null ? '—' : t('coverage.count', { present: doc.coverage, total: 15 })}
                </td>
                <td>{date(doc.updatedAt)}</td>
                <td>
                  <Link
                    href={routePath({
                      name: 'editor',
                      charterId: charter.id,
                      versionId: version.id,
                      lang: l,
                    })}
                  >
                    {t(editLabel)}
                    <span className="visually-hidden">
                      {' '}
                      — {t('version.number', { number: version.number })}, {t(`lang.${l}`)}
                    </span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {version.approval && (
        <div className="approval">
          <p>
            <strong>
              {t('version.approvedBy', { by: version.approval.by, at: date(version.approval.at) })}
            </strong>
          </p>
          {version.approval.comment && <blockquote>{version.approval.comment}</blockquote>}
        </div>
      )}
      {version.reviewComments.length > 0 && (
        <details
          className="review-comments"
          open={version.status !== 'published' && version.status !== 'archived'}
        >
          <summary>{t('version.comments', { count: version.reviewComments.length })}</summary>
          <ul>
            {version.reviewComments.map((c) => (
              <li key={`${c.at}:${c.by}`} className={`comment comment-${c.kind}`}>
                <p className="comment-meta">
                  <strong>{t(`review.${c.kind}`)}</strong> — {c.by}, {date(c.at)}
                </p>
                {c.comment && <p>{c.comment}</p>}
              </li>
            ))}
          </ul>
        </details>
      )}

      <ErrorAlert error={error} />
      {actions.length > 0 && commenting === null && (
        <div className="version-actions">
          {actions.includes('submit') && (
            <button
              type="button"
              className="primary-button"
              disabled={busy}
              onClick={() => void run('submit')}
            >
              {t('action.submit')}
            </button>
          )}
          {actions.includes('approve') && (
            <button
              type="button"
              className="primary-button"
              disabled={busy}
              onClick={() => setCommenting('approve')}
            >
              {t('action.approve')}
            </button>
          )}
          {actions.includes('requestChanges') && (
            <button
              type="button"
              className="secondary-button"
              disabled={busy}
              onClick={() => setCommenting('requestChanges')}
            >
              {t('action.requestChanges')}
            </button>
          )}
          {actions.includes('publish') && (
            <button
              type="button"
              className="primary-button"
              disabled={busy}
              onClick={() => void run('publish')}
            >
              {t('action.publish')}
            </button>
          )}
          {actions.includes('archive') && (
            <button
              type="button"
              className="secondary-button"
              disabled={busy}
              onClick={() => window.confirm(t('action.archiveConfirm')) && void run('archive')}
            >
              {t('action.archive')}
            </button>
          )}
        </div>
      )}
      {commenting && (
        <form className="form comment-form" onSubmit={submitComment}>
          <label htmlFor={`comment-${version.id}`}>
            {commenting === 'approve' ? t('review.approveComment') : t('review.changesComment')}
          </label>
          <textarea
            id={`comment-${version.id}`}
            ref={commentRef}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="primary-button"
              disabled={busy || (commenting === 'requestChanges' && comment.trim() === '')}
            >
              {commenting === 'approve' ? t('action.confirmApprove') : t('action.confirmRequestChanges')}
            </button>
            <button type="button" className="secondary-button" onClick={() => setCommenting(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {!isEditable(version.status) && version.status === 'published' && (
        <p className="field-hint">{t('version.immutable')}</p>
      )}
    </li>
  );
}

function DiffSection({ charter, versions }: { charter: Charter; versions: Version[] }) {
  const { api, t } = useApp();
  // Newest first: compare the latest with the one before it by default.
  const [newId, setNewId] = useState(versions[0].id);
  const [oldId, setOldId] = useState(versions[1].id);
  const [lang, setLang] = useState<Lang>(charter.langs[0]);
  const [diff, setDiff] = useState<CharterDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const label = (id: string) => {
    const v = versions.find((x) => x.id === id);
    return v ? t('version.number', { number: v.number }) : '';
  };

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setDiff(await api.diff(newId, oldId, lang));
    } catch (e) {
      setDiff(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="diff-heading" className="diff-section">
      <h2 id="diff-heading">{t('diff.heading')}</h2>
      <p>{t('diff.intro')}</p>
      <form className="form inline-form" onSubmit={compare}>
        <SelectField label={t('diff.old')} value={oldId} onChange={(e) => setOldId(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {t('version.number', { number: v.number })} — {t(`status.${v.status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('diff.new')} value={newId} onChange={(e) => setNewId(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {t('version.number', { number: v.number })} — {t(`status.${v.status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('version.language')}
          value={lang}
          onChange={(e) => setLang(e.target.value as Lang)}
        >
          {charter.langs.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="primary-button" disabled={busy || oldId === newId}>
          {t('diff.compare')}
        </button>
      </form>
      {oldId === newId && <p className="field-hint">{t('diff.same')}</p>}
      <ErrorAlert error={error} />
      {diff && <DiffView diff={diff} lang={lang} oldLabel={label(oldId)} newLabel={label(newId)} />}
    </section>
  );
}
