/**
 * The overlay's styles, applied through a constructable stylesheet (adoptedStyleSheets): a <style>
 * element would be blocked on pages with a strict `style-src`. `:host { all: initial }` keeps the
 * page's CSS out; the panel alone takes pointer events.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
.panel, .pill {
  --bg: #ffffff; --fg: #14161a; --muted: #5d6470; --line: #e4e7ec; --accent: #2f6fed; --accent-soft: #e8effd;
  --good: #0f7b4f; --good-soft: #e3f5ec; --warn: #a15c07; --warn-soft: #fdf1de; --bad: #b42318; --bad-soft: #fde8e6;
  position: fixed; pointer-events: auto; color: var(--fg); background: var(--bg);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: normal; text-align: left;
  border: 1px solid var(--line); box-shadow: 0 8px 28px rgba(16, 24, 40, .18), 0 2px 6px rgba(16, 24, 40, .08);
}
@media (prefers-color-scheme: dark) {
  .panel, .pill {
    --bg: #1b1e24; --fg: #eef0f3; --muted: #a2a9b5; --line: #2f343d; --accent: #7aa5ff; --accent-soft: #23304a;
    --good: #5fd39b; --good-soft: #163528; --warn: #f3b664; --warn-soft: #3a2c16; --bad: #ff8a80; --bad-soft: #3d1f1c;
    box-shadow: 0 8px 28px rgba(0, 0, 0, .5);
  }
}
.panel { width: 316px; border-radius: 14px; overflow: hidden; }
.head { display: flex; align-items: center; gap: 8px; padding: 10px 10px 8px 12px; cursor: grab; user-select: none; touch-action: none; }
.head.dragging { cursor: grabbing; }
.mark { width: 22px; height: 22px; flex: none; }
.title { flex: 1; min-width: 0; }
.title strong { display: block; font-size: 13px; font-weight: 650; }
.title span { display: block; font-size: 11px; color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; }
.icon { width: 26px; height: 26px; border-radius: 7px; display: grid; place-items: center; color: var(--muted); }
.icon:hover { background: var(--accent-soft); color: var(--fg); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.periods { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1px; background: var(--line); border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
.period { background: var(--bg); padding: 10px 10px 10px 12px; min-width: 0; }
.period .label { font-size: 11px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.period .minutes { font-size: 15px; font-weight: 700; margin-top: 2px; font-variant-numeric: tabular-nums; white-space: nowrap; }
.period .value { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.foot { padding: 10px 12px 12px; display: grid; gap: 6px; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.ratio-box { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
.note { font-size: 12px; color: var(--muted); }
.chip { font-size: 11px; font-weight: 650; padding: 2px 8px; border-radius: 999px; white-space: nowrap; }
.chip.strong, .chip.positive { color: var(--good); background: var(--good-soft); }
.chip.negative { color: var(--bad); background: var(--bad-soft); }
.chip.paused { color: var(--warn); background: var(--warn-soft); }
.ratio { font-size: 15px; font-weight: 700; font-variant-numeric: tabular-nums; }
.pill { display: flex; align-items: center; gap: 8px; padding: 6px 12px 6px 8px; border-radius: 999px; font-weight: 600; cursor: pointer; user-select: none; touch-action: none; }
.pill .mark { width: 20px; height: 20px; }
.highlight { position: fixed; pointer-events: none; border: 2px solid #f04438; background: rgba(240, 68, 56, .12); border-radius: 4px;
  box-shadow: 0 0 0 4px rgba(240, 68, 56, .25); transition: all .08s ease-out; }
.highlight-label { position: absolute; left: -2px; bottom: 100%; margin-bottom: 4px; background: #f04438; color: #fff; font: 600 11px/1.6 ui-monospace, monospace;
  padding: 0 6px; border-radius: 4px; white-space: nowrap; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; }
@media (prefers-reduced-motion: reduce) { .highlight { transition: none; } }
`;
