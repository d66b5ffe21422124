import { CONFUSION_SIGNALS, type ConfusionSignal } from '../../../core/schema/event';
import type { InspectorFilters, RangeKey } from '../../lib/figures/inspector-view';

interface Props {
  filters: InspectorFilters;
  signals: ConfusionSignal[];
  apps: string[];
  paused: boolean;
  pending: number;
  onChange(filters: InspectorFilters): void;
  onPause(paused: boolean): void;
  onExport(format: 'json' | 'ndjson'): void;
}

const STATUSES: [InspectorFilters['status'], string][] = [
  ['all', 'All outcomes'],
  ['open', 'Open'],
  ['deflected', 'Deflected'],
  ['escalated', 'Escalated'],
  ['abandoned', 'Abandoned'],
  ['unhelped', 'No help shown'],
];
const RANGE_LABELS: [RangeKey, string][] = [
  ['1h', 'Last hour'],
  ['24h', 'Last 24 h'],
  ['7d', 'Last 7 days'],
  ['all', 'All time'],
];

function Select<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: [T, string][];
  onChange(v: T): void;
}) {
  return (
    <label class="filter">
      <span class="sr-only">{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FiltersBar({ filters, signals, apps, paused, pending, onChange, onPause, onExport }: Props) {
  const set = (patch: Partial<InspectorFilters>) => onChange({ ...filters, ...patch });
  const signalOptions: [InspectorFilters['signal'], string][] = [
    ['all', 'All signals'],
    ...(signals.length > 0 ? signals : CONFUSION_SIGNALS).map((s): [ConfusionSignal, string] => [s, s.replace('_', ' ')]),
  ];
  return (
    <div class="filters">
      <Select label="Outcome" value={filters.status} options={STATUSES} onChange={(status) => set({ status })} />
      <Select
        label="Cohort"
        value={filters.cohort}
        options={[
          ['all', 'Both cohorts'],
          ['treatment', 'Treatment'],
          ['control', 'Holdout (control)'],
        ]}
        onChange={(cohort) => set({ cohort })}
      />
      <Select label="Signal" value={filters.signal} options={signalOptions} onChange={(signal) => set({ signal })} />
      <Select label="Time range" value={filters.range} options={RANGE_LABELS} onChange={(range) => set({ range })} />
      {apps.length > 1 && (
        <Select
          label="App"
          value={filters.app}
          options={[['all', 'All apps'], ...apps.map((a): [string, string] => [a, a])]}
          onChange={(app) => set({ app })}
        />
      )}
      <span class="spacer" />
      <button
        type="button"
        class={paused ? 'btn small primary' : 'btn small'}
        aria-pressed={paused}
        onClick={() => onPause(!paused)}
      >
        {paused ? `Resume${pending > 0 ? ` (${pending} new)` : ''}` : 'Pause'}
      </button>
      <button type="button" class="btn small" onClick={() => onExport('json')} title="The episodes shown, with their totals">
        Export JSON
      </button>
      <button
        type="button"
        class="btn small"
        onClick={() => onExport('ndjson')}
        title="The events behind the episodes shown (report CLI format)"
      >
        Events
      </button>
    </div>
  );
}
