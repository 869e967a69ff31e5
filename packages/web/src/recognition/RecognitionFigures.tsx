/**
 * The recognition figures of a period: total tiles, then four charts (Chart.js) each with its table.
 * Loaded lazily by the recognition page, with Chart.js: the app's main bundle does not carry them.
 */
import { type ReactNode, useMemo } from 'react';
import type { Recognition } from '../api/types.js';
import { useApp } from '../app/context.js';
import Chart, { type ChartProps, type ChartSeries } from './Chart.js';
import { FIGURES, type Figures, formatCount, monthLabel, shapeRecognition } from './figures.js';

/** Colours at least 3:1 on white (Okabe–Ito, darkened where needed), each with its own pattern. */
const FIGURE_LOOK: Record<(typeof FIGURES)[number], Pick<ChartSeries, 'colour' | 'style'>> = {
  proposed: { colour: '#0072b2', style: 'plain' },
  approved: { colour: '#00805e', style: 'stripes' },
  showcased: { colour: '#b35000', style: 'dots' },
};
const KUDOS_LOOK = { colour: '#8a3f78', style: 'plain' } as const;
const IDEAS_LOOK = { colour: '#00805e', style: 'stripes' } as const;
/** Names listed in a chart's label before "and N more". */
const LISTED = 8;

/** The totals, then the four charts, each with its table. `today` closes a period left open. */
export default function RecognitionFigures({ data, today }: { data: Recognition; today: string }) {
  const { t, tp, lang } = useApp();
  const view = useMemo(() => shapeRecognition(data, today), [data, today]);
  const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
  const count = (n: number) => formatCount(lang, n);
  const months = view.months.map((m) => monthLabel(lang, m));
  const start = months[0] ?? '';
  const end = months[months.length - 1] ?? '';
  const figures = (f: Figures) =>
    t('recognition.figures', {
      proposed: count(f.proposed),
      approved: count(f.approved),
      showcased: count(f.showcased),
    });
  const list = (rows: Array<Figures & { name: string }>) => {
    const shown = rows.slice(0, LISTED).map((r) => `${r.name} (${figures(r)})`);
    if (rows.length > LISTED) shown.push(tp('recognition.chart.more', rows.length - LISTED));
    return shown.join(t('recognition.listSeparator'));
  };
  const initiativeSeries = (rows: Figures[]): ChartSeries[] =>
    FIGURES.map((f) => ({ label: t(`recognition.${f}`), data: rows.map((r) => r[f]), ...FIGURE_LOOK[f] }));
  const units = view.byUnit.map((u) => ({
    ...u,
    key: u.unitId ?? '',
    name: u.unit ?? t('recognition.noUnit'),
  }));
  const values = view.byValue.map((v) => ({ ...v, key: v.value, name: v.value }));
  /** Totals over the period per unit or per value: horizontal bars, and the table beneath. */
  const totalsSection = (
    id: string,
    title: string,
    head: string,
    rows: Array<Figures & { key: string; name: string }>,
    label: (list: string) => string,
  ) => (
    <ChartSection
      id={id}
      title={title}
      chart={
        rows.length > 0 && {
          type: 'bar',
          horizontal: true,
          labels: rows.map((r) => r.name),
          series: initiativeSeries(rows),
          label: label(list(rows)),
          locale,
          height: barsHeight(rows.length),
        }
      }
      table={<FigureTable id={id} head={head} rows={rows} />}
    />
  );
  // Three bars per row, and room for the axis and the legend.
  const barsHeight = (rows: number) => Math.max(180, 90 + rows * 54);

  const tiles: Array<[string, number]> = [
    [t('recognition.proposed'), view.totals.proposed],
    [t('recognition.approved'), view.totals.approved],
    [t('recognition.showcased'), view.totals.showcased],
    [t('recognition.kudos'), view.totals.kudos],
    [t('recognition.ideas'), view.totals.ideas],
  ];

  return (
    <>
      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('recognition.totals')}</h2>
        <dl className="recognition-tiles">
          {tiles.map(([label, value]) => (
            <div className="recognition-tile" key={label}>
              <dt>{label}</dt>
              <dd>{count(value)}</dd>
            </div>
          ))}
        </dl>
        <p className="field-hint">{t('recognition.patternHint')}</p>
      </section>

      <ChartSection
        id="over-time"
        title={t('recognition.overTime')}
        chart={{
          type: 'bar',
          labels: months,
          series: initiativeSeries(view.overTime),
          label: t('recognition.chart.overTime', { start, end, figures: figures(view.totals) }),
          locale,
          height: 300,
        }}
        table={
          <FigureTable
            id="over-time"
            head={t('recognition.month')}
            rows={view.overTime.map((r, i) => ({ key: r.month, name: months[i], ...r }))}
          />
        }
      />

      {totalsSection('by-unit', t('recognition.byUnit'), t('recognition.unit'), units, (list) =>
        t('recognition.chart.byUnit', { list }),
      )}
      {totalsSection('by-value', t('recognition.byValue'), t('recognition.value'), values, (list) =>
        t('recognition.chart.byValue', { list }),
      )}

      <ChartSection
        id="activity"
        title={t('recognition.activity')}
        chart={{
          type: 'line',
          labels: months,
          series: [
            { label: t('recognition.kudos'), data: view.activity.map((a) => a.kudos), ...KUDOS_LOOK },
            { label: t('recognition.ideas'), data: view.activity.map((a) => a.ideas), ...IDEAS_LOOK },
          ],
          label: t('recognition.chart.activity', {
            start,
            end,
            kudos: count(view.totals.kudos),
            ideas: count(view.totals.ideas),
          }),
          locale,
          height: 260,
        }}
        table={
          <table className="data-table compact" aria-labelledby="activity-heading">
            <thead>
              <tr>
                <th scope="col">{t('recognition.month')}</th>
                <th scope="col">{t('recognition.kudos')}</th>
                <th scope="col">{t('recognition.ideas')}</th>
              </tr>
            </thead>
            <tbody>
              {view.activity.map((a, i) => (
                <tr key={a.month}>
                  <th scope="row">{months[i]}</th>
                  <td>{count(a.kudos)}</td>
                  <td>{count(a.ideas)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}

/** A chart (or, without rows, the empty message) and its data in a table that can be folded away. */
function ChartSection({
  id,
  title,
  chart,
  table,
}: {
  id: string;
  title: string;
  chart: ChartProps | false;
  table: ReactNode;
}) {
  const { t } = useApp();
  return (
    <section className="card chart-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {chart === false ? (
        <p>{t('recognition.empty')}</p>
      ) : (
        <>
          <Chart {...chart} />
          {/* Open by default: the table is the chart's equivalent, folded away by those who see it. */}
          <details className="chart-data" open>
            <summary>{t('recognition.showData')}</summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}

function FigureTable({
  id,
  head,
  rows,
}: {
  id: string;
  head: string;
  rows: Array<Figures & { key: string; name: string }>;
}) {
  const { t, lang } = useApp();
  return (
    <table className="data-table compact" aria-labelledby={`${id}-heading`}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          {FIGURES.map((f) => (
            <th scope="col" key={f}>
              {t(`recognition.${f}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.name}</th>
            {FIGURES.map((f) => (
              <td key={f}>{formatCount(lang, r[f])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
