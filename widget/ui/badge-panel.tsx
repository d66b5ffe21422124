import type { EvidenceGrade } from '../../core/report/report-types';
import type { ValueModel } from '../../core/schema/value-model';
import type { BadgeFigures } from './badge-data';
import { type Formatters, humanize } from './format';
import type { Period } from './periods';

const PERIODS: Array<[Period, string]> = [
  ['today', 'Today'],
  ['week', 'This week'],
  ['month', 'This month'],
];

const GRADE_HINT: Record<EvidenceGrade, string> = {
  measured: 'Measured against users who did not get the feature',
  modeled: "Modeled: completions × the manual minutes in the app's value model",
  assumed: 'Assumed: an amount the product team typed in',
};

interface Props {
  id: string;
  figures: BadgeFigures;
  model: ValueModel;
  fmt: Formatters;
  style: Record<string, string>;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The breakdown behind the badge: today, this week, this month, then this month by task with its grade. */
export function BadgePanel({ id, figures, model, fmt, style, onKeyDown }: Props) {
  const tasks = Object.entries(figures.month.byTask).sort((a, b) => b[1].minutes - a[1].minutes);
  const examples = Object.keys(model.tasks).slice(0, 2).map(humanize).join(' or ');
  return (
    <section id={id} class="panel" aria-label="Time saved, by period and task" style={style} onKeyDown={onKeyDown}>
      <h2>Time you saved</h2>
      <div class="tiles">
        {PERIODS.map(([period, label]) => (
          <div class="tile" key={period}>
            <div class="k">{label}</div>
            <div class="v">{fmt.duration(figures[period].minutes)}</div>
            <div class="m">{fmt.money(figures[period].value)}</div>
          </div>
        ))}
      </div>
      <h3>This month by task</h3>
      {tasks.length === 0 ? (
        <p class="empty">
          Nothing yet this month. Finish a task such as {examples || 'one the app tracks'} and the time it saves you shows up
          here.
        </p>
      ) : (
        <ul>
          {tasks.map(([task, t]) => (
            <li key={task}>
              <span class="t">{humanize(task)}</span>
              <span class="num">{fmt.duration(t.minutes)}</span>
              <span class="m">
                {t.completions} × {fmt.duration(t.manualMinutes)} · {fmt.money(t.value)}
              </span>
              <span class={`grade ${t.grade}`} title={GRADE_HINT[t.grade]}>
                {t.grade}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="note">
        Computed on this device from the tasks you completed, at the manual time and hourly rate in the app's value model.
      </p>
    </section>
  );
}
