import type { EditorAnalysis } from '../analysis/protocol.js';
import { useApp } from '../app/context.js';
import { LEGEND_ORDER } from '../constants.js';

/** What each tint means: the same colour and underline as in the editor, the name, and the count. */
export function ToneLegend({ id, analysis }: { id: string; analysis: EditorAnalysis | null }) {
  const { t } = useApp();
  return (
    <div className="legend" id={id}>
      <h2 className="legend-title">{t('legend.heading')}</h2>
      <ul>
        {LEGEND_ORDER.map((label) => (
          <li key={label}>
            <span className={`legend-sample cm-tone-${label}`}>{t(`label.${label}`)}</span>
            {analysis && <span className="legend-count">{analysis.counts[label]}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
