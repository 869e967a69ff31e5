import { useId } from 'react';
import type { EditorBalance } from '../analysis/protocol.js';
import { useApp } from '../app/context.js';
import { gaugeArc, gaugePoint } from './gauge-geometry.js';

/**
 * The balance between the restrictive voice (left) and the enabling voice (right), 0–100; 50 means as
 * much room given as rules laid down. Read out as one image with a text alternative; the counts are
 * also written below it.
 */
export function BalanceGauge({ balance }: { balance: EditorBalance }) {
  const { t } = useApp();
  const titleId = useId();
  const score = balance.score;
  const cx = 100;
  const cy = 100;
  const r = 80;
  const label =
    score === null
      ? t('gauge.none')
      : t('gauge.value', { score, enabling: balance.enabling, restrictive: balance.restrictive });
  const needle = score === null ? null : gaugePoint(score, r - 14, cx, cy);
  return (
    <figure className="gauge">
      <svg viewBox="0 0 200 120" role="img" aria-labelledby={titleId} width="200" height="120">
        <title id={titleId}>{label}</title>
        <path d={gaugeArc(100, r, cx, cy)} className="gauge-track" />
        <path d={gaugeArc(50, r, cx, cy)} className="gauge-restrictive" />
        {score !== null && <path d={gaugeArc(score, r, cx, cy)} className="gauge-value" />}
        <line
          x1={gaugePoint(50, r - 12, cx, cy).x}
          y1={gaugePoint(50, r - 12, cx, cy).y}
          x2={cx}
          y2={cy - r - 6}
          className="gauge-mid"
        />
        {needle && <line x1={cx} y1={cy} x2={needle.x} y2={needle.y} className="gauge-needle" />}
        <circle cx={cx} cy={cy} r="5" className="gauge-hub" />
        <text x={cx} y={cy - 22} textAnchor="middle" className="gauge-number">
          {score === null ? '—' : score}
        </text>
      </svg>
      <figcaption>
        <span className="gauge-end">{t('gauge.restrictive', { count: balance.restrictive })}</span>
        <span className="gauge-end">{t('gauge.enabling', { count: balance.enabling })}</span>
      </figcaption>
    </figure>
  );
}
