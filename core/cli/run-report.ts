import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createReportBuilder } from '../report/build-report';
import { renderHtml } from '../report/render-html';
import { renderMarkdown } from '../report/render-markdown';
import type { Report } from '../report/report-types';
import { parseValueModel, type ValueModel } from '../schema/value-model';
import type { Format } from './args';
import { readChartJs } from './chart-source';
import { assertReadableFile, forEachLine, openEvents } from './read-lines';
import { UsageError } from './usage-error';

/**
 * The one code path from files to a report, shared by the CLI and the demo server's /report page:
 * load and validate the model, stream every events file through the report builder, render.
 */

export interface EventsSource {
  path: string;
  /** Line number of the file's first line in the report's numbering. */
  firstLine: number;
  lines: number;
}

export interface BuildOptions {
  modelPath: string;
  /** Read in order; `-` is stdin. A path in `optionalEvents` that does not exist counts as empty. */
  events: string[];
  optionalEvents?: string[];
  from?: number;
  to?: number;
  explain?: string;
  stdin?: Readable;
}

export interface BuildResult {
  model: ValueModel;
  report: Report;
  sources: EventsSource[];
}

export async function loadModel(path: string): Promise<ValueModel> {
  await assertReadableFile('--model', path);
  const text = await readFile(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--model: "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseValueModel(raw);
  if (!parsed.ok) {
    const list = parsed.errors.map((e) => `  - ${e}`).join('\n');
    throw new UsageError(
      `--model: "${path}" is not a valid value model (${parsed.errors.length} problem${parsed.errors.length > 1 ? 's' : ''}):\n${list}`,
    );
  }
  return parsed.model;
}

export async function buildReportFromFiles(o: BuildOptions): Promise<BuildResult> {
  const model = await loadModel(o.modelPath);
  let builder: ReturnType<typeof createReportBuilder>;
  try {
    builder = createReportBuilder(model, { from: o.from, to: o.to, explain: o.explain });
  } catch (error) {
    // The builder refuses an unknown --explain path with a message listing what it knows.
    throw new UsageError(`--explain: ${(error as Error).message}`);
  }
  const optional = new Set(o.optionalEvents ?? []);
  const sources: EventsSource[] = [];
  let next = 1;
  for (const path of o.events) {
    if (optional.has(path) && !(await exists(path))) continue;
    const input = await openEvents(path, o.stdin ?? process.stdin);
    const lines = await forEachLine(input, next, (line, lineNo) => builder.addLine(line, lineNo));
    sources.push({ path, firstLine: next, lines });
    next += lines;
  }
  return { model, report: builder.finish(), sources };
}

export interface RenderOptions {
  command?: string;
  generatedAt?: number;
  title?: string;
}

export async function renderReport(report: Report, format: Format, o: RenderOptions = {}): Promise<string> {
  const title = o.title ?? defaultTitle(report);
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'md') return renderMarkdown(report, { title, command: o.command, generatedAt: o.generatedAt });
  return renderHtml(report, { chartJs: await readChartJs(), title, command: o.command, generatedAt: o.generatedAt });
}

/** "acme: value report" when the events come from one app, else a plain title. */
function defaultTitle(report: Report): string {
  const apps = Object.keys(report.timeSaved.byApp);
  return apps.length === 1 ? `${apps[0]}: value report` : 'Value report';
}

async function exists(path: string): Promise<boolean> {
  try {
    await assertReadableFile('--events', path);
    return true;
  } catch {
    return false;
  }
}
