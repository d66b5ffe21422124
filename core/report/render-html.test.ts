import { describe, expect, it } from 'vitest';
import { renderHtml } from './render-html';
import { exampleReport } from './report-fixture';
import type { Report } from './report-types';

const render = (report: Report, chartJs = '/* chart.js */') =>
  renderHtml(report, { chartJs, title: 'Acme', generatedAt: Date.UTC(2024, 11, 2) });

const HOSTILE = '<img src=x onerror="alert(1)">';
const SCRIPT_BREAK = '</script><script>alert(2)</script>';

function hostileReport(): Report {
  const r = exampleReport();
  r.goals[HOSTILE] = { ...r.goals.issue_resolved! };
  r.deflection.byHelp[SCRIPT_BREAK] = {
    shown: 1,
    engaged: 0,
    helpful: 0,
    notHelpful: 0,
    deflected: 0,
    escalated: 0,
    abandoned: 1,
  };
  r.events.rejections.push({ line: 99, reason: `props.task: expected a task name, got "${HOSTILE}"` });
  r.value.byType[SCRIPT_BREAK] = 10;
  r.value.byWeek[0]!.byType[SCRIPT_BREAK] = 10;
  r.attribution.outcomes[`deal_${HOSTILE}`] = { totalWeight: 1, value: 1, flagged: false };
  r.evidence[`goals.${HOSTILE}.lift`] = { grade: 'measured', formula: HOSTILE };
  r.explain = { metric: 'value.realized', eventIds: [HOSTILE, 'evt_1'] };
  return r;
}

describe('renderHtml', () => {
  it('shows every headline figure with its evidence grade and formula', () => {
    const html = render(exampleReport());
    for (const text of [
      '$48,211',
      '$9,400',
      '$11,380',
      '4.24×',
      '5.06×',
      '469 h',
      '$31,200',
      '3,120',
      '$15.45',
      '$3.65',
      '$11.80',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('Strong: returns at least three times its cost');
    expect(html).toContain('value.realized ÷ costs.total');
    expect(html).toMatch(/class="grade grade-measured"/);
    expect(html).toMatch(/class="grade grade-modeled"/);
    expect(html).toMatch(/class="grade grade-assumed"/);
  });

  it('has every section and chart panel', () => {
    const html = render(exampleReport());
    for (const id of [
      'value',
      'time-saved',
      'ttv',
      'deflection',
      'goals',
      'sessions',
      'attribution',
      'data-quality',
      'evidence',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    for (const canvas of ['chart-value-weeks', 'chart-ttv', 'chart-deflection', 'chart-ticket-rate', 'chart-savings']) {
      expect(html).toContain(`<canvas id="${canvas}"`);
    }
  });

  it('puts modeled and measured time saved side by side per task', () => {
    const html = render(exampleReport());
    expect(html).toContain("Modeled: the team's manual minutes");
    expect(html).toContain('Measured: holdout vs treatment durations');
    expect(html).toContain('6.2 min'); // export_report holdout median
    expect(html).toContain('95% CI 1.4 min to 2.9 min');
  });

  it('lists data quality: counts and the first rejected lines with their line numbers', () => {
    const html = render(exampleReport());
    expect(html).toContain('18,432');
    expect(html).toMatch(/<th scope="row" class="num">17<\/th><td>invalid JSON/);
    expect(html).toContain('The first 3 of 6 rejected lines');
  });

  it('shows a dash and the reason for every figure that could not be computed', () => {
    const r = exampleReport();
    r.costs = { total: 0, byCategory: {} };
    r.roi = {
      valueToCost: null,
      valueToCostReason: 'no cost events',
      rating: null,
      withPotential: { valueToCost: null, valueToCostReason: 'no cost events', rating: null },
    };
    r.sessions = {
      count: 0,
      valuePerSession: null,
      costPerSession: null,
      netValuePerSession: null,
      reason: 'no event carries a sessionId',
    };
    r.ttv.reduction = null;
    r.ttv.reductionReason = 'no activated user in the holdout';
    r.ttv.control = { users: 0, activated: 0, activationRate: null, meanMs: null, medianMs: null };
    r.deflection.rate = null;
    r.deflection.rateReason = 'no help was shown';
    r.deflection.causal = null;
    r.deflection.causalReason = 'the holdout has no confusion episode';
    const html = render(r);
    for (const reason of [
      'no cost events',
      'no event carries a sessionId',
      'no activated user in the holdout',
      'no help was shown',
      'the holdout has no confusion episode',
    ]) {
      expect(html).toContain(reason);
    }
    expect(html).toContain('no control attempts'); // goal lift null
    expect(html).toContain('no control completion with a duration'); // measured time saved null
    const visible = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
    expect(visible).not.toMatch(/NaN|Infinity|null|undefined/);
    expect(html.match(/class="missing"/g)?.length).toBeGreaterThan(8);
  });

  it('escapes every string that comes from the data', () => {
    const html = render(hostileReport());
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    // Chart labels travel as JSON inside a script element: no "<" may survive there either.
    const data = /<script type="application\/json" id="chart-data">([^<]*)<\/script>/.exec(html);
    expect(data).not.toBeNull();
    expect(JSON.parse(data![1]!).valueWeeks.series.map((s: { label: string }) => s.label)).toContain(
      '</script><script>alert(2)</script>',
    );
  });

  it('inlines Chart.js so the page works offline, without letting it end the script early', () => {
    const html = render(exampleReport(), 'var Chart = function () {}; var s = "</script>";');
    expect(html).toContain('var Chart = function () {};');
    expect(html).toContain('"<\\/script>"');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('still renders without Chart.js, leaving the tables', () => {
    const html = render(exampleReport(), '');
    expect(html).toContain('<table>');
    expect(html).toContain("typeof Chart === 'undefined'");
  });

  it('lists the event ids behind an explained figure, escaped', () => {
    const html = render(hostileReport());
    expect(html).toContain('Behind value.realized');
    expect(html).toContain('<li><code>evt_1</code></li>');
  });

  it('is a pure function of its input', () => {
    expect(render(exampleReport())).toBe(render(exampleReport()));
  });
});

describe('renderHtml empty states', () => {
  it('says why a chart is empty instead of drawing bare axes', () => {
    const r = exampleReport();
    r.ttv.treatment = { users: 3, activated: 0, activationRate: 0, meanMs: null, medianMs: null };
    r.ttv.control = { users: 0, activated: 0, activationRate: null, meanMs: null, medianMs: null };
    r.deflection = {
      ...r.deflection,
      helpShown: 0,
      deflected: 0,
      escalated: 0,
      abandoned: 0,
      value: 0,
      causal: null,
      causalReason: 'no control episode',
    };
    const html = render(r);
    expect(html).toContain('No user has activated yet');
    expect(html).toContain('No help card was shown yet.');
    expect(html).toContain('No comparison yet: no control episode.');
    expect(html).toMatch(/<canvas id="chart-ttv" hidden>/);
    expect(html).toContain('no user with a start event');
    expect(html).toContain('no activated user');
  });
});
