import type { Evidence, Report } from './report-types';

/**
 * Number and text formatting shared by the HTML and Markdown renderers. The locale is fixed per
 * render (default en-US) so a report is a pure function of its input, not of the machine it ran on.
 */
export interface Formatter {
  money(amount: number): string;
  count(n: number): string;
  number(n: number, digits?: number): string;
  percent(rate: number): string;
  /** Percentage points, signed: a difference of two rates. */
  points(diff: number): string;
  ratio(n: number): string;
  duration(ms: number): string;
  minutes(minutes: number): string;
  /** Time saved totals: "45 min", "3 h 20 min", "1,234 h" (never days: a day saved is 24 h to nobody). */
  hoursOf(minutes: number): string;
  date(ms: number): string;
}

export function createFormatter(currency: string, locale = 'en-US'): Formatter {
  const moneyWhole = safeCurrency(locale, currency, 0);
  const moneyCents = safeCurrency(locale, currency, 2);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    // Cents only where they matter: a finance reader wants $12,480, not $12,480.37, but $0.45 per session.
    money: (amount) => (Math.abs(amount) >= 100 ? moneyWhole : moneyCents).format(cleanZero(amount)),
    count: (n) => integer.format(cleanZero(n)),
    number: (n, digits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(cleanZero(n)),
    percent: (rate) => pct.format(cleanZero(rate)),
    points: (diff) =>
      `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(diff * 100))} pts`,
    ratio: (n) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cleanZero(n))}×`,
    duration: (ms) => formatDuration(ms, locale),
    minutes: (minutes) => formatDuration(minutes * 60_000, locale),
    hoursOf: (minutes) => formatHours(minutes, locale),
    date: (ms) => dateFormat.format(ms),
  };
}

function safeCurrency(locale: string, currency: string, digits: number): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  } catch {
    // An unknown code still renders, with the code spelled out, rather than failing the whole report.
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'XXX',
      currencyDisplay: 'code',
      maximumFractionDigits: digits,
    });
  }
}

// -0 formats as "-0" in Intl; a report never wants that.
const cleanZero = (n: number) => (Object.is(n, -0) ? 0 : n);

/** "45 s", "12.5 min", "3 h 20 min", "2.4 days": the largest unit that keeps the number readable. */
export function formatDuration(ms: number, locale = 'en-US'): string {
  const sign = ms < 0 ? '−' : '';
  const abs = Math.abs(ms);
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  if (abs < 60_000) return `${sign}${one.format(abs / 1000)} s`;
  if (abs < 3_600_000) return `${sign}${one.format(abs / 60_000)} min`;
  if (abs < 48 * 3_600_000) {
    const hours = Math.floor(abs / 3_600_000);
    const minutes = Math.round((abs - hours * 3_600_000) / 60_000);
    if (hours >= 10) return `${sign}${whole.format(abs / 3_600_000)} h`;
    return minutes === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${minutes} min`;
  }
  return `${sign}${one.format(abs / 86_400_000)} days`;
}

export function formatHours(minutes: number, locale = 'en-US'): string {
  const abs = Math.abs(minutes);
  const sign = minutes < 0 ? '−' : '';
  if (abs < 60) return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(abs)} min`;
  if (abs < 600) {
    const h = Math.floor(abs / 60);
    const m = Math.round(abs - h * 60);
    return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
  }
  return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(abs / 60)} h`;
}

/**
 * The evidence behind a figure: its own entry, else the nearest one above it (`goals.x.lift` ->
 * `goals.x` -> `goals`), also trying `*` for keyed segments (`goals.*.lift`). Undefined when none.
 */
export function evidenceFor(report: Pick<Report, 'evidence'>, path: string): Evidence | undefined {
  const parts = path.split('.');
  for (let end = parts.length; end > 0; end--) {
    const head = parts.slice(0, end);
    const exact = report.evidence[head.join('.')];
    if (exact) return exact;
    for (let i = 1; i < head.length; i++) {
      const wild = report.evidence[[...head.slice(0, i), '*', ...head.slice(i + 1)].join('.')];
      if (wild) return wild;
    }
  }
  return undefined;
}

const ACRONYMS = new Set(['llm', 'nps', 'ai', 'api', 'roi', 'url', 'csv', 'pdf', 'sso', 'crm']);

/** Names as written in the data ("cost_avoided", "llm") made readable ("Cost avoided", "LLM"). */
export function humanize(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim().split(/\s+/);
  if (words.join('') === '') return name;
  const out = words.map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));
  out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1);
  return out.join(' ');
}

/** Keys sorted by their value, largest first; ties by name so output is stable. */
export function byValueDesc(record: Record<string, number>): Array<[string, number]> {
  return Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The report's range in words, e.g. "Nov 4, 2024 – Dec 1, 2024" or "all events". */
export function describeRange(report: Pick<Report, 'range'>, f: Formatter): string {
  const { from, to } = report.range;
  if (from === null && to === null) return 'all events';
  if (from === null) return `up to ${f.date(to!)}`;
  if (to === null) return `from ${f.date(from)}`;
  return `${f.date(from)} – ${f.date(to)}`;
}
