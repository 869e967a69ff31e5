import type { EditorAnalysis, EditorDiagnostic, EditorSuggestion } from '../analysis/protocol.js';
import { useApp } from '../app/context.js';
import type { ClauseId } from '../constants.js';
import { inEditor } from '../editor/analysis-state.js';
import { BalanceGauge } from './Gauge.js';

export interface PanelActions {
  /** Selects a range of the analyzed text in the editor. */
  select: (from: number, to: number) => void;
  /** Applies a suggestion (an analyzer edit); false when the text changed under it. */
  apply: (suggestion: EditorSuggestion) => boolean;
  /** Inserts a template for a clause the analyzer offered no placement for. */
  insertTemplate: (clause: ClauseId) => void;
  readOnly: boolean;
}

export function ScoreBreakdown({ analysis }: { analysis: EditorAnalysis }) {
  const { t } = useApp();
  return (
    <section className="panel-section" aria-labelledby="score-heading">
      <h2 id="score-heading">
        {t('score.heading')}{' '}
        <span className="score-overall">{t('score.overall', { score: analysis.scores.overall })}</span>
      </h2>
      <table className="score-table">
        <caption className="visually-hidden">{t('score.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('score.part')}</th>
            <th scope="col">{t('score.weight')}</th>
            <th scope="col">{t('score.value')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.scores.parts.map((part) => (
            <tr key={part.id}>
              <th scope="row" className="score-name">
                {t(`scorePart.${part.id}`)}
                <span className="score-detail" lang={analysis.lang}>
                  {part.detail}
                </span>
              </th>
              <td>{Math.round(part.weight * 100)} %</td>
              <td>
                <span className="score-bar" aria-hidden="true">
                  <span style={{ width: `${part.score}%` }} />
                </span>
                {part.score}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function CoverageChecklist({
  analysis,
  actions,
}: {
  analysis: EditorAnalysis;
  actions: PanelActions;
}) {
  const { t } = useApp();
  const present = analysis.coverage.filter((c) => c.present).length;
  return (
    <section className="panel-section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">
        {t('coverage.heading')}{' '}
        <span className="count">{t('coverage.count', { present, total: analysis.coverage.length })}</span>
      </h2>
      <ul className="coverage-list">
        {analysis.coverage.map((c) => {
          const name = t(`clause.${c.clause}`);
          if (c.present) {
            return (
              <li key={c.clause} className="coverage-present">
                <span className="coverage-mark" aria-hidden="true">
                  ✓
                </span>
                <button
                  type="button"
                  className="link-button"
                  disabled={!c.sentence}
                  onClick={() => c.sentence && actions.select(c.sentence.from, c.sentence.to)}
                  aria-label={t('coverage.goTo', { clause: name })}
                >
                  {name}
                </button>
              </li>
            );
          }
          return (
            <li key={c.clause} className="coverage-missing">
              <span className="coverage-mark" aria-hidden="true">
                ○
              </span>
              <span className="coverage-name">{name}</span>
              {!actions.readOnly && (
                <button
                  type="button"
                  className="small-button"
                  onClick={() => {
                    if (!c.addition || !actions.apply(c.addition)) actions.insertTemplate(c.clause);
                  }}
                  aria-label={t('coverage.add', { clause: name })}
                >
                  {t('coverage.addShort')}
                </button>
              )}
              <span className="visually-hidden">{t('coverage.missing')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The findings other than coverage (the checklist shows those), most serious first. */
export function findings(analysis: EditorAnalysis): EditorDiagnostic[] {
  return analysis.diagnostics
    .filter(inEditor)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.i - b.i)
    .map(({ d }) => d);
}

const MAX_LISTED = 60;

export function FindingsList({ analysis, actions }: { analysis: EditorAnalysis; actions: PanelActions }) {
  const { t, tp } = useApp();
  const list = findings(analysis);
  return (
    <section className="panel-section" aria-labelledby="findings-heading">
      <h2 id="findings-heading">
        {t('findings.heading')} <span className="count">{tp('findings.count', list.length)}</span>
      </h2>
      {list.length === 0 ? (
        <p>{t('findings.none')}</p>
      ) : (
        <ul className="findings">
          {list.slice(0, MAX_LISTED).map((d) => (
            <li
              key={`${d.ruleId}:${d.from}:${d.to}:${d.message}`}
              className={`finding finding-${d.severity}`}
            >
              <p>
                <span className={`severity severity-${d.severity}`}>{t(`severity.${d.severity}`)}</span>{' '}
                <span lang={analysis.lang}>{d.message}</span>
              </p>
              <div className="finding-actions">
                <button type="button" className="small-button" onClick={() => actions.select(d.from, d.to)}>
                  {t('findings.show')}
                </button>
                {!actions.readOnly &&
                  d.suggestions.map((s) => (
                    <button
                      type="button"
                      key={s.title}
                      className="small-button suggestion-button"
                      lang={analysis.lang}
                      onClick={() => actions.apply(s)}
                    >
                      {s.title}
                    </button>
                  ))}
                {d.url && (
                  <a href={d.url} target="_blank" rel="noreferrer">
                    {t('findings.rule', { rule: d.ruleId })}
                  </a>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.length > MAX_LISTED && <p>{t('findings.more', { count: list.length - MAX_LISTED })}</p>}
    </section>
  );
}

export function AnalysisPanel({
  analysis,
  actions,
}: {
  analysis: EditorAnalysis | null;
  actions: PanelActions;
}) {
  const { t } = useApp();
  if (!analysis) {
    return (
      <p className="panel-wait" aria-busy="true">
        {t('editor.analyzing')}
      </p>
    );
  }
  return (
    <>
      <section className="panel-section" aria-labelledby="balance-heading">
        <h2 id="balance-heading">{t('gauge.heading')}</h2>
        <BalanceGauge balance={analysis.balance} />
        <p className="panel-note">{t('gauge.explain')}</p>
      </section>
      <CoverageChecklist analysis={analysis} actions={actions} />
      <ScoreBreakdown analysis={analysis} />
      <FindingsList analysis={analysis} actions={actions} />
    </>
  );
}
