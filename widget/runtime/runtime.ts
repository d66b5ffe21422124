import type { ConfusionSignal } from '../../core/schema/event';
import type { ValueModel } from '../../core/schema/value-model';
import type { Emitter } from '../api/emitter';
import { sanitizeProps } from '../api/sanitize';
import type { ReadyInfo, Traits, YardstickConfig, YardstickError, YardstickEvents } from '../api/types';
import type { CaptureContext } from '../capture/capture-context';
import { routeOf } from '../capture/routes';
import { type DetectorSettings, resolveDetectors } from '../detectors/defaults';
import { createRouteSignals } from '../detectors/route-signals';
import { createConfusion } from './confusion';
import { cohortFor } from './holdout';
import { loadIdentity } from './identity';
import { localKey } from './local';
import type { Platform } from './platform';
import { captureAllowed, readPrivacySignals } from './privacy';
import { createRecorder } from './recorder';
import { startCapture } from './start-capture';
import { createTasks } from './tasks';
import { createUiBridge } from './ui-bridge';

/** The outcomes a deflection waits for: they carry the episode they follow. */
const OUTCOMES = new Set(['task_completed', 'goal', 'ticket_opened']);

export interface Runtime {
  identify(userId: string, traits: Traits | undefined, ts: number): void;
  track(name: string, props: Record<string, unknown>, ts: number): void;
  taskStarted(task: string, ts: number): void;
  taskCompleted(task: string, ts: number): void;
  ticketOpened(channel: string | undefined, ts: number): void;
  setChoice(choice: 'in' | 'out'): void;
  flush(): Promise<void>;
  info(): ReadyInfo;
}

/** The widget once its config and model are valid: identity, capture, episodes, help, storage. */
export function startRuntime(
  config: YardstickConfig,
  model: ValueModel,
  rawModel: unknown,
  p: Platform,
  emitter: Emitter<YardstickEvents>,
  report: (e: YardstickError) => void,
): Runtime {
  const { appId } = config;
  const { win } = p;
  const settings: DetectorSettings = resolveDetectors(config.detectors);
  const identity = loadIdentity(config, model.holdout, p.local, p.newId);
  const recorder = createRecorder(appId, identity, config.endpoint, p, emitter, report);
  const choiceKey = localKey(appId, 'choice');
  let capturing = captureAllowed(p.local.get(choiceKey), config.respectDoNotTrack === true, readPrivacySignals(win.navigator));
  let route = routeOf(win.location.pathname);

  const record = (name: string, props: Record<string, unknown>, ts: number) => {
    if (!capturing) return;
    if (OUTCOMES.has(name) && props.episodeId === undefined) {
      const open = confusion.openEpisodeId(ts);
      if (open !== undefined) props.episodeId = open;
    }
    recorder.record(name, props, ts);
  };

  const ui = createUiBridge(config, model, p, recorder, emitter, report, (name, props) => {
    const ts = p.now();
    if (typeof props.episodeId === 'string') confusion.touch(props.episodeId, ts);
    record(name, props, ts);
    if (name === 'help_shown' && capturing) {
      const helpId = String(props.helpId);
      emitter.emit('help', { helpId, episodeId: String(props.episodeId), title: model.help[helpId]?.title ?? '' });
    }
  });

  const confusion = createConfusion({
    model,
    episode: settings.episode,
    newId: p.newId,
    session: p.session,
    sessionKey: localKey(appId, 'episode'),
    record,
    isTreatment: () => recorder.identity.cohort === 'treatment',
    showHelp: ui.showHelp,
  });

  const signal = (s: ConfusionSignal, el: Element | null, extra?: Record<string, unknown>) => {
    if (capturing) confusion.signal(s, el, route, tasks.active(), p.now(), extra);
  };
  const fault = (where: string) => (error: unknown) => report({ kind: 'internal', message: `${where}: ${String(error)}` });
  const tasks = createTasks(settings, record, () => signal('hesitation', null), win.document, p.now, fault('tasks'));

  const routeSignals = settings.thrash ? createRouteSignals(settings.thrash) : null;
  const ctx: CaptureContext = {
    win,
    doc: win.document,
    now: p.now,
    signal,
    taskCompleted: tasks.completed,
    ticketOpened: (channel, ts) => runtime.ticketOpened(channel, ts),
    visit(next, ts) {
      route = next;
      record('page_view', { route: next }, ts);
      const s = routeSignals?.({ route: next, t: ts });
      if (s) signal(s, null);
      ui.routeChanged();
    },
    interaction: tasks.interaction,
    isOwn: ui.isOwn,
    fault: fault('capture'),
  };

  let stopCapture: (() => void) | undefined;
  let lastTicketChannel: string | undefined;
  let lastTicketTs = Number.NEGATIVE_INFINITY;
  const writeMeta = () => {
    recorder.putMeta(`model:${appId}`, rawModel);
    const { userId, anonymousId, cohort } = recorder.identity;
    recorder.putMeta(`user:${appId}`, userId === undefined ? { anonymousId, cohort } : { userId, anonymousId, cohort });
  };
  const setCapturing = (on: boolean) => {
    capturing = on;
    if (on) {
      writeMeta();
      stopCapture ??= startCapture(ctx, settings);
      ui.start();
    } else {
      stopCapture?.();
      stopCapture = undefined;
      ui.clear();
    }
  };
  setCapturing(capturing);

  const runtime: Runtime = {
    identify(userId, traits, ts) {
      const id = recorder.identity;
      id.userId = userId;
      p.local.set(localKey(appId, 'user-id'), userId);
      if (!id.forced) id.cohort = cohortFor(userId, model.holdout);
      record('identify', { traits: sanitizeProps(traits ?? {}) }, ts);
      if (capturing) writeMeta();
    },
    track: record,
    taskStarted: tasks.started,
    taskCompleted: tasks.completed,
    ticketOpened(channel, ts) {
      // A launcher click and the focus moving into its iframe are one ticket, not two.
      if (channel === lastTicketChannel && Math.abs(ts - lastTicketTs) < 2000) return;
      lastTicketChannel = channel;
      lastTicketTs = ts;
      record('ticket_opened', channel === undefined ? {} : { channel }, ts);
    },
    setChoice(choice) {
      p.local.set(choiceKey, choice);
      setCapturing(choice === 'in');
    },
    flush: () => recorder.flush(),
    info() {
      const { anonymousId, userId, cohort } = recorder.identity;
      return { appId, cohort, anonymousId, userId, capturing };
    },
  };
  return runtime;
}
