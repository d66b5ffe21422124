import { describeIssues } from '../issues';
import type { ModelResult, ValueModel } from '../value-model';
import { validate } from './validate';
import { VALUE_MODEL } from './value-model.generated';

/** core's parseValueModel (../value-model.ts) without zod: same model, same messages, for the widget. */
export function parseValueModel(raw: unknown): ModelResult {
  const r = validate<ValueModel>(VALUE_MODEL, raw);
  return r.ok ? { ok: true, model: r.value } : { ok: false, errors: describeIssues(r.issues, raw) };
}
