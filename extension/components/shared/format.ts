import { createFormatter, type Formatter } from '../../../core/report/render-format';

/** Core's report formatter in the user's locale: the extension writes numbers the way the report does. */
export function formatterFor(currency: string): Formatter {
  const locale = typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
  return createFormatter(currency, locale);
}

/** "3 h 20 min" (time saved), never days; "0 min" for nothing. */
export const savedTime = (f: Formatter, minutes: number) => (minutes <= 0 ? '0 min' : f.hoursOf(minutes));

/** "$80.00" -> "$80": a rate the user typed as a whole number reads as one. */
export const wholeMoney = (formatted: string) => formatted.replace(/[.,]00(?=\D*$)/, '');

/** The currency's symbol in the user's locale ("$", "€", "CHF"). */
export function currencySymbol(currency: string): string {
  try {
    const parts = new Intl.NumberFormat(typeof navigator === 'undefined' ? 'en-US' : navigator.language, {
      style: 'currency',
      currency,
    }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}
