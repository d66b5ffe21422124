import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';
import { md } from './render-markdown-parts';
import { exampleReport } from './report-fixture';

describe('renderMarkdown', () => {
  it('has the same headline figures as the HTML report, with grades and paths', () => {
    const text = renderMarkdown(exampleReport(), { title: 'Acme' });
    for (const figure of [
      '$48,211',
      '$9,400',
      '$11,380',
      '4.24× (strong)',
      '5.06× (strong)',
      '469 h',
      '$31,200',
      '3,120',
      '$15.45',
      '$3.65',
      '$11.80',
    ]) {
      expect(text).toContain(figure);
    }
    expect(text).toContain('| Value realized | $48,211 | modeled |');
    expect(text).toContain('`roi.valueToCost`');
  });

  it('has a table for each section', () => {
    const text = renderMarkdown(exampleReport());
    for (const heading of [
      '## Value by type',
      '## Time saved: modeled vs measured',
      '## Time to value',
      '## Support deflection',
      '## Goals',
      '## Costs',
      '## Attribution',
      '## Data quality',
      '## How each figure is obtained',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('| 17 | invalid JSON: Unexpected end of JSON input |');
    expect(text).toContain('| 2024-11-04 |');
  });

  it('shows a dash with the reason for figures that cannot be computed', () => {
    const r = exampleReport();
    r.roi.valueToCost = null;
    r.roi.valueToCostReason = 'no cost events';
    r.ttv.reduction = null;
    r.ttv.reductionReason = 'no activated user in the holdout';
    const text = renderMarkdown(r);
    expect(text).toContain('— (no cost events)');
    expect(text).toContain('— (no activated user in the holdout)');
    expect(text).toContain('— (no control attempts)');
    expect(text).not.toMatch(/NaN|Infinity|null|undefined/);
  });

  it('keeps data from breaking tables or injecting links and HTML', () => {
    const r = exampleReport();
    r.goals['a|b <script>[x](http://evil)'] = { ...r.goals.issue_resolved! };
    const text = renderMarkdown(r);
    expect(text).toContain('A\\|b &lt;script&gt;\\[x\\](http://evil)');
    expect(text).not.toContain('<script>');
    const goalRow = text.split('\n').find((line) => line.includes('A\\|b'))!;
    expect(goalRow.split(/(?<!\\)\|/).length).toBe(12); // 10 columns and the two outer pipes
  });

  it('escapes Markdown syntax in plain text', () => {
    expect(md('a|b*c_d`e[f]\nnext')).toBe('a\\|b\\*c\\_d\\`e\\[f\\] next');
  });
});
