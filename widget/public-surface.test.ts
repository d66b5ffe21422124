import { describe, expect, it } from 'vitest';
import * as widget from './index';
import { API_METHODS } from './snippet/stub';

// Pins the public surface: anything not listed here is free to change; anything listed is a promise.
describe('public surface', () => {
  it('exports the instance and nothing else at run time', () => {
    expect(Object.keys(widget).sort()).toEqual(['default', 'yardstick']);
    expect(widget.default).toBe(widget.yardstick);
  });

  it('has exactly the API of issue 3', () => {
    expect(Object.keys(widget.yardstick).sort()).toEqual(
      [
        'activation',
        'flush',
        'identify',
        'init',
        'on',
        'optIn',
        'optOut',
        'taskCompleted',
        'taskStarted',
        'ticketOpened',
        'track',
      ].sort(),
    );
  });

  it('the snippet stubs every method', () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(widget.yardstick).sort());
  });
});
