// Shared pieces of the Markdown report: escaping, code spans and tables.

/** Text from the data made inert in Markdown: no table breaks, no links, no HTML, no emphasis. */
export function md(value: unknown): string {
  return (
    String(value)
      .replace(/[\r\n]+/g, ' ')
      // Only what can start a link, emphasis, code or a cell break mid-line; parentheses stay readable.
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** An inline code span that data cannot break out of (backticks and newlines removed). */
export const code = (value: string) => `\`${value.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;

export const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
export function mdTable(head: string[], rows: string[][], numeric: boolean[] = []): string {
  const rule = head.map((_, i) => (numeric[i] ? '---:' : '---'));
  return [row(head), row(rule), ...rows.map(row)].join('\n');
}

/** How a missing figure is written: a dash and its reason. */
export type None = (reason: string | undefined) => string;
