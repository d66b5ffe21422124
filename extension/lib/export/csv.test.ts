import { describe, expect, it } from 'vitest';
import { createReportBuilder } from '../../../core/report/build-report';
import { parseValueModel, type ValueModel } from '../../../core/schema/value-model';
import type { SyncedEvent } from '../store/ext-db';
import { fixtureModel, scriptedSession } from '../testing/scripted-session';
import { csvCell, csvHeaderLine, toCsvRow } from './csv';
import { toNdjsonLine } from './ndjson';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [undefined, ''],
    [42, '42'],
    [{ task: 'x' }, '"{""task"":""x""}"'],
  ])('%j -> %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('exports', () => {
  const records: SyncedEvent[] = scriptedSession(1_732_269_000_000).map((event, i) => ({
    origin: 'http://localhost:4173',
    app: 'acme',
    seq: i + 1,
    receivedAt: 0,
    event,
  }));

  it('writes NDJSON that the report reads back to the same figures as the events themselves', () => {
    const model = (parseValueModel(fixtureModel()) as { ok: true; model: ValueModel }).model;
    const fromLines = createReportBuilder(model);
    for (const [i, line] of records.map(toNdjsonLine).entries()) fromLines.addLine(line.trimEnd(), i + 1);
    const fromEvents = createReportBuilder(model);
    for (const r of records) fromEvents.addEvent(r.event);
    const a = fromLines.finish();
    const b = fromEvents.finish();
    expect(a.events.rejected).toBe(0);
    expect(a.timeSaved).toEqual(b.timeSaved);
    expect(a.deflection).toEqual(b.deflection);
  });

  it('fills in the app for an event stored without an appId', () => {
    const { appId: _, ...event } = records[0]!.event;
    expect(JSON.parse(toNdjsonLine({ ...records[0]!, event })).appId).toBe('acme');
  });

  it('writes one CSV row per event under the header', () => {
    expect(csvHeaderLine()).toBe('origin,app,id,name,time,ts,userId,anonymousId,sessionId,cohort,props\r\n');
    const row = toCsvRow(records[0]!);
    expect(row).toMatch(
      /^http:\/\/localhost:4173,acme,s-1,identify,2024-11-22T09:50:00.000Z,1732269000000,u_alice,,s-sess-u_alice,treatment,/,
    );
  });
});
