import { type FormEvent, useEffect, useState } from 'react';
import { IDEA_STATUSES, type IdeaDetail, type IdeaStatus } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { can } from '../app/permissions.js';
import { routePath } from '../app/routes.js';
import { useAction } from '../app/useAction.js';
import { ErrorAlert, SelectField, TextAreaField } from '../components/forms.js';
import { IdeaStatusBadge, VoteButtons } from '../components/VoteButtons.js';

type AnswerStatus = Exclude<IdeaStatus, 'open'>;

export function IdeaPage({ ideaId }: { ideaId: string }) {
  const { api, t, date } = useApp();
  const session = useSession();
  const [idea, setIdea] = useState<IdeaDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { busy, error: actionError, act } = useAction<IdeaDetail>(setIdea);
  const [comment, setComment] = useState('');
  const [answerStatus, setAnswerStatus] = useState<AnswerStatus>('under_study');
  const [answer, setAnswer] = useState('');
  usePageTitle(idea?.title ?? t('ideas.heading'));

  useEffect(() => {
    let live = true;
    api
      .idea(ideaId)
      .then((i) => live && setIdea(i))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, ideaId]);

  if (error || !idea) {
    return (
      <>
        <h1 tabIndex={-1}>{t('ideas.heading')}</h1>
        {error ? <ErrorAlert error={error} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </>
    );
  }

  const sendComment = async (event: FormEvent) => {
    event.preventDefault();
    if (await act(() => api.commentIdea(idea.id, comment.trim()))) setComment('');
  };
  const sendAnswer = async (event: FormEvent) => {
    event.preventDefault();
    if (await act(() => api.answerIdea(idea.id, answerStatus, answer.trim()), t('ideas.answered')))
      setAnswer('');
  };

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={routePath({ name: 'ideas' })}>{t('nav.ideas')}</Link>
          </li>
          <li aria-current="page">{idea.title}</li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>{idea.title}</h1>
      <p className="page-meta">
        <IdeaStatusBadge status={idea.status} /> {idea.author && t('ideas.by', { name: idea.author.name })},{' '}
        {date(idea.createdAt)}
      </p>
      <ErrorAlert error={actionError} />
      <div className="card idea-item">
        <VoteButtons idea={idea} busy={busy} onVote={(v) => void act(() => api.vote(idea.id, v))} />
        <p className="initiative-description">{idea.body}</p>
      </div>

      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t('ideas.answer')}</h2>
        {idea.answer ? (
          <div className="comment comment-approve">
            <p className="comment-meta">
              {t('ideas.answerBy', { by: idea.answer.by ?? '—', at: date(idea.answer.at) })}
            </p>
            <p>{idea.answer.text}</p>
          </div>
        ) : (
          <p>{t('ideas.noAnswer')}</p>
        )}
        {can(session.role, 'curateInitiatives') && (
          <form className="form comment-form" onSubmit={sendAnswer}>
            <SelectField
              label={t('ideas.answerStatus')}
              value={answerStatus}
              onChange={(e) => setAnswerStatus(e.target.value as AnswerStatus)}
            >
              {IDEA_STATUSES.filter((s): s is AnswerStatus => s !== 'open').map((s) => (
                <option key={s} value={s}>
                  {t(`ideaStatus.${s}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              label={t('ideas.answerText')}
              rows={3}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
            />
            <button type="submit" className="primary-button" disabled={busy || answer.trim().length < 2}>
              {t('ideas.sendAnswer')}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('ideas.commentsHeading')}</h2>
        <ol className="thread">
          {idea.comments.map((c) => (
            <li key={c.id} className="comment">
              <p className="comment-meta">
                <strong>{c.by ?? '—'}</strong>, {date(c.at)}
              </p>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
        <form className="form comment-form" onSubmit={sendComment}>
          <TextAreaField
            label={t('ideas.comment')}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <button type="submit" className="primary-button" disabled={busy || comment.trim() === ''}>
            {t('ideas.sendComment')}
          </button>
        </form>
      </section>
    </>
  );
}
