import type { Idea } from '../api/types.js';
import { useApp } from '../app/context.js';

/**
 * ▲/▼ as toggle buttons (aria-pressed): pressing the pressed one removes the vote, the other one
 * changes it; the score is read with them.
 */
export function VoteButtons({
  idea,
  busy,
  onVote,
}: {
  idea: Idea;
  busy: boolean;
  onVote: (value: -1 | 0 | 1) => void;
}) {
  const { t } = useApp();
  return (
    <div className="vote-buttons">
      <button
        type="button"
        className="small-button vote-button"
        aria-pressed={idea.myVote === 1}
        aria-label={t('ideas.voteUp', { title: idea.title })}
        disabled={busy}
        onClick={() => onVote(idea.myVote === 1 ? 0 : 1)}
      >
        <span aria-hidden="true">▲</span>
      </button>
      <span className="vote-score">
        <span aria-hidden="true">{idea.votes.score}</span>
        <span className="visually-hidden">
          {t('ideas.score', { score: idea.votes.score, up: idea.votes.up, down: idea.votes.down })}
        </span>
      </span>
      <button
        type="button"
        className="small-button vote-button"
        aria-pressed={idea.myVote === -1}
        aria-label={t('ideas.voteDown', { title: idea.title })}
        disabled={busy}
        onClick={() => onVote(idea.myVote === -1 ? 0 : -1)}
      >
        <span aria-hidden="true">▼</span>
      </button>
    </div>
  );
}

export function IdeaStatusBadge({ status }: { status: Idea['status'] }) {
  const { t } = useApp();
  return <span className={`badge badge-idea-${status}`}>{t(`ideaStatus.${status}`)}</span>;
}
