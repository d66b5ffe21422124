/** Locale-aware figures for the badge and the card: durations, money, counts. Built once per locale. */
export interface Formatters {
  /** "40 min", "3 hr, 20 min" (short) */
  duration(minutes: number): string;
  /** "40 minutes", "3 hours, 20 minutes": for labels read aloud. */
  durationLong(minutes: number): string;
  money(amount: number): string;
}

type DurationFormatCtor = new (
  locale: string | undefined,
  o: { style: 'short' | 'long' },
) => { format(d: { hours?: number; minutes?: number }): string };

/**
 * Formatters are built on first use: constructing an Intl formatter can cost milliseconds (locale
 * data), and money is only shown once the breakdown opens.
 */
export function createFormatters(locale: string | undefined, currency: string): Formatters {
  const lazy = <T>(make: () => T) => {
    let value: T | undefined;
    return () => {
      value ??= make();
      return value;
    };
  };
  const short = lazy(() => durationFormatter(locale, 'short'));
  const long = lazy(() => durationFormatter(locale, 'long'));
  const whole = lazy(() => safeCurrency(locale, currency, 0));
  const cents = lazy(() => safeCurrency(locale, currency, 2));
  return {
    duration: (minutes) => short()(minutes),
    durationLong: (minutes) => long()(minutes),
    money: (amount) => (Math.abs(amount) >= 100 || Number.isInteger(amount) ? whole() : cents()).format(amount),
  };
}

function durationFormatter(locale: string | undefined, style: 'short' | 'long'): (minutes: number) => string {
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  const df = DurationFormat ? new DurationFormat(locale, { style }) : null;
  const unit = (u: 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: style });
  const hours = df ? null : unit('hour');
  const mins = unit('minute');
  return (minutes) => {
    const total = Math.round(minutes);
    if (minutes > 0 && total === 0) return `< ${mins.format(1)}`;
    if (total === 0) return mins.format(0);
    const h = Math.floor(total / 60);
    const m = total % 60;
    if (df) return df.format(h > 0 ? (m > 0 ? { hours: h, minutes: m } : { hours: h }) : { minutes: m });
    return [h > 0 ? hours!.format(h) : '', m > 0 ? mins.format(m) : ''].filter(Boolean).join(' ');
  };
}

function safeCurrency(locale: string | undefined, currency: string, digits: number): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  } catch {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
}

/** `export_report` -> "Export report": task ids are authored names, shown humanized. */
export const humanize = (id: string) => {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
