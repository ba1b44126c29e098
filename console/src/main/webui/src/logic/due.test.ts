import { describe, expect, it } from 'vitest';
import { dueClock, dueState, formatDuration, secondsToMinutes } from './due';

const received = '2026-11-23T10:00:00Z';
const due = '2026-11-23T10:30:00Z'; // a 30-minute target
const at = (iso: string) => Date.parse(iso);

describe('due state of a conversation', () => {
  it('is on time with most of the target left, counting down in minutes and seconds', () => {
    expect(dueState(received, due, at('2026-11-23T10:05:30Z'), 'open')).toEqual({ state: 'ok', label: 'due in 24:30' });
  });

  it('warns once less than a quarter of the target is left', () => {
    // a quarter of 30 minutes is 7:30.
    expect(dueState(received, due, at('2026-11-23T10:22:31Z'), 'open').state).toBe('warning');
    expect(dueState(received, due, at('2026-11-23T10:22:29Z'), 'open').state).toBe('ok');
  });

  it('warns in the last five minutes even of a long target', () => {
    const day = '2026-11-24T10:00:00Z';
    expect(dueState(received, day, at('2026-11-24T09:55:01Z'), 'open').state).toBe('warning');
    expect(dueState(received, day, at('2026-11-23T20:00:00Z'), 'open').state).toBe('ok');
  });

  it('is a breach at and after the due time, saying by how much', () => {
    expect(dueState(received, due, at(due), 'open').state).toBe('breach');
    expect(dueState(received, due, at('2026-11-23T12:31:00Z'), 'open'))
      .toEqual({ state: 'breach', label: 'overdue by 2 h 01 min' });
  });

  it('is done once answered, whatever the clock says', () => {
    expect(dueState(received, due, at('2026-11-25T00:00:00Z'), 'answered')).toEqual({ state: 'done', label: 'answered' });
  });
});

describe('durations', () => {
  it('reads as minutes:seconds, hours and minutes, or days and hours', () => {
    expect(formatDuration(75_000)).toBe('1:15');
    expect(formatDuration((3 * 3600 + 4 * 60) * 1000)).toBe('3 h 04 min');
    expect(formatDuration(2 * 86400_000 + 1000)).toBe('2 d 0 h');
  });

  it('turns seconds into minutes with one decimal, keeping "no figure" apart from zero', () => {
    expect(secondsToMinutes(210)).toBe(3.5);
    expect(secondsToMinutes(0)).toBe(0);
    expect(secondsToMinutes(null)).toBeNull();
  });
});

describe('the due clock, as numbers for the screen to format', () => {
  it('gives the state and the milliseconds left, negative once overdue, none once answered', () => {
    expect(dueClock(received, due, at('2026-11-23T10:05:30Z'), 'open')).toEqual({ state: 'ok', msLeft: 1_470_000 });
    expect(dueClock(received, due, at('2026-11-23T10:25:00Z'), 'new')).toEqual({ state: 'warning', msLeft: 300_000 });
    expect(dueClock(received, due, at('2026-11-23T12:31:00Z'), 'open')).toEqual({ state: 'breach', msLeft: -7_260_000 });
    expect(dueClock(received, due, at('2026-11-23T12:31:00Z'), 'answered')).toEqual({ state: 'done', msLeft: null });
  });
});
