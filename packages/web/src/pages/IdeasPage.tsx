import { type FormEvent, useEffect, useState } from 'react';
import { fieldErrors } from '../api/client.js';
import { IDEA_STATUSES, type Idea, type IdeaStatus } from '../api/types.js';
import { useApp, usePageTitle } from '../app/context.js';
import { Link } from '../app/Link.js';
import { navigate } from '../app/navigation.js';
import { routePath } from '../app/routes.js';
import { useSubmit } from '../app/useAction.js';
import { ErrorAlert, SelectField, TextAreaField, TextField } from '../components/forms.js';
import { IdeaStatusBadge, VoteButtons } from '../components/VoteButtons.js';

export function IdeasPage() {
  const { api, t, tp, date } = useApp();
  const [status, setStatus] = useState<IdeaStatus | ''>('');
  const [list, setList] = useState<Idea[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('ideas.heading'));

  useEffect(() => {
    let live = true;
    api
      .ideas(status || undefined)
      .then((l) => live && setList(l))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, status]);

  const vote = async (idea: Idea, value: -1 | 0 | 1) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await api.vote(idea.id, value);
      setList((l) => l?.map((i) => (i.id === idea.id ? updated : i)) ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('ideas.heading')}</h1>
      <p>{t('ideas.intro')}</p>
      <div className="form inline-form">
        <SelectField
          label={t('initiatives.statusFilter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as IdeaStatus | '')}
        >
          <option value="">{t('initiatives.allStatuses')}</option>
          {IDEA_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`ideaStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={error} />
      {list === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {list?.length === 0 && <p>{t('ideas.empty')}</p>}
      {list && list.length > 0 && (
        <ul className="feed" aria-label={t('ideas.caption')}>
          {list.map((i) => (
            <li key={i.id} className="card feed-item idea-item">
              <VoteButtons idea={i} busy={busy} onVote={(v) => void vote(i, v)} />
              <div>
                <h2 className="idea-title">
                  <Link href={routePath({ name: 'idea', ideaId: i.id })}>{i.title}</Link>
                </h2>
                <p className="comment-meta">
                  <IdeaStatusBadge status={i.status} /> {i.author && t('ideas.by', { name: i.author.name })},{' '}
                  {date(i.createdAt)} · {tp('ideas.comments', i.commentCount)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewIdeaForm />
    </>
  );
}

function NewIdeaForm() {
  const { api, t, announce } = useApp();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const { busy, error, run } = useSubmit();
  const fields = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const idea = await api.proposeIdea({ title: title.trim(), body: body.trim() });
      announce(t('ideas.sent'));
      navigate(routePath({ name: 'idea', ideaId: idea.id }));
    });
  };

  return (
    <section className="card" aria-labelledby="new-idea-heading">
      <h2 id="new-idea-heading">{t('ideas.new')}</h2>
      <ErrorAlert error={error} shownFields={['title', 'body']} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('ideas.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <TextAreaField
          label={t('ideas.body')}
          required
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={fields.body}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('ideas.submit')}
        </button>
      </form>
    </section>
  );
}
