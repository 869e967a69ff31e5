/**
 * A chart drawn by Chart.js on a canvas, for the recognition page. Loaded lazily with that page's
 * figures: Chart.js (only the pieces registered below) never weighs on the other pages.
 *
 * The canvas is an image with a label that says the figures in words; the page puts the same figures
 * in a table under each chart. Series differ by more than colour: a fill pattern (plain, stripes, dots)
 * for bars, a dash and a point shape for lines, shown in the legend too.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartConfiguration,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

// The app's text colours (styles.css) and fonts, so the chart reads like the page around it.
ChartJS.defaults.color = '#1f2933';
ChartJS.defaults.borderColor = '#d9dee3';
ChartJS.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
ChartJS.defaults.font.size = 13;

export type SeriesStyle = 'plain' | 'stripes' | 'dots';

export interface ChartSeries {
  label: string;
  data: number[];
  /** At least 3:1 against white (WCAG 1.4.11, graphical objects). */
  colour: string;
  style: SeriesStyle;
}

export interface ChartProps {
  type: 'bar' | 'line';
  /** Horizontal bars (one row per category). */
  horizontal?: boolean;
  labels: string[];
  series: ChartSeries[];
  /** What the chart shows, in words (the canvas's accessible name). */
  label: string;
  /** For the numbers on the axes and in tooltips. */
  locale: string;
  height: number;
}

/** A fill that carries the series' pattern as well as its colour. */
function fill(colour: string, style: SeriesStyle): string | CanvasPattern {
  if (style === 'plain') return colour;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = colour;
  context.fillRect(0, 0, 8, 8);
  context.fillStyle = 'rgba(255, 255, 255, 0.75)';
  context.strokeStyle = 'rgba(255, 255, 255, 0.75)';
  if (style === 'stripes') {
    context.lineWidth = 2;
    context.beginPath();
    // One diagonal and its wrap-around corners, so the tiles join into continuous stripes.
    context.moveTo(0, 8);
    context.lineTo(8, 0);
    context.moveTo(-2, 2);
    context.lineTo(2, -2);
    context.moveTo(6, 10);
    context.lineTo(10, 6);
    context.stroke();
  } else {
    context.beginPath();
    context.arc(4, 4, 1.6, 0, Math.PI * 2);
    context.fill();
  }
  return context.createPattern(tile, 'repeat') ?? colour;
}

const LINE_LOOK: Record<SeriesStyle, { dash: number[]; point: 'circle' | 'triangle' | 'rectRot' }> = {
  plain: { dash: [], point: 'circle' },
  stripes: { dash: [6, 4], point: 'triangle' },
  dots: { dash: [2, 3], point: 'rectRot' },
};

function configuration(props: Omit<ChartProps, 'label' | 'height'>): ChartConfiguration<'bar' | 'line'> {
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const valueAxis = {
    beginAtZero: true,
    ticks: { precision: 0 },
    grid: { color: '#e4e7eb' },
  };
  const categoryAxis = { grid: { display: false } };
  return {
    type: props.type,
    data: {
      labels: props.labels,
      datasets: props.series.map((s) =>
        props.type === 'bar'
          ? {
              label: s.label,
              data: s.data,
              backgroundColor: fill(s.colour, s.style),
              borderColor: s.colour,
              borderWidth: 1.5,
            }
          : {
              label: s.label,
              data: s.data,
              borderColor: s.colour,
              backgroundColor: s.colour,
              borderWidth: 2.5,
              borderDash: LINE_LOOK[s.style].dash,
              pointStyle: LINE_LOOK[s.style].point,
              pointRadius: 4.5,
              pointHoverRadius: 6,
            },
      ),
    },
    options: {
      locale: props.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 350 },
      indexAxis: props.horizontal ? 'y' : 'x',
      interaction: { mode: 'index', intersect: false },
      scales: props.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { usePointStyle: props.type === 'line', boxWidth: 28, boxHeight: 14 },
        },
      },
    },
  };
}

export default function Chart({ label, height, ...rest }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The chart is built again when what it draws changes; a string compares by content.
  const spec = JSON.stringify(rest);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new ChartJS(canvas.current, configuration(JSON.parse(spec)));
    return () => chart.destroy();
  }, [spec]);
  return (
    <div className="chart-frame" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
