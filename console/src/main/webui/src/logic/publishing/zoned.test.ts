import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayLabel, formatIn, monthLabel, timeIn, fromLocalInput, monthWeeks, moveToDay, rangeOf, toLocalInput, wallTime,
  weekDays } from './zoned';

describe('times in the brand’s zone', () => {
  it('reads an instant as Warsaw’s wall clock, in winter and in summer', () => {
    expect(wallTime('2026-01-15T10:00:00Z', 'Europe/Warsaw')).toMatchObject({ day: 15, hour: 11, minute: 0 });
    expect(wallTime('2026-07-15T10:00:00Z', 'Europe/Warsaw')).toMatchObject({ day: 15, hour: 12 });
  });

  it('puts a late-evening UTC time on the next day in Warsaw and the same day in New York', () => {
    expect(dayKey('2026-05-04T22:30:00Z', 'Europe/Warsaw')).toBe('2026-05-05');
    expect(dayKey('2026-05-04T22:30:00Z', 'America/New_York')).toBe('2026-05-04');
    expect(dayKey('2026-05-04T22:30:00Z', 'UTC')).toBe('2026-05-04');
  });

  it('reads a typed time in the brand’s zone and shows it back the same', () => {
    expect(fromLocalInput('2026-01-15T11:00', 'Europe/Warsaw')).toBe('2026-01-15T10:00:00.000Z');
    expect(toLocalInput('2026-01-15T10:00:00Z', 'Europe/Warsaw')).toBe('2026-01-15T11:00');
    expect(fromLocalInput('', 'Europe/Warsaw')).toBeNull();
    expect(fromLocalInput('tomorrow', 'Europe/Warsaw')).toBeNull();
  });

  it('keeps the seconds of a time planned through the API, so the form does not read as changed', () => {
    expect(toLocalInput('2026-12-05T23:51:37.412Z', 'Europe/Warsaw')).toBe('2026-12-06T00:51:37');
    expect(fromLocalInput('2026-12-06T00:51:37', 'Europe/Warsaw')).toBe('2026-12-05T23:51:37.000Z');
  });

  it('across the spring change: 02:30 does not exist in Warsaw on 29 March 2026 and becomes 03:30', () => {
    expect(fromLocalInput('2026-03-29T01:30', 'Europe/Warsaw')).toBe('2026-03-29T00:30:00.000Z');
    expect(fromLocalInput('2026-03-29T02:30', 'Europe/Warsaw')).toBe('2026-03-29T01:30:00.000Z');
    expect(toLocalInput('2026-03-29T01:30:00.000Z', 'Europe/Warsaw')).toBe('2026-03-29T03:30');
    expect(fromLocalInput('2026-03-29T03:30', 'Europe/Warsaw')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('across the autumn change: 02:30 happens twice on 25 October 2026 and the first is taken', () => {
    expect(fromLocalInput('2026-10-25T02:30', 'Europe/Warsaw')).toBe('2026-10-25T00:30:00.000Z');
    expect(fromLocalInput('2026-10-25T04:00', 'Europe/Warsaw')).toBe('2026-10-25T03:00:00.000Z');
  });

  it('a drop on another day keeps the wall-clock hour across the DST change (the UTC hour moves)', () => {
    // 09:00 in Warsaw on Saturday 28 March (CET, UTC+1) moved to Monday 30 March (CEST, UTC+2)
    expect(moveToDay('2026-03-28T08:00:00Z', '2026-03-30', 'Europe/Warsaw')).toBe('2026-03-30T07:00:00.000Z');
    expect(moveToDay('2026-03-30T07:00:00Z', '2026-03-27', 'Europe/Warsaw')).toBe('2026-03-27T08:00:00.000Z');
  });

  it('the calendar’s range starts at the zone’s midnight; a day with the DST change is 23 hours', () => {
    expect(rangeOf(['2026-03-29'], 'Europe/Warsaw')).toEqual({ from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z' });
  });

  it('months start on Monday and hold every day of the month; weeks are seven calendar days', () => {
    const march = monthWeeks('2026-03-15');
    expect(march[0][0]).toBe('2026-02-23');
    expect(march.flat()).toContain('2026-03-31');
    expect(march.every((w) => w.length === 7)).toBe(true);
    expect(march.length).toBe(6);
    expect(monthWeeks('2021-02-10').length).toBe(4);
    expect(weekDays('2026-03-29')).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27',
      '2026-03-28', '2026-03-29']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('formats like the rest of the console, in the zone', () => {
    expect(formatIn('2026-01-15T10:00:00Z', 'Europe/Warsaw', 'en')).toBe('15 Jan 2026, 11:00');
    expect(formatIn('2026-01-15T10:00:00Z', 'Europe/Warsaw', 'pl')).toMatch(/^15 sty 2026.*11:00$/);
    expect(formatIn('2026-01-15T10:00:00Z', 'Asia/Tokyo', 'ru')).toMatch(/^15 янв\.? 2026.*19:00$/);
    expect(timeIn('2026-01-15T17:30:00Z', 'Europe/Warsaw', 'en')).toBe('18:30');
    expect(dayLabel('2026-03-30', 'long', 'pl')).toMatch(/pon/);
    expect(monthLabel('2026-12-05', 'el')).toMatch(/Δεκέμβρ/);
    expect(formatIn(null, 'Europe/Warsaw')).toBe('');
  });
});
