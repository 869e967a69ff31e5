/**
 * The ideas box: any member proposes an idea, votes (+1, -1, or takes the vote back) and comments;
 * communications give the public answer and its status.
 */
import { randomUUID } from 'node:crypto';
import type { IdeaStatus } from '../db/schema.js';
import type { Scoped } from '../db/scoped.js';
import { notFound } from '../http/errors.js';
import type { Actor } from './charters.js';
import { notify } from './initiatives.js';

export interface IdeaView {
  id: string;
  title: string;
  body: string;
  status: IdeaStatus;
  author: { id: string; name: string } | null;
  votes: { up: number; down: number; score: number };
  myVote: -1 | 0 | 1;
  commentCount: number;
  answer: { text: string; by: string | null; at: string } | null;
  createdAt: string;
}

export interface IdeaComment {
  id: string;
  text: string;
  by: string | null;
  byId: string | null;
  at: string;
}

function ideaQuery(s: Scoped) {
  return s
    .selectFrom('ideas')
    .leftJoin('users as author', 'author.id', 'ideas.author_id')
    .leftJoin('users as answerer', 'answerer.id', 'ideas.answered_by')
    .selectAll('ideas')
    .select(['author.name as author_name', 'answerer.name as answerer_name']);
}

async function views(
  s: Scoped,
  actor: Actor,
  rows: Awaited<ReturnType<ReturnType<typeof ideaQuery>['execute']>>,
): Promise<IdeaView[]> {
  const ids = rows.map((r) => r.id);
  const votes = ids.length
    ? await s
        .selectFrom('idea_votes')
        .select(['idea_id', 'user_id', 'value'])
        .where('idea_id', 'in', ids)
        .execute()
    : [];
  const comments = ids.length
    ? await s
        .selectFrom('idea_comments')
        .select(['idea_id', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('idea_id', 'in', ids)
        .groupBy('idea_id')
        .execute()
    : [];
  const commentCounts = new Map(comments.map((c) => [c.idea_id, Number(c.n)]));
  return rows.map((r) => {
    const mine = votes.filter((v) => v.idea_id === r.id);
    const up = mine.filter((v) => v.value === 1).length;
    const down = mine.filter((v) => v.value === -1).length;
    const my = mine.find((v) => v.user_id === actor.id)?.value ?? 0;
    return {
      id: r.id,
      title: r.title,
      body: r.body,
      status: r.status,
      author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
      votes: { up, down, score: up - down },
      myVote: my as -1 | 0 | 1,
      commentCount: commentCounts.get(r.id) ?? 0,
      answer:
        r.answer !== null && r.answered_at !== null
          ? { text: r.answer, by: r.answerer_name, at: r.answered_at }
          : null,
      createdAt: r.created_at,
    };
  });
}

export async function listIdeas(s: Scoped, actor: Actor, status?: IdeaStatus): Promise<IdeaView[]> {
  let q = ideaQuery(s);
  if (status) q = q.where('ideas.status', '=', status);
  return views(s, actor, await q.orderBy('ideas.created_at', 'desc').orderBy('ideas.id').execute());
}

async function findIdea(s: Scoped, id: string) {
  const row = await ideaQuery(s).where('ideas.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function getIdea(
  s: Scoped,
  actor: Actor,
  id: string,
): Promise<IdeaView & { comments: IdeaComment[] }> {
  const [view] = await views(s, actor, [await findIdea(s, id)]);
  const comments = await s
    .selectFrom('idea_comments')
    .leftJoin('users', 'users.id', 'idea_comments.author_id')
    .select([
      'idea_comments.id',
      'idea_comments.text',
      'idea_comments.author_id',
      'idea_comments.created_at',
      'users.name',
    ])
    .where('idea_comments.idea_id', '=', id)
    .orderBy('idea_comments.created_at')
    .orderBy('idea_comments.id')
    .execute();
  return {
    ...view,
    comments: comments.map((c) => ({
      id: c.id,
      text: c.text,
      by: c.name,
      byId: c.author_id,
      at: c.created_at,
    })),
  };
}

export async function createIdea(s: Scoped, actor: Actor, input: { title: string; body: string }) {
  const id = randomUUID();
  await s.transaction(async (tx) => {
    await tx.insert('ideas', {
      id,
      author_id: actor.id,
      title: input.title,
      body: input.body,
      status: 'open',
      answer: null,
      answered_by: null,
      answered_at: null,
      created_at: tx.now().toISOString(),
    });
    await tx.audit({
      actorId: actor.id,
      action: 'idea.create',
      entity: 'idea',
      entityId: id,
      after: { title: input.title, status: 'open' },
    });
  });
  return getIdea(s, actor, id);
}

/** One vote per member: 1 or -1 sets it, 0 takes it back. */
export async function voteIdea(s: Scoped, actor: Actor, id: string, value: -1 | 0 | 1) {
  await s.transaction(async (tx) => {
    await findIdea(tx, id);
    const existing = await tx
      .selectFrom('idea_votes')
      .selectAll()
      .where('idea_id', '=', id)
      .where('user_id', '=', actor.id)
      .executeTakeFirst();
    if (value === 0) {
      if (existing) await tx.deleteFrom('idea_votes').where('id', '=', existing.id).execute();
    } else if (existing) {
      await tx.updateTable('idea_votes').set({ value }).where('id', '=', existing.id).execute();
    } else {
      await tx.insert('idea_votes', {
        id: randomUUID(),
        idea_id: id,
        user_id: actor.id,
        value,
        created_at: tx.now().toISOString(),
      });
    }
    await tx.audit({
      actorId: actor.id,
      action: 'idea.vote',
      entity: 'idea',
      entityId: id,
      before: { value: existing?.value ?? 0 },
      after: { value },
    });
  });
  return getIdea(s, actor, id);
}

export async function commentIdea(s: Scoped, actor: Actor, id: string, text: string) {
  await s.transaction(async (tx) => {
    await findIdea(tx, id);
    const commentId = randomUUID();
    await tx.insert('idea_comments', {
      id: commentId,
      idea_id: id,
      author_id: actor.id,
      text,
      created_at: tx.now().toISOString(),
    });
    await tx.audit({
      actorId: actor.id,
      action: 'idea.comment',
      entity: 'idea',
      entityId: id,
      after: { commentId, length: text.length },
    });
  });
  return getIdea(s, actor, id);
}

export async function answerIdea(
  s: Scoped,
  actor: Actor,
  id: string,
  input: { status: Exclude<IdeaStatus, 'open'>; answer: string },
) {
  await s.transaction(async (tx) => {
    const before = await findIdea(tx, id);
    await tx
      .updateTable('ideas')
      .set({
        status: input.status,
        answer: input.answer,
        answered_by: actor.id,
        answered_at: tx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await notify(tx, { userId: before.author_id, actorId: actor.id, kind: 'idea-answer', ideaId: id });
    await tx.audit({
      actorId: actor.id,
      action: 'idea.answer',
      entity: 'idea',
      entityId: id,
      before: { status: before.status, answer: before.answer },
      after: { status: input.status, answer: input.answer },
    });
  });
  return getIdea(s, actor, id);
}
