import { describe, expect, it } from 'vitest';
import { isOvernight, onDutyByHour, overlaps, parseTime, rotaZone, shiftErrors, uncovered, weekIntervals,
  zoneOffsetMinutes } from './rota';
import type { Day, Shift, TeamMember } from '../../types/setup';

const EVERY_DAY: Day[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DECEMBER = new Date('2026-12-07T12:00:00Z');
const shift = (from: string, to: string, days: Day[] = EVERY_DAY, timeZone = 'Europe/Warsaw'): Shift =>
  ({ days, from, to, timeZone });

describe('rota times', () => {
  it('reads HH:mm strictly, as the service does', () => {
    expect(parseTime('22:00')).toBe(1320);
    expect(parseTime('06:05')).toBe(365);
    expect(parseTime('6:00')).toBeNull();
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('12:60')).toBeNull();
  });

  it('names what is wrong with a shift, field by field', () => {
    expect(shiftErrors(shift('22:00', '06:00'))).toEqual({});
    expect(shiftErrors({ days: [], from: '8', to: '25:00', timeZone: 'Mars/Olympus' }))
      .toEqual({ days: 'noDays', from: 'time', to: 'time', timeZone: 'zone' });
  });

  it('knows a night shift runs into the next day and an equal start and end is the whole day', () => {
    expect(isOvernight(shift('22:00', '06:00'))).toBe(true);
    expect(isOvernight(shift('06:00', '22:00'))).toBe(false);
    expect(isOvernight(shift('00:00', '00:00'))).toBe(false);
    expect(weekIntervals(shift('00:00', '00:00', ['MONDAY'], 'UTC'), 'UTC', DECEMBER)).toEqual([[0, 1440]]);
  });

  it('reads zone offsets from the browser (Warsaw +1 in winter, +2 in summer)', () => {
    expect(zoneOffsetMinutes('Europe/Warsaw', DECEMBER)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Warsaw', new Date('2026-07-01T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('America/New_York', DECEMBER)).toBe(-300);
  });
});

describe('rota coverage', () => {
  const night: TeamMember = { user: 'manager1', schedule: [shift('22:00', '06:00')] };
  const day: TeamMember = { user: 'agent1', schedule: [shift('06:00', '22:00')] };

  it('a Sunday night shift covers Monday morning (the week wraps)', () => {
    const hours = onDutyByHour([night], 'Europe/Warsaw', DECEMBER);
    expect(hours[0]).toEqual(['manager1']); // Monday 00:00-01:00, from Sunday 22:00
    expect(hours[5]).toEqual(['manager1']);
    expect(hours[6]).toEqual([]);
    expect(hours[6 * 24 + 23]).toEqual(['manager1']); // Sunday 23:00
  });

  it('a day rota leaves the nights uncovered; adding the night rota closes them', () => {
    expect(uncovered([day], 'Europe/Warsaw', DECEMBER)).toEqual(EVERY_DAY.flatMap((d) => [
      { day: d, from: 0, to: 6 }, { day: d, from: 22, to: 24 }]));
    expect(uncovered([day, night], 'Europe/Warsaw', DECEMBER)).toEqual([]);
  });

  it('shows a rota in another zone shifted by the difference (Warsaw 22:00 is 21:00 in London)', () => {
    const hours = onDutyByHour([night], 'Europe/London', DECEMBER);
    expect(hours[21]).toEqual(['manager1']); // Monday 21:00 London = 22:00 Warsaw
    expect(hours[20]).toEqual([]);
    expect(hours[4]).toEqual(['manager1']);
    expect(hours[5]).toEqual([]); // 05:00 London = 06:00 Warsaw: off
  });

  it('an hour only half covered does not count as covered', () => {
    const hours = onDutyByHour([{ user: 'a', schedule: [shift('09:00', '17:30', ['MONDAY'], 'UTC')] }], 'UTC', DECEMBER);
    expect(hours[16]).toEqual(['a']);
    expect(hours[17]).toEqual([]);
  });

  it('finds one person booked twice, across midnight too', () => {
    const twice: TeamMember = { user: 'agent1', schedule: [shift('22:00', '06:00', ['FRIDAY']),
      shift('05:00', '09:00', ['SATURDAY']), shift('10:00', '12:00', ['SATURDAY'])] };
    expect(overlaps(twice, DECEMBER)).toEqual([{ user: 'agent1', first: 0, second: 1 }]);
    expect(overlaps(day, DECEMBER)).toEqual([]);
  });

  it('reads a team in the zone most of its shifts use', () => {
    expect(rotaZone([day, night, { user: 'x', schedule: [shift('08:00', '16:00', ['MONDAY'], 'Europe/Athens')] }], 'UTC'))
      .toBe('Europe/Warsaw');
    expect(rotaZone([], 'UTC')).toBe('UTC');
  });
});
