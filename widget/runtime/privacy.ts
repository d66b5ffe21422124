/**
 * Whether to capture. An explicit choice (optOut / optIn, persisted per app) always wins; without
 * one, Do Not Track or Global Privacy Control turn capture off when the product team asked for it.
 */
export function captureAllowed(choice: 'out' | 'in' | null, respectSignals: boolean, signals: PrivacySignals): boolean {
  if (choice !== null) return choice === 'in';
  return !(respectSignals && (signals.doNotTrack || signals.globalPrivacyControl));
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
