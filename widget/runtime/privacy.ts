/**
 * Whether to capture. An explicit choice (optOut / optIn, persisted per app as `in` / `out`) always
 * wins; without one (or with an unreadable one), Do Not Track or Global Privacy Control turn
 * capture off when the product team asked for it.
 */
export function captureAllowed(choice: string | null, respectSignals: boolean, signals: PrivacySignals): boolean {
  return choice === 'in' || (choice !== 'out' && !(respectSignals && (signals.doNotTrack || signals.globalPrivacyControl)));
}

export interface PrivacySignals {
  doNotTrack: boolean;
  globalPrivacyControl: boolean;
}

export function readPrivacySignals(nav: Navigator | undefined): PrivacySignals {
  const n = nav as (Navigator & { globalPrivacyControl?: boolean; msDoNotTrack?: string }) | undefined;
  const dnt = n?.doNotTrack ?? n?.msDoNotTrack ?? (globalThis as { doNotTrack?: string }).doNotTrack;
  return { doNotTrack: dnt === '1' || dnt === 'yes', globalPrivacyControl: n?.globalPrivacyControl === true };
}
