import { isCoopError } from '@coop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeliness } from '../src/timeliness.js';
import { civilDateInVietnam, endOfDayInVietnam, startOfDayInVietnam, toEpochMs } from '../src/zone.js';

describe('zone helpers (Asia/Ho_Chi_Minh, +07:00)', () => {
  it('maps instants to Vietnamese civil dates', () => {
    expect(civilDateInVietnam('2025-12-20T18:00:00Z')).toBe('2025-12-21');
    expect(civilDateInVietnam('2025-12-20T16:59:59Z')).toBe('2025-12-20');
    expect(civilDateInVietnam('2025-12-20T17:00:00Z')).toBe('2025-12-21');
    expect(civilDateInVietnam(new Date(Date.UTC(2025, 11, 31, 17)))).toBe('2026-01-01');
    expect(civilDateInVietnam('2025-12-20T23:30:00+07:00')).toBe('2025-12-20');
  });
  it('gives the start and end of a civil day', () => {
    expect(startOfDayInVietnam('2025-12-20')).toBe('2025-12-19T17:00:00.000Z');
    expect(endOfDayInVietnam('2025-12-20')).toBe('2025-12-20T17:00:00.000Z');
    expect(toEpochMs('2025-12-20T18:00:00+07:00')).toBe(Date.UTC(2025, 11, 20, 11));
  });
  it('refuses instants without a zone (they would depend on the machine) with INVALID_INSTANT', () => {
    for (const bad of ['2025-12-20T18:00:00', '2025-12-20', 'yesterday', '2025-02-30T10:00:00Z', '2025-12-20T24:00:00Z', new Date(Number.NaN)]) {
      let caught: unknown;
      try {
        civilDateInVietnam(bad);
      } catch (error) {
        caught = error;
      }
      expect(isCoopError(caught, 'INVALID_INSTANT')).toBe(true);
    }
  });
  it('property: an instant lies within its civil day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const day = civilDateInVietnam(new Date(ms));
        expect(Date.parse(startOfDayInVietnam(day)) <= ms && ms < Date.parse(endOfDayInVietnam(day))).toBe(true);
      }),
    );
  });
});

describe('timeliness', () => {
  it('2025-12-20T18:00Z against 20 Dec 2025 is late: it is already 21 December in Vietnam', () => {
    const t = timeliness('2025-12-20T18:00:00Z', '2025-12-20');
    expect(t).toMatchObject({ status: 'late', submittedDate: '2025-12-21', lateByDays: 1, dueAt: '2025-12-20T17:00:00.000Z' });
    expect(t.explanation.en).toMatch(/Late by 1 day \(0 working days\)/);
  });

  it('2025-12-20T16:59:59Z (23:59:59 in Hà Nội) is on time; 17:00:00Z is not', () => {
    const t = timeliness('2025-12-20T16:59:59Z', '2025-12-20');
    expect(t).toMatchObject({ status: 'on-time', submittedDate: '2025-12-20' });
    expect(t.lateByDays).toBeUndefined();
    expect(timeliness('2025-12-20T17:00:00Z', '2025-12-20').status).toBe('late');
    expect(timeliness(new Date('2025-12-01T00:00:00Z'), { effectiveDate: '2025-12-20' }).status).toBe('on-time');
  });

  it('counts working days late across a weekend', () => {
    // due Friday 2025-12-19; submitted Monday 22nd → 3 days, 1 working day; Tuesday 23rd → 4 days, 2 working days
    expect(timeliness('2025-12-22T03:00:00Z', '2025-12-19')).toMatchObject({ status: 'late', lateByDays: 3, lateByWorkingDays: 1 });
    expect(timeliness('2025-12-23T03:00:00Z', '2025-12-19')).toMatchObject({ lateByDays: 4, lateByWorkingDays: 2 });
    // submitted on the Saturday: late by a day, but by no working day yet
    expect(timeliness('2025-12-20T03:00:00Z', '2025-12-19')).toMatchObject({ lateByDays: 1, lateByWorkingDays: 0 });
  });

  it('counts working days late across Tết, with the working calendar passed through', () => {
    // due Friday 24 Jan 2025; Tết 27–31 Jan; submitted Monday 3 Feb → 10 days, 1 working day
    expect(timeliness('2025-02-03T02:00:00Z', '2025-01-24')).toMatchObject({ lateByDays: 10, lateByWorkingDays: 1 });
    // with Saturday as a working day (weekend: [7]) Saturday 25 Jan and 1 Feb count
    expect(timeliness('2025-02-03T02:00:00Z', '2025-01-24', { weekend: [7] })).toMatchObject({ lateByWorkingDays: 3 });
  });

  it('locks at the lock instant, from the deadline or from an explicit option', () => {
    const deadline = { effectiveDate: '2025-12-19', lockAt: '2025-12-26T17:00:00.000Z' };
    expect(timeliness('2025-12-26T16:59:59Z', deadline).status).toBe('late');
    expect(timeliness('2025-12-26T17:00:00Z', deadline)).toMatchObject({ status: 'locked', lockAt: '2025-12-26T17:00:00.000Z', lateByDays: 8 });
    expect(timeliness('2025-12-22T03:00:00Z', '2025-12-19', { lockAt: '2025-12-21T00:00:00+07:00' }).status).toBe('locked');
    // an explicit lock overrides the deadline's
    expect(timeliness('2025-12-22T03:00:00Z', deadline, { lockAt: new Date('2025-12-30T00:00:00Z') }).status).toBe('late');
    // on time stays on time even with a lock
    expect(timeliness('2025-12-18T03:00:00Z', deadline).status).toBe('on-time');
  });

  it('rejects a malformed deadline with INVALID_DEADLINE', () => {
    let caught: unknown;
    try {
      timeliness('2025-12-18T03:00:00Z', '20/12/2025');
    } catch (error) {
      caught = error;
    }
    expect(isCoopError(caught, 'INVALID_DEADLINE')).toBe(true);
  });

  it('property: on time exactly when the Vietnamese submission date is not after the deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }), (ms) => {
        const t = timeliness(new Date(ms), '2025-12-20');
        expect(t.status === 'on-time').toBe(t.submittedDate <= '2025-12-20');
        if (t.status !== 'on-time') expect(t.lateByWorkingDays! <= t.lateByDays!).toBe(true);
      }),
    );
  });
});
