/**
 * The report page's stylesheet: system fonts only (the file must work offline), light and dark via
 * prefers-color-scheme, and a print layout that keeps cards and tables whole on paper.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --font: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  --bg: #f6f7f9; --surface: #ffffff; --text: #14161a; --muted: #5b6270; --line: #e3e6eb; --grid: #eceef2;
  --accent: #2f5bea; --good: #1a8f5a; --bad: #d0453b; --neutral: #9aa3b2; --ci: rgba(20, 22, 26, .18);
  --measured-bg: #e3f5ec; --measured-fg: #11683f; --modeled-bg: #e6edfd; --modeled-fg: #2445b8;
  --assumed-bg: #fdf1dc; --assumed-fg: #8a5300; --none-bg: #eceef2; --none-fg: #5b6270;
  --c1: #2f5bea; --c2: #19a7a0; --c3: #e59c24; --c4: #8d5cd6; --c5: #d0453b; --c6: #5aa83a; --c7: #c25b9c; --c8: #6b7689;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1115; --surface: #181b21; --text: #e8eaee; --muted: #9aa1ad; --line: #2a2f38; --grid: #262a32;
    --accent: #7d9bff; --good: #3fbf83; --bad: #f0736a; --neutral: #6f7787; --ci: rgba(232, 234, 238, .25);
    --measured-bg: #12372a; --measured-fg: #7fe0b0; --modeled-bg: #1c2a52; --modeled-fg: #a9bcff;
    --assumed-bg: #3d2c0d; --assumed-fg: #f3c677; --none-bg: #2a2f38; --none-fg: #9aa1ad;
    --c1: #7d9bff; --c2: #3cc7bf; --c3: #f0b14a; --c4: #b18cf0; --c5: #f0736a; --c6: #7cc95c; --c7: #e486c0; --c8: #8d97a8;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); font: 15px/1.5 var(--font); -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1180px; padding: 32px 28px 64px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 28px; letter-spacing: -.01em; }
h2 { font-size: 20px; margin-bottom: 4px; }
h3 { font-size: 14px; font-weight: 600; color: var(--muted); margin: 18px 0 8px; text-transform: uppercase; letter-spacing: .04em; }
code { font-family: var(--mono); font-size: .88em; }
small { color: var(--muted); font-size: .6em; font-weight: 500; margin-left: 6px; }
header.page { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end; gap: 12px 24px; margin-bottom: 24px; }
header.page .brand { font-size: 13px; font-weight: 700; color: var(--accent); letter-spacing: .08em; text-transform: uppercase; }
header.page .meta { color: var(--muted); font-size: 13px; text-align: right; }
nav.toc { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; margin: -8px 0 24px; }
nav.toc a { color: var(--muted); text-decoration: none; border-bottom: 1px solid transparent; }
nav.toc a:hover, nav.toc a:focus-visible { color: var(--text); border-color: var(--accent); outline: none; }
section { background: var(--surface); border: 1px solid var(--line); border-radius: 12px; padding: 22px 24px; margin: 0 0 20px; }
section .intro { color: var(--muted); margin: 0 0 16px; max-width: 80ch; }
.headline { display: grid; grid-template-columns: repeat(6, 1fr); gap: 14px; background: transparent; border: 0; padding: 0; }
.headline .figure { grid-column: span 2; background: var(--surface); border: 1px solid var(--line); }
.headline .figure-hero { grid-column: span 3; }
.figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-bottom: 16px; }
.figures-tight { grid-template-columns: 1fr; }
.figures .figure-wide { grid-column: span 2; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px 24px; margin-bottom: 12px; }
.stat { display: flex; flex-direction: column; min-width: 0; }
.stat .label { color: var(--muted); font-size: 12.5px; font-weight: 600; }
.stat .value { font-size: 22px; font-weight: 700; font-variant-numeric: tabular-nums; }
.stat .note { color: var(--muted); font-size: 12px; }
.figure { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.figure-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.figure .label { color: var(--muted); font-size: 13px; font-weight: 600; }
.figure .value { font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; letter-spacing: -.01em; overflow-wrap: anywhere; }
.figure-hero .value { font-size: 38px; }
.figure .note { margin: 0; color: var(--muted); font-size: 13px; }
.formula { margin: 2px 0 0; font-family: var(--mono); font-size: 11.5px; color: var(--muted); overflow-wrap: anywhere; }
.path { font-size: 10.5px; color: var(--muted); opacity: .75; margin-top: auto; padding-top: 4px; overflow-wrap: anywhere; }
.grade { display: inline-block; border-radius: 999px; padding: 1px 8px; font-size: 11px; font-weight: 700; letter-spacing: .03em; text-transform: uppercase; white-space: nowrap; }
.grade-measured { background: var(--measured-bg); color: var(--measured-fg); }
.grade-modeled { background: var(--modeled-bg); color: var(--modeled-fg); }
.grade-assumed { background: var(--assumed-bg); color: var(--assumed-fg); }
.grade-none { background: var(--none-bg); color: var(--none-fg); }
.rating { display: block; width: fit-content; border-radius: 6px; padding: 1px 8px; font-weight: 600; font-size: 12px; margin: 2px 0 4px; }
.rating-strong { background: var(--measured-bg); color: var(--measured-fg); }
.rating-positive { background: var(--modeled-bg); color: var(--modeled-fg); }
.rating-negative { background: #fde4e1; color: #a3261d; }
.missing { font-weight: 700; color: var(--muted); }
.reason { display: block; font-size: 11.5px; font-weight: 400; color: var(--muted); letter-spacing: 0; }
.value .reason { font-size: 13px; }
.reason.inline { display: inline; }
td.span { text-align: center; color: var(--muted); }
.flag { color: var(--bad); font-weight: 600; }
.ok, .ok-line { color: var(--good); }
.empty { color: var(--muted); font-style: italic; margin: 8px 0; }
.grid-2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; align-items: start; }
.grid-3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; margin-bottom: 16px; }
.side-by-side > div { min-width: 0; }
.side-by-side h3 { margin-top: 0; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; min-width: 0; }
figure.chart figcaption { font-weight: 600; font-size: 13px; margin-bottom: 6px; }
.chart-box { position: relative; height: 240px; }
.chart-fallback { display: none; color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.no-charts .chart-box, .chart-empty .chart-box { display: none; }
.no-charts .chart-fallback, .chart-empty .chart-fallback { display: block; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); font-size: 13px; padding: 6px 0; }
th, td { padding: 7px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 12px; color: var(--muted); font-weight: 600; white-space: nowrap; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
.num .reason { white-space: normal; }
tr.groups th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--text); border-bottom: 2px solid var(--line); text-align: left; }
tr.groups th + th { border-left: 8px solid var(--surface); }
tbody tr:last-child th, tbody tr:last-child td { border-bottom: 0; }
ol.ids { columns: 3; font-size: 12px; margin: 0; padding-left: 24px; }
footer.page { color: var(--muted); font-size: 12.5px; margin-top: 28px; }
footer.page code { overflow-wrap: anywhere; }
@media (max-width: 860px) {
  .headline { grid-template-columns: 1fr 1fr; }
  .headline .figure, .headline .figure-hero { grid-column: span 1; }
  .figures { grid-template-columns: 1fr 1fr; }
  .grid-2, .grid-3 { grid-template-columns: 1fr; }
  ol.ids { columns: 1; }
}
@media print {
  :root { color-scheme: light; --bg: #fff; --surface: #fff; } /* dark variables apply to screens only */
  html { font-size: 12px; }
  body { max-width: none; padding: 0; }
  nav.toc { display: none; }
  section { border: 0; border-top: 1px solid var(--line); border-radius: 0; padding: 14px 0; break-inside: avoid-page; }
  .headline { border: 0; }
  .figure, figure.chart, tr { break-inside: avoid; }
  .chart-box { height: 200px; }
  .grade { border: 1px solid currentColor; }
  /* Paper cannot scroll: wide tables shrink and wrap instead of being cut off. */
  .table-wrap { overflow: visible; }
  table { font-size: 9.5px; }
  th, td { padding: 4px 5px; }
  .num { white-space: normal; }
  .headline { grid-template-columns: repeat(6, 1fr); }
  .headline .figure { grid-column: span 2; }
  .headline .figure-hero { grid-column: span 3; }
  .figures { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .figures.figures-tight { grid-template-columns: 1fr; }
  .grid-2 { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .grid-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
}
`;
