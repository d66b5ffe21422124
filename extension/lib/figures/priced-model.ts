import type { ValueModel } from '../../../core/schema/value-model';

/**
 * The app's model with every minute priced at the user's own hourly rate: the tasks and minutes
 * stay the product team's, only the rate is the user's. Without a rate, the app's own rates apply.
 */
export function pricedAt(model: ValueModel, hourlyRate: number | null): ValueModel {
  return hourlyRate === null ? model : { ...model, roles: {}, defaultHourlyRate: hourlyRate };
}
