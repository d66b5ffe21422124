// One stylesheet for the card and the badge, adopted by both shadow roots. Theme through custom
// properties set anywhere on the page: --yardstick-accent, --yardstick-bg, --yardstick-fg,
// --yardstick-muted, --yardstick-border, --yardstick-radius, --yardstick-font, --yardstick-z, and
// their -dark twins for dark mode (data-yardstick-theme="light|dark" on <html> forces one).
// Product teams depend on these names (widget/README.md, "UI and theming"): keep them.
const light =
  '--a:var(--yardstick-accent,#4f46e5);--bg:var(--yardstick-bg,#fff);--fg:var(--yardstick-fg,#111827);--mu:var(--yardstick-muted,#6b7280);--bd:var(--yardstick-border,#e5e7eb);--so:rgba(100,116,139,.08);--as:rgba(79,70,229,.1);--sh:0 12px 32px rgba(15,23,42,.16),0 2px 6px rgba(15,23,42,.08);';
const dark =
  '--a:var(--yardstick-accent-dark,#a5b4fc);--bg:var(--yardstick-bg-dark,#1b1e29);--fg:var(--yardstick-fg-dark,#eef0f6);--mu:var(--yardstick-muted-dark,#9aa3b5);--bd:var(--yardstick-border-dark,#2f3547);--so:rgba(148,163,184,.1);--as:rgba(165,180,252,.14);--sh:0 12px 32px rgba(0,0,0,.45),0 2px 6px rgba(0,0,0,.3);';

export const UI_CSS = `
:host{all:initial;display:block}
.root{${light}font:14px/1.45 var(--yardstick-font,ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--fg);-webkit-font-smoothing:antialiased}
.root.dark{${dark}}
@media (prefers-color-scheme:dark){.root.auto{${dark}}}
*{box-sizing:border-box}
button{font:inherit;color:inherit;cursor:pointer}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}

.card,.panel,.wrap{position:fixed;z-index:var(--yardstick-z,2147483000)}
.card,.panel{background:var(--bg);color:var(--fg);border:1px solid var(--bd);border-radius:var(--yardstick-radius,14px);box-shadow:var(--sh)}
.card{width:min(340px,calc(100vw - 32px));padding:14px 16px 12px;animation:ys-in .18s ease-out}
.head{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.eyebrow{display:inline-flex;align-items:center;gap:6px;font-size:12px;font-weight:600;color:var(--a)}
.x{margin-left:auto;display:grid;place-items:center;width:28px;height:28px;border:0;border-radius:8px;background:transparent;color:var(--mu)}
.x:hover{background:var(--so);color:var(--fg)}
h2{margin:0 0 4px;font-size:15px;font-weight:650;line-height:1.3}
p{margin:0 0 10px;color:var(--fg);opacity:.86}
.link{display:inline-flex;align-items:center;gap:4px;color:var(--a);font-weight:600;text-decoration:none}
.link:hover{text-decoration:underline}
.fb{display:flex;align-items:center;gap:8px;margin-top:12px;padding-top:10px;border-top:1px solid var(--bd);font-size:13px;color:var(--mu)}
.fb span{margin-right:auto}
.chip{border:1px solid var(--bd);background:transparent;border-radius:999px;padding:3px 12px;font-size:13px}
.chip:hover{background:var(--so)}
.wrap[class*=top]{top:16px}.wrap[class*=bottom]{bottom:16px}.wrap[class*=left]{left:16px}.wrap[class*=right]{right:16px}
.wrap.inline{position:relative;display:block;z-index:auto;width:100%}
.badge{display:inline-flex;align-items:center;gap:8px;padding:5px 14px 5px 5px;border:1px solid var(--bd);border-radius:999px;background:var(--bg);color:var(--fg);box-shadow:var(--sh);font-weight:600;white-space:nowrap;transition:transform .15s,box-shadow .15s}
.stack{display:flex;align-items:baseline;gap:6px}
.inline .badge{width:100%;border-radius:10px;padding:8px 10px;gap:10px;box-shadow:none;text-align:left}
.inline .stack{flex-direction:column;gap:0}
.inline .num{font-size:15px}
.inline .lbl{font-size:12px}
.inline .ic{width:32px;height:32px;flex:none}
.badge:hover{transform:translateY(-1px)}
.ic{display:grid;place-items:center;width:26px;height:26px;border-radius:50%;background:var(--as);color:var(--a)}
.num,.v,.m{font-variant-numeric:tabular-nums}
.lbl{font-weight:500;color:var(--mu)}
.panel{width:min(340px,calc(100vw - 24px));padding:16px;animation:ys-in .16s ease-out}
.panel h2{font-size:15px;margin-bottom:12px}
.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:8px}
.tile{background:var(--so);border-radius:10px;padding:8px 10px}
.k,.m,.note{font-size:12px;color:var(--mu)}
.v{font-size:16px;font-weight:700;white-space:nowrap}
h3{margin:16px 0 4px;font-size:12px;font-weight:600;color:var(--mu);text-transform:uppercase;letter-spacing:.04em}
ul{list-style:none;margin:0;padding:0}
li{display:grid;grid-template-columns:1fr auto;gap:2px 8px;padding:8px 0;border-top:1px solid var(--bd)}
li:first-child{border-top:0}
.t{font-weight:600}
.grade{justify-self:end;font-size:11px;font-weight:600;padding:1px 8px;border-radius:999px;background:var(--so);color:var(--mu)}
.grade.modeled{background:var(--as);color:var(--a)}
.grade.measured{background:rgba(16,185,129,.14);color:#059669}
.grade.assumed{background:rgba(245,158,11,.16);color:#b45309}
.note{margin:12px 0 0;opacity:1}
.empty{padding:12px;border-radius:10px;background:var(--so);color:var(--mu);font-size:13px}
@keyframes ys-in{from{opacity:0;transform:translateY(6px)}to{opacity:1;transform:none}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}
`;
