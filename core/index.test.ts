import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('core public surface', () => {
  it('exports exactly these runtime names (anything else is internal and free to change)', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'BUILT_IN_NAMES',
        'COHORTS',
        'CONFUSION_SIGNALS',
        'EXPLAIN_PATHS',
        'VALUE_TYPES',
        'actorOf',
        'buildReport',
        'builtInProps',
        'createReportBuilder',
        'eventInputSchema',
        'eventJsonSchema',
        'eventSchema',
        'hourlyRateFor',
        'isBuiltIn',
        'parseEvent',
        'parseValueModel',
        'propsOf',
        'resolveEpisodes',
        'roleRate',
        'savedMinutes',
        'timeSavedOf',
        'valueModelJsonSchema',
        'valueModelSchema',
      ].sort(),
    );
  });
});
