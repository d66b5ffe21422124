import type { ConfusionSignal, YardstickEvent } from '../../core/schema/event';
import type { HelpEntry, ValueModel } from '../../core/schema/value-model';

/**
 * The seam between the always-loaded widget and the lazily loaded UI chunk (Preact, the help card,
 * the badge). Only types cross it at build time: the two bundles share no code.
 */
export interface UiHost {
  appId: string;
  model: ValueModel;
  locale: string | undefined;
  now(): number;
  /** This user's events in this app: stored ones and those still waiting for the next batch. */
  readEvents(): Promise<YardstickEvent[]>;
  /** Each accepted event; returns the unsubscribe. */
  onEvent(cb: (event: YardstickEvent) => void): () => void;
  /** Logs help_shown, help_engaged, help_feedback, help_dismissed. */
  log(name: 'help_shown' | 'help_engaged' | 'help_feedback' | 'help_dismissed', props: Record<string, unknown>): void;
  /** Registers a node the widget added, so capture ignores it. */
  own(node: Node): void;
}

export interface HelpRequest {
  helpId: string;
  entry: HelpEntry;
  episodeId: string;
  signal: ConfusionSignal;
  /** The control being fought: the card is placed so it never covers it. */
  target: Element | null;
}

export interface Ui {
  showHelp(request: HelpRequest): void;
  /** Mounts the badge in a corner or into a host element. */
  mountBadge(where: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | Element): void;
  /** Removes every card and badge (opt-out). */
  clear(): void;
}

export type CreateUi = (host: UiHost) => Ui;

/** The UI chunk's module shape. */
export interface UiModule {
  createUi: CreateUi;
}
