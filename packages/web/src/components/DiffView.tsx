import type { CharterDiff, Delta, DiffSentence, SentenceChange } from '../api/types.js';
import { useApp } from '../app/context.js';
import type { Lang } from '../constants.js';
import { formatDelta } from '../i18n/index.js';
import { ToneChip } from './badges.js';

function DeltaRow({ name, delta }: { name: string; delta: Delta }) {
  const { lang } = useApp();
  const direction = delta.delta === null || delta.delta === 0 ? 'same' : delta.delta > 0 ? 'up' : 'down';
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{delta.old ?? '—'}</td>
      <td>{delta.new ?? '—'}</td>
      <td className={`delta delta-${direction}`}>{formatDelta(lang, delta.delta)}</td>
    </tr>
  );
}

function Sentence({
  sentence,
  side,
  docLang,
}: {
  sentence: DiffSentence;
  side: 'old' | 'new';
  docLang: Lang;
}) {
  const { t } = useApp();
  const Tag = side === 'old' ? 'del' : 'ins';
  return (
    <p className={`diff-sentence diff-${side}`}>
      <span className="visually-hidden">{side === 'old' ? t('diff.before') : t('diff.after')} </span>
      <ToneChip label={sentence.label} /> <Tag lang={docLang}>{sentence.text}</Tag>{' '}
      <span className="diff-where">{t('diff.line', { line: sentence.line })}</span>
    </p>
  );
}

function Change({ change, docLang }: { change: SentenceChange; docLang: Lang }) {
  const { t } = useApp();
  const section = 'new' in change ? change.new.section : change.old.section;
  return (
    <li className={`diff-change diff-${change.kind}`}>
      <p className="diff-kind">
        <strong>{t(`diff.kind.${change.kind}`)}</strong>
        {section && (
          <span className="diff-where" lang={docLang}>
            {' '}
            — {section}
          </span>
        )}
        {'old' in change && 'new' in change && change.old.label !== change.new.label && (
          <span className="diff-relabel">
            {' '}
            {t('diff.relabel', { from: t(`label.${change.old.label}`), to: t(`label.${change.new.label}`) })}
          </span>
        )}
      </p>
      {'old' in change && change.kind !== 'relabeled' && change.kind !== 'moved' && (
        <Sentence sentence={change.old} side="old" docLang={docLang} />
      )}
      {'new' in change && <Sentence sentence={change.new} side="new" docLang={docLang} />}
    </li>
  );
}

/** A tone diff between two versions: the figures first, then each changed sentence with its label. */
export function DiffView({
  diff,
  lang,
  oldLabel,
  newLabel,
}: {
  diff: CharterDiff;
  lang: Lang;
  oldLabel: string;
  newLabel: string;
}) {
  const { t, tp } = useApp();
  const s = diff.summary;
  return (
    <div className="diff" aria-live="polite">
      <h3>{t('diff.resultHeading', { old: oldLabel, new: newLabel })}</h3>
      <p className="diff-summary">
        {[
          tp('diff.added', s.added),
          tp('diff.removed', s.removed),
          tp('diff.changed', s.changed),
          tp('diff.moved', s.moved),
          tp('diff.labelChanges', s.labelChanges),
        ].join(' · ')}
      </p>
      <table className="data-table compact">
        <caption>{t('diff.figures')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('diff.measure')}</span>
            </th>
            <th scope="col">{oldLabel}</th>
            <th scope="col">{newLabel}</th>
            <th scope="col">{t('diff.delta')}</th>
          </tr>
        </thead>
        <tbody>
          <DeltaRow name={t('version.balance')} delta={diff.balance} />
          <DeltaRow name={t('charters.score')} delta={diff.score} />
        </tbody>
      </table>
      {(diff.coverage.gained.length > 0 || diff.coverage.lost.length > 0) && (
        <div className="diff-coverage">
          {diff.coverage.gained.length > 0 && (
            <p>
              <strong>{t('diff.gained')}</strong>{' '}
              {diff.coverage.gained.map((c) => t(`clause.${c}`)).join(', ')}
            </p>
          )}
          {diff.coverage.lost.length > 0 && (
            <p>
              <strong>{t('diff.lost')}</strong> {diff.coverage.lost.map((c) => t(`clause.${c}`)).join(', ')}
            </p>
          )}
        </div>
      )}
      {diff.changes.length === 0 ? (
        <p>{t('diff.noChange')}</p>
      ) : (
        <ol className="diff-changes">
          {diff.changes.map((change, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <Change key={i} change={change} docLang={lang} />
          ))}
        </ol>
      )}
    </div>
  );
}
