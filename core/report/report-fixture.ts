import type { Report } from './report-types';

/**
 * A hand-made report for the renderers' tests and for looking at the page without data: every
 * section filled, numbers consistent enough to read. Returns a fresh copy each call so tests can
 * break it (nulls, hostile strings) without touching each other.
 */
export function exampleReport(): Report {
  return {
    currency: 'USD',
    range: { from: Date.UTC(2024, 10, 4), to: Date.UTC(2024, 11, 1) },
    events: {
      read: 18_432,
      accepted: 18_401,
      rejected: 6,
      duplicates: 25,
      outOfRange: 0,
      rejections: [
        { line: 17, reason: 'invalid JSON: Unexpected end of JSON input' },
        { line: 211, reason: 'id: expected a non-empty id, got nothing' },
        { line: 940, reason: 'props.task: expected a task name, got 42' },
      ],
    },
    users: { count: 420, byCohort: { treatment: 372, control: 48 }, withoutCohort: 1 },
    value: {
      realized: 48_210.5,
      potential: 9_400,
      byType: { time_saved: 31_200.25, cost_avoided: 6_150, deflection: 2_860.25, revenue_enabled: 8_000 },
      potentialByType: { churn_prevented: 6_000, proxy: 1_400, revenue_lift: 2_000 },
      byWeek: [
        { week: '2024-11-04', byType: { time_saved: 5_100, cost_avoided: 1_050, deflection: 480, revenue_enabled: 1_000 } },
        { week: '2024-11-11', byType: { time_saved: 7_900, cost_avoided: 1_600, deflection: 760, revenue_enabled: 3_000 } },
        { week: '2024-11-18', byType: { time_saved: 8_800, cost_avoided: 1_700, deflection: 820.25, revenue_enabled: 2_000 } },
        { week: '2024-11-25', byType: { time_saved: 9_400.25, cost_avoided: 1_800, deflection: 800, revenue_enabled: 2_000 } },
      ],
    },
    timeSaved: {
      minutes: 28_140,
      value: 31_200.25,
      completions: 2_310,
      byTask: {
        export_report: { completions: 1_020, manualMinutes: 20, minutes: 15_300, value: 22_950, grade: 'modeled' },
        create_invoice: { completions: 840, manualMinutes: 15, minutes: 8_640, value: 5_760, grade: 'modeled' },
        connect_bank: { completions: 450, manualMinutes: 12, minutes: 4_200, value: 2_490.25, grade: 'modeled' },
      },
      byUser: { u_1: { minutes: 120, value: 180 } },
      byApp: { acme: { minutes: 28_140, value: 31_200.25 } },
      measured: [
        {
          task: 'export_report',
          controlMedianMs: 372_000,
          treatmentMedianMs: 246_000,
          savedMsPerCompletion: 126_000,
          ci95Ms: [84_000, 171_000],
          treatmentCompletions: 910,
          minutes: 1_911,
          value: 2_866.5,
        },
        {
          task: 'connect_bank',
          controlMedianMs: null,
          treatmentMedianMs: 540_000,
          savedMsPerCompletion: null,
          ci95Ms: null,
          treatmentCompletions: 402,
          minutes: null,
          value: null,
          reason: 'no control completion with a duration',
        },
      ],
    },
    costs: { total: 11_380, byCategory: { seat: 8_400, llm: 860, infrastructure: 2_120 } },
    roi: {
      valueToCost: 4.24,
      rating: 'strong',
      withPotential: { valueToCost: 5.06, rating: 'strong' },
    },
    sessions: { count: 3_120, valuePerSession: 15.45, costPerSession: 3.65, netValuePerSession: 11.8 },
    goals: {
      issue_resolved: {
        attempts: 640,
        achieved: 498,
        achievementRate: 0.778,
        amount: 50,
        valueWhenAchieved: 24_900,
        expectedValuePerAttempt: 38.9,
        lift: { control: 0.62, treatment: 0.8, absolute: 0.18, relative: 0.29, ci95: [0.06, 0.3], valuePerSession: 9 },
      },
      first_invoice_paid: {
        attempts: 120,
        achieved: 0,
        achievementRate: 0,
        amount: 200,
        valueWhenAchieved: 0,
        expectedValuePerAttempt: 0,
        lift: null,
        liftReason: 'no control attempts',
      },
    },
    ttv: {
      treatment: { users: 372, activated: 301, activationRate: 0.809, meanMs: 2.1 * 86_400_000, medianMs: 30 * 3_600_000 },
      control: { users: 48, activated: 33, activationRate: 0.688, meanMs: 3.4 * 86_400_000, medianMs: 52 * 3_600_000 },
      reduction: 0.382,
    },
    deflection: {
      episodes: 1_180,
      helpShown: 806,
      deflected: 521,
      escalated: 98,
      abandoned: 187,
      rate: 0.646,
      value: 10_420,
      realizedValue: 2_860.25,
      grade: 'measured',
      byHelp: {
        'export-help': { shown: 410, engaged: 302, helpful: 210, notHelpful: 31, deflected: 290, escalated: 41, abandoned: 79 },
        'bank-help': { shown: 396, engaged: 250, helpful: 160, notHelpful: 40, deflected: 231, escalated: 57, abandoned: 108 },
      },
      causal: {
        controlEpisodes: 142,
        treatmentEpisodes: 1_038,
        controlTicketRate: 0.352,
        treatmentTicketRate: 0.214,
        difference: 0.138,
        ci95: [0.056, 0.219],
        deflections: 143.2,
        value: 2_864,
        conservativeValue: 1_162.6,
      },
      differenceInDifferences: null,
      differenceInDifferencesReason: 'the model declares no launchAt',
    },
    attribution: {
      outcomes: {
        deal_acme_corp: { totalWeight: 1, value: 5_000, flagged: false },
        deal_globex: { totalWeight: 1.3, value: 3_000, flagged: true },
      },
      flagged: ['deal_globex'],
    },
    evidence: {
      'value.realized': { grade: 'modeled', formula: 'Σ realized value of every type' },
      'value.potential': { grade: 'assumed', formula: 'Σ amount × probability (probability < 1) + proxies' },
      'timeSaved.minutes': { grade: 'modeled', formula: 'Σ max(0, manualMinutes − duration) per completion' },
      'timeSaved.value': { grade: 'modeled', formula: 'Σ minutes saved ÷ 60 × hourly rate' },
      'timeSaved.measured': { grade: 'measured', formula: '(median control − median treatment) × treatment completions' },
      'costs.total': { grade: 'assumed', formula: 'Σ cost.amount' },
      'roi.valueToCost': { grade: 'modeled', formula: 'value.realized ÷ costs.total' },
      'sessions.valuePerSession': { grade: 'modeled', formula: 'value.realized ÷ sessions.count' },
      'ttv.reduction': { grade: 'measured', formula: '(control mean − treatment mean) ÷ control mean' },
      'deflection.deflected': { grade: 'modeled', formula: 'help shown, task done within 30 min, no ticket within 30 min' },
      'deflection.causal': { grade: 'measured', formula: '(control ticket rate − treatment ticket rate) × treatment episodes' },
      'goals.issue_resolved.lift': { grade: 'measured', formula: 'treatment rate − control rate, 95% CI (normal approx.)' },
    },
  };
}
