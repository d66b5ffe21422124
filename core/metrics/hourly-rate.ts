import type { ValueModel } from '../schema/value-model';

/** The roles that may price one piece of saved time, from the most to the least specific. */
export interface RoleContext {
  /** `props.role` on the event itself (task_completed, value). */
  eventRole?: string | undefined;
  /** `traits.role` from the user's latest `identify`. */
  userRole?: string | undefined;
  /** `tasks.<task>.role` in the value model. */
  taskRole?: string | undefined;
}

/**
 * Hourly rate for saved time: the event's role, then the user's identified role, then the task's
 * role, then `defaultHourlyRate`. A role the model does not price falls through to the next level.
 * Kept free of runtime imports: the widget's badge bundle pulls it in.
 */
export function hourlyRateFor(model: Pick<ValueModel, 'roles' | 'defaultHourlyRate'>, roles: RoleContext): number {
  return (
    rateOf(model.roles, roles.eventRole) ??
    rateOf(model.roles, roles.userRole) ??
    rateOf(model.roles, roles.taskRole) ??
    model.defaultHourlyRate
  );
}

function rateOf(rates: Record<string, number>, role: string | undefined): number | undefined {
  return role !== undefined && Object.hasOwn(rates, role) ? rates[role] : undefined;
}
