/** Locale-aware figures for the badge and the card: durations, money, counts. Built once per locale. */
export interface Formatters {
  /** "40 min", "3 hr, 20 min" (short) */
  duration(minutes: number): string;
  /** "40 minutes", "3 hours, 20 minutes": for labels read aloud. */
  durationLong(minutes: number): string;
  money(amount: number): string;
}

/** Built on first use: an Intl formatter can cost milliseconds (locale data), and money shows only in the breakdown. */
const lazy = <A, R>(make: () => (a: A) => R) => {
  let f: ((a: A) => R) | undefined;
  return (a: A) => {
    f ??= make();
    return f(a);
  };
};

export function createFormatters(locale: string | undefined, currency: string): Formatters {
  const whole = lazy(() => currencyFormat(locale, currency, 0));
  const cents = lazy(() => currencyFormat(locale, currency, 2));
  return {
    duration: lazy(() => durationFormat(locale, 'short')),
    durationLong: lazy(() => durationFormat(locale, 'long')),
    money: (amount) => (Math.abs(amount) >= 100 || Number.isInteger(amount) ? whole : cents)(amount),
  };
}

/** Whole hours and minutes as the locale lists units ("3 hr, 20 min"), as Intl.DurationFormat does. */
function durationFormat(locale: string | undefined, style: 'short' | 'long'): (minutes: number) => string {
  const unit = (u: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: style }).format;
  const hours = unit('hour');
  const mins = unit('minute');
  const list = new Intl.ListFormat(locale, { type: 'unit', style });
  return (minutes) => {
    const total = Math.round(minutes);
    if (minutes > 0 && total === 0) return `< ${mins(1)}`;
    const h = Math.floor(total / 60);
    const m = total % 60;
    return list.format(h > 0 ? (m > 0 ? [hours(h), mins(m)] : [hours(h)]) : [mins(m)]);
  };
}

function currencyFormat(locale: string | undefined, currency: string, digits: number): (amount: number) => string {
  const o: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  try {
    return new Intl.NumberFormat(locale, { ...o, style: 'currency', currency }).format;
  } catch {
    return new Intl.NumberFormat(locale, o).format; // an unknown currency code still shows the amount
  }
}

/** `export_report` -> "Export report": task ids are authored names, shown humanized. */
export const humanize = (id: string) => {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
