import { describe, expect, it } from 'vitest';
import { createFormatter, evidenceFor, formatDuration, formatHours, humanize } from './render-format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_500, '45.5 s'],
    [90_000, '1.5 min'],
    [3_600_000, '1 h'],
    [3_600_000 + 20 * 60_000, '1 h 20 min'],
    [30 * 3_600_000, '30 h'],
    [3 * 86_400_000, '3 days'],
    [-90_000, '−1.5 min'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatHours', () => {
  it.each([
    [12.5, '12.5 min'],
    [200, '3 h 20 min'],
    [28_140, '469 h'],
    [-68, '−1 h 8 min'],
  ])('%d minutes saved read "%s" (never days)', (minutes, text) => {
    expect(formatHours(minutes)).toBe(text);
  });
});

describe('createFormatter', () => {
  const f = createFormatter('USD');
  it('drops cents on large amounts and keeps them on small ones', () => {
    expect(f.money(12_480.37)).toBe('$12,480');
    expect(f.money(0.45)).toBe('$0.45');
    expect(f.money(-0)).toBe('$0.00');
  });
  it('formats rates, points and ratios', () => {
    expect(f.percent(0.1234)).toBe('12.3%');
    expect(f.points(0.138)).toBe('+13.8 pts');
    expect(f.points(-0.05)).toBe('−5 pts');
    expect(f.ratio(4.236)).toBe('4.24×');
  });
  it('uses the report currency', () => {
    expect(createFormatter('EUR').money(1500)).toBe('€1,500');
  });
  it('survives a currency Intl does not know', () => {
    expect(() => createFormatter('ZZZ').money(1)).not.toThrow();
  });
});

describe('evidenceFor', () => {
  const evidence = {
    'goals.issue_resolved.lift': { grade: 'measured' as const, formula: 'exact' },
    'goals.*.attempts': { grade: 'modeled' as const, formula: 'wild' },
    timeSaved: { grade: 'modeled' as const, formula: 'parent' },
  };
  it.each([
    ['goals.issue_resolved.lift', 'exact'],
    ['goals.issue_resolved.lift.ci95', 'exact'],
    ['goals.other.attempts', 'wild'],
    ['timeSaved.minutes', 'parent'],
  ])('finds the evidence of %s', (path, formula) => {
    expect(evidenceFor({ evidence }, path)?.formula).toBe(formula);
  });
  it('returns undefined when nothing covers the path', () => {
    expect(evidenceFor({ evidence }, 'sessions.count')).toBeUndefined();
  });
});

describe('humanize', () => {
  it.each([
    ['cost_avoided', 'Cost avoided'],
    ['llm', 'LLM'],
    ['export-report', 'Export report'],
    ['nps_delta', 'NPS delta'],
    ['', ''],
  ])('%s reads "%s"', (name, text) => {
    expect(humanize(name)).toBe(text);
  });
});
