import type { ToneLabel } from '@charte/analyzer';

/** Background of each label's sentences: reds for the restrictive voice, greens and blue for the enabling one. */
export const LABEL_COLORS: Record<ToneLabel, string> = {
  prohibition: '#f7c6c6',
  obligation: '#fbd9bf',
  sanction: '#f2b8cf',
  recommendation: '#fbeeb0',
  permission: '#d3efd9',
  encouragement: '#b4e3c0',
  commitment: '#c6e0f5',
  informative: '#eeeeee',
};

/**
 * The report's one style sheet, inline: readable on screen, printable (colors kept, no navigation,
 * one document per page). Voices are also told apart without color: restrictive sentences are
 * underlined, enabling ones double-underlined, guidance dotted.
 */
export const STYLES = `
:root { --ink: #1d1d1f; --muted: #5c5c66; --line: #d9d9e0; --ok: #1b7f3b; --bad: #b3261e; --warn: #8a5a00; --info: #2456a6; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 58rem; padding: 1.5rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .25rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; word-break: break-all; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
a { color: var(--info); }
.muted, .meta { color: var(--muted); }
.meta { margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.overall { font-size: 2.6rem; font-weight: 700; margin: .25rem 0; }
.overall small { font-size: 1rem; color: var(--muted); font-weight: 400; }
.good { color: var(--ok); } .fair { color: var(--warn); } .poor { color: var(--bad); }
.meter { display: inline-block; width: 5rem; height: .6rem; background: #eee; border-radius: .3rem; overflow: hidden; vertical-align: middle; margin-right: .4rem; }
.meter span { display: block; height: 100%; background: currentColor; }
svg.chart { width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg.chart .label { fill: var(--ink); }
svg.chart .value { fill: var(--ink); font-weight: 600; }
ul.checklist { list-style: none; padding: 0; columns: 2 18rem; }
ul.checklist li { padding: .15rem 0; break-inside: avoid; }
ul.checklist .mark { display: inline-block; width: 1.3rem; font-weight: 700; }
ul.checklist .present .mark { color: var(--ok); } ul.checklist .missing .mark { color: var(--bad); }
ul.checklist .missing { color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .6rem; padding: 0; list-style: none; font-size: .9rem; }
.legend li { padding: .05rem .45rem; border-radius: .25rem; }
.charter { border-left: 3px solid var(--line); padding-left: 1rem; }
.charter h4, .charter h5, .charter h6 { margin: 1.2rem 0 .4rem; }
.charter p { margin: .5rem 0; }
.charter ul { margin: .3rem 0; padding-left: 1.4rem; }
.s { border-radius: .2rem; padding: .05rem .1rem; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.v-restrictive { text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: .2em; }
.v-enabling { text-decoration: underline double; text-underline-offset: .2em; }
.v-guidance { text-decoration: underline dotted; text-underline-offset: .2em; }
a.ref { font-size: .75rem; vertical-align: super; text-decoration: none; margin-left: .1rem; }
ol.diagnostics { padding-left: 1.6rem; }
ol.diagnostics > li { margin: .6rem 0; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
.sev-error .sev { color: var(--bad); } .sev-warning .sev { color: var(--warn); } .sev-info .sev { color: var(--info); }
.place { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: .3rem; }
code { font-size: .85rem; color: var(--muted); }
ul.suggestions { margin: .25rem 0 0; padding-left: 1.2rem; }
ul.suggestions ins { text-decoration: none; background: #d3efd9; padding: 0 .15rem; }
footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, a.ref { display: none; }
  a { color: inherit; text-decoration: none; }
  article + article { break-before: page; }
  h2, h3 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
