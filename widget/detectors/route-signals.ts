import type { RouteOptions } from './defaults';

export interface Visit {
  route: string;
  t: number;
}

/**
 * Route confusion from the sequence of visited routes (replaceState never produces a visit):
 * - `thrash`: `switches` changes back and forth between the same two routes within `windowMs`
 *   (A B A B A). The history starts over after it fires.
 * - `quick_back`: back to the route before within `quickBackMs` of leaving it (A B A, B barely seen).
 */
export function createRouteSignals(o: RouteOptions): (visit: Visit) => 'thrash' | 'quick_back' | null {
  let visits: Visit[] = [];
  return (v) => {
    if (visits[visits.length - 1]?.route === v.route) return null;
    visits = visits.filter((p) => v.t - p.t <= o.windowMs).slice(-(o.switches + 2));
    visits.push(v);
    const n = visits.length;
    const other = visits[n - 2]?.route;
    let run = 1;
    while (run < n && (visits[n - 1 - run]!.route === v.route || visits[n - 1 - run]!.route === other)) run++;
    if (run - 1 >= o.switches) {
      visits = [v];
      return 'thrash';
    }
    if (n >= 3 && visits[n - 3]!.route === v.route && v.t - visits[n - 2]!.t <= o.quickBackMs) return 'quick_back';
    return null;
  };
}
