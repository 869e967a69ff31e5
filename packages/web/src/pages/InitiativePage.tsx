import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { InitiativeDetail } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { can } from '../app/permissions.js';
import { publicInitiativePath, routePath } from '../app/routes.js';
import { useAction } from '../app/useAction.js';
import { InitiativeStatusBadge, ShowcasedBadge } from '../components/badges.js';
import { ChangesCallout } from '../components/ChangesCallout.js';
import { ErrorAlert, TextAreaField } from '../components/forms.js';
import { canEditInitiative } from '../initiatives/form-state.js';

type Decision = 'approve' | 'request_changes' | 'decline';

export function InitiativePage({ initiativeId }: { initiativeId: string }) {
  const { api, t, tp, date } = useApp();
  const session = useSession();
  const [item, setItem] = useState<InitiativeDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { busy, error: actionError, act } = useAction<InitiativeDetail>(setItem);
  usePageTitle(item?.title ?? t('nav.initiatives'));

  const load = useCallback(async () => setItem(await api.initiative(initiativeId)), [api, initiativeId]);
  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (error || !item) {
    return (
      <>
        <h1 tabIndex={-1}>{t('nav.initiatives')}</h1>
        {error ? <ErrorAlert error={error} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </>
    );
  }

  const curator = can(session.role, 'curateInitiatives');
  const mine = item.proposer?.id === session.user.id;
  const involved = mine || can(session.role, 'readAllInitiatives');
  const editable = canEditInitiative(item, session.user.id);
  const editHref = routePath({ name: 'initiativeEdit', initiativeId: item.id });
  const thread = [...(item.messages ?? []), ...(item.reviews ?? [])].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={routePath({ name: 'initiatives' })}>{t('nav.initiatives')}</Link>
          </li>
          <li aria-current="page">{item.title}</li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>{item.title}</h1>
      <p className="page-meta">
        <InitiativeStatusBadge status={item.status} /> {item.showcased && <ShowcasedBadge />}{' '}
        {item.proposer && `${t('initiatives.proposer')} ${item.proposer.name}, `}
        {date(item.createdAt)}
        {item.public && (
          <>
            {' · '}
            <a href={publicInitiativePath(session.organization.slug, item.id)}>
              {t('initiative.publicPage')}
            </a>
          </>
        )}
      </p>
      {editable &&
        (item.status === 'changes_requested' ? (
          <ChangesCallout item={item}>
            <p>
              <Link href={editHref} className="primary-button button-link">
                {t('initiative.edit')}
              </Link>
            </p>
          </ChangesCallout>
        ) : (
          <p className="initiative-actions">
            <Link href={editHref} className="secondary-button button-link">
              {t('initiative.edit')}
            </Link>
          </p>
        ))}
      <ErrorAlert error={actionError} />

      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('initiative.details')}</h2>
        {item.image && (
          <figure className="initiative-image">
            <img
              src={item.image.url}
              alt={item.image.alt}
              width={item.image.width}
              height={item.image.height}
              decoding="async"
            />
          </figure>
        )}
        {item.image && curator && !editable && (
          <ImageModeration
            busy={busy}
            onRemove={() => act(() => api.deleteInitiativeImage(item.id), t('initiative.imageRemoved'))}
          />
        )}
        <p className="initiative-description">{item.description}</p>
        <dl className="initiative-facts">
          <div className="fact">
            <dt>{t('initiative.platforms')}</dt>
            <dd>{item.platforms.join(', ')}</dd>
          </div>
          <div className="fact">
            <dt>{t('initiative.values')}</dt>
            <dd>{item.values.join(', ') || '—'}</dd>
          </div>
          <div className="fact">
            <dt>{t('initiative.audience')}</dt>
            <dd>{item.audience}</dd>
          </div>
          <div className="fact">
            <dt>{t('initiative.unit')}</dt>
            <dd>{item.unit ?? '—'}</dd>
          </div>
          {item.accountUrl && (
            <div className="fact">
              <dt>{t('initiative.account')}</dt>
              <dd>
                <a href={item.accountUrl} rel="noopener noreferrer">
                  {item.accountUrl}
                </a>
              </dd>
            </div>
          )}
          <div className="fact">
            <dt>{t('initiative.students')}</dt>
            <dd>
              {item.studentsAppear
                ? t('initiative.studentsYes', {
                    consent: item.consent?.obtained ? t('initiative.consentYes') : t('initiative.consentNo'),
                  })
                : t('initiative.studentsNo')}
              {item.consent?.note && ` — ${item.consent.note}`}
            </dd>
          </div>
          <div className="fact">
            <dt>{t('initiative.publicOk')}</dt>
            <dd>{item.publicOk ? t('initiative.publicOkYes') : t('initiative.publicOkNo')}</dd>
          </div>
        </dl>
      </section>

      {curator && (
        <CuratorActions
          item={item}
          busy={busy}
          onReview={(decision, message) =>
            act(
              () => api.reviewInitiative(item.id, decision, message),
              t('initiative.decided', {
                status: t(
                  `initiativeStatus.${decision === 'approve' ? 'approved' : decision === 'decline' ? 'declined' : 'changes_requested'}`,
                ),
              }),
            )
          }
          onShowcase={(on) =>
            act(
              () => api.showcase(item.id, on),
              on ? t('initiative.showcaseOn') : t('initiative.showcaseOff'),
            )
          }
        />
      )}

      {involved && (
        <section aria-labelledby="thread-heading">
          <h2 id="thread-heading">{t('initiative.thread')}</h2>
          {thread.length === 0 && <p>{t('initiative.threadEmpty')}</p>}
          <ol className="thread">
            {thread.map((m) => (
              <li key={m.id} className={`comment comment-kind-${m.kind}`}>
                <p className="comment-meta">
                  <strong>{t(`reviewKind.${m.kind}`)}</strong> — {m.by}, {date(m.at)}
                </p>
                <p>{m.text}</p>
              </li>
            ))}
          </ol>
          {(mine || curator) && (
            <MessageForm
              busy={busy}
              onSend={(text) => act(() => api.postInitiativeMessage(item.id, text), t('initiative.send'))}
            />
          )}
        </section>
      )}

      <section aria-labelledby="clauses-heading">
        <h2 id="clauses-heading">{t('initiative.clauses')}</h2>
        {item.clauses.length === 0 ? (
          <p>{t('initiative.noCharter')}</p>
        ) : (
          <ul className="coverage-list">
            {item.clauses.map((c) => (
              <li
                key={`${c.charterId}:${c.clause}`}
                className={c.present ? 'coverage-present' : 'coverage-missing'}
              >
                <span className="coverage-mark" aria-hidden="true">
                  {c.present ? '✓' : '○'}
                </span>{' '}
                {/* Staff cannot open the charter's page in the app (drafts): the clause name alone. */}
                {can(session.role, 'readDrafts') ? (
                  <Link href={routePath({ name: 'charter', charterId: c.charterId })}>
                    {t(`clause.${c.clause}`)}
                  </Link>
                ) : (
                  t(`clause.${c.clause}`)
                )}{' '}
                ({c.present ? t('initiative.clausePresent') : t('initiative.clauseMissing')})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="kudos-heading">
        <h2 id="kudos-heading">
          {t('initiative.kudos')}{' '}
          <span className="count">({tp('initiative.kudosCount', item.kudosCount)})</span>
        </h2>
        {item.kudos.length > 0 && (
          <ul className="kudos-list">
            {item.kudos.map((k) => (
              <li key={k.byId} className="comment comment-approve">
                <p className="comment-meta">
                  <span aria-hidden="true">♥ </span>
                  <strong>{k.by}</strong>, {date(k.at)}
                </p>
                {k.message && <p>{k.message}</p>}
              </li>
            ))}
          </ul>
        )}
        {item.status === 'approved' && (
          <KudosForm
            busy={busy}
            again={item.myKudos !== null}
            onSend={(message) => act(() => api.giveKudos(item.id, message), t('initiative.kudosSent'))}
          />
        )}
      </section>
    </>
  );
}

function CuratorActions({
  item,
  busy,
  onReview,
  onShowcase,
}: {
  item: InitiativeDetail;
  busy: boolean;
  onReview: (decision: Decision, message: string) => Promise<boolean>;
  onShowcase: (on: boolean) => Promise<boolean>;
}) {
  const { t } = useApp();
  const [message, setMessage] = useState('');
  const decide = async (decision: Decision) => {
    if (await onReview(decision, message.trim())) setMessage('');
  };
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('initiative.review')}</h2>
      {item.status === 'proposed' && (
        <form className="form" onSubmit={(e) => e.preventDefault()}>
          <TextAreaField
            label={t('initiative.reviewMessage')}
            hint={t('initiative.reviewHint')}
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          <div className="form-actions">
            <button
              type="button"
              className="primary-button"
              disabled={busy || message.trim().length < 2}
              onClick={() => void decide('approve')}
            >
              {t('initiative.approve')}
            </button>
            <button
              type="button"
              className="secondary-button"
              disabled={busy || message.trim().length < 2}
              onClick={() => void decide('request_changes')}
            >
              {t('initiative.requestChanges')}
            </button>
            <button
              type="button"
              className="secondary-button danger"
              disabled={busy || message.trim().length < 2}
              onClick={() => void decide('decline')}
            >
              {t('initiative.decline')}
            </button>
          </div>
        </form>
      )}
      {item.status === 'approved' && (
        <>
          <button
            type="button"
            className="primary-button"
            aria-pressed={item.showcased}
            disabled={busy}
            onClick={() => void onShowcase(!item.showcased)}
          >
            {t('initiative.showcase')}
          </button>
          {!item.public && <p className="field-hint">{t('initiative.notPublicYet')}</p>}
        </>
      )}
      {item.status !== 'proposed' && item.status !== 'approved' && (
        <p>
          <InitiativeStatusBadge status={item.status} />
        </p>
      )}
    </section>
  );
}

function MessageForm({ busy, onSend }: { busy: boolean; onSend: (text: string) => Promise<boolean> }) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSend(text.trim())) setText('');
  };
  return (
    <form className="form comment-form" onSubmit={submit}>
      <TextAreaField
        label={t('initiative.message')}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={busy || text.trim() === ''}>
          {t('initiative.send')}
        </button>
      </div>
    </form>
  );
}

