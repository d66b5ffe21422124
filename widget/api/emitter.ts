/**
 * A tiny typed emitter for `yardstick.on()`. A listener that throws is the page's bug, not ours:
 * it is isolated so other listeners and the widget keep running.
 */
export interface Emitter<M> {
  on<K extends keyof M>(event: K, cb: (detail: M[K]) => void): () => void;
  emit<K extends keyof M>(event: K, detail: M[K]): void;
}

export function createEmitter<M>(): Emitter<M> {
  const listeners = new Map<keyof M, Set<(detail: never) => void>>();
  return {
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(cb as (detail: never) => void));
      return () => void set.delete(cb as (detail: never) => void);
    },
    emit(event, detail) {
      for (const cb of listeners.get(event) ?? []) {
        try {
          (cb as (d: typeof detail) => void)(detail);
        } catch (error) {
          setTimeout(() => {
            throw error; // surfaces in the console like any page error, without breaking our loop
          });
        }
      }
    },
  };
}
