/** The text of `yardstick help`: what a newcomer needs to produce a first report. */
export const HELP = `yardstick: an auditable value (ROI) report from raw product events

Usage
  yardstick report --model <model.json> --events <events.ndjson> [options]
  yardstick schema event|model   Print the JSON Schema of an event line or of the value model.
  yardstick help

Options of report
  --model <file>      The value model (JSON): tasks, hourly rates, outcomes, ticket cost, help.
  --events <file>     Events, one JSON object per line (NDJSON). "-" reads stdin. Repeat the flag
                      to read several files in order; line numbers then run on across them.
  --format <f>        json (default), html or md. Without it, --out's extension decides.
  --from <date>       Only events at or after this ISO 8601 date or date-time (or epoch ms).
  --to <date>         Only events up to this date; a bare date (2024-11-30) includes that whole day.
  --explain <figure>  Also list the ids of the events behind one figure, e.g. deflection.deflected,
                      value.realized, goals.issue_resolved.achieved.
  --out, -o <file>    Write the report to this file instead of stdout.

Examples
  npx yardstick report --model model.json --events events.ndjson --format html --out report.html
  npx yardstick report --model model.json --events events.ndjson --explain deflection.deflected
  cat events.ndjson | npx yardstick report --model model.json --events - --format md

Malformed or invalid lines are skipped, counted and listed with their line number (in the report
and, as a summary, on stderr); they never stop the run. Duplicate event ids count once.

Exit status: 0 report written; 2 a usage problem (flag, file or value model), with the fix on stderr;
1 an unexpected failure.
`;