function KudosForm({
  busy,
  again,
  onSend,
}: {
  busy: boolean;
  again: boolean;
  onSend: (message?: string) => Promise<boolean>;
}) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSend(text.trim() || undefined)) setText('');
  };
  return (
    <form className="form comment-form" onSubmit={submit}>
      {again && <p className="field-hint">{t('initiative.kudosAgain')}</p>}
      <TextField280 value={text} onChange={setText} />
      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={busy}>
          <span aria-hidden="true">♥ </span>
          {t('initiative.giveKudos')}
        </button>
      </div>
    </form>
  );
}

function TextField280({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useApp();
  return (
    <TextAreaField
      label={t('initiative.kudosMessage')}
      rows={2}
      maxLength={280}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * Communications may take an image down at any step (a face without consent, a name on a badge…):
 * a second click confirms, so a slip of the mouse removes nothing.
 */
function ImageModeration({ busy, onRemove }: { busy: boolean; onRemove: () => Promise<boolean> }) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <p className="initiative-actions">
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('initiative.imageRemove')}
        </button>
      </p>
    );
  return (
    <fieldset className="initiative-actions image-moderation">
      <legend>{t('initiative.imageRemoveConfirmText')}</legend>
      <button
        type="button"
        className="secondary-button danger"
        disabled={busy}
        // biome-ignore lint/a11y/noAutofocus: the question just appeared where the focus was.
        autoFocus
        onClick={() => void onRemove().then((done) => done || setConfirming(false))}
      >
        {t('initiative.imageRemoveConfirm')}
      </button>{' '}
      <button type="button" className="secondary-button" disabled={busy} onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </button>
    </fieldset>
  );
}
