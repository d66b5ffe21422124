import type { Report } from '../report/report-types';
import type { EventsSource } from './run-report';

const SHOWN = 10;

/**
 * The stderr summary after a run: counts, then the first rejected lines with their reasons. With
 * several --events files, the report's running line number is mapped back to file:line.
 */
export function summarize(report: Report, sources: EventsSource[]): string {
  const e = report.events;
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `yardstick: read ${n(e.read)} line${e.read === 1 ? '' : 's'}: ${n(e.accepted)} events used, ${n(e.rejected)} rejected, ${n(e.duplicates)} duplicate${e.duplicates === 1 ? '' : 's'}, ${n(e.outOfRange)} outside the range.`,
  ];
  if (e.rejected > 0) {
    const shown = e.rejections.slice(0, SHOWN);
    for (const r of shown) lines.push(`  ${where(r.line, sources)}: ${r.reason}`);
    const rest = e.rejected - shown.length;
    if (rest > 0)
      lines.push(`  … and ${n(rest)} more (the report lists the first ${n(e.rejections.length)} in events.rejections).`);
  }
  return `${lines.join('\n')}\n`;
}

function where(line: number, sources: EventsSource[]): string {
  if (sources.length <= 1) return `line ${line}`;
  const source = sources.find((s) => line >= s.firstLine && line < s.firstLine + s.lines);
  return source ? `${source.path === '-' ? 'stdin' : source.path}:${line - source.firstLine + 1} (line ${line})` : `line ${line}`;
}
