import { describe, expect, it } from 'vitest';
import { formatApplicationNumber } from './patent-number';
import { CHALLENGE_ACTIONS, CHALLENGE_STATUSES } from './techtransfer.codes';
import {
  acceptsProposals,
  availableChallengeActions,
  challengeTransition,
  checkParties,
  checkPatentRules,
  checkStatusChange,
  initialStatusEvents,
} from './techtransfer.rules';

const TODAY = '2024-06-30';
const number = (digits: string) => formatApplicationNumber(digits);

describe('patent rules', () => {
  it('accepts a consistent record', () => {
    expect(checkPatentRules({ applicationNumber: number('202210345678'), type: 'invention', filedOn: '2022-03-01', grantedOn: '2023-06-20', legalStatus: 'valid' }, TODAY)).toEqual([]);
  });

  it('checks the type digit against the declared type, naming both', () => {
    const issues = checkPatentRules({ applicationNumber: number('202230345678'), type: 'utility_model', filedOn: '2022-03-01', legalStatus: 'pending' }, TODAY);
    expect(issues).toEqual([{ path: 'type', message: 'patent.type_mismatch', params: { digit: '3', expected: 'design' } }]);
    // PCT entries: 8 is an invention, 9 a utility model.
    expect(checkPatentRules({ applicationNumber: number('202280345678'), type: 'invention', filedOn: '2021-11-01', legalStatus: 'pending' }, TODAY)).toEqual([]);
    expect(checkPatentRules({ applicationNumber: number('202290345678'), type: 'invention', filedOn: '2022-01-01', legalStatus: 'pending' }, TODAY)).toHaveLength(1);
  });

  it('checks the number year against the filing date, dates in order and status against grant', () => {
    const issues = checkPatentRules({ applicationNumber: number('202310345678'), type: 'invention', filedOn: '2022-12-31', grantedOn: '2022-01-01', legalStatus: 'pending' }, TODAY);
    expect(issues.map((i) => `${i.path}:${i.message}`)).toEqual(['filedOn:patent.year_mismatch', 'grantedOn:patent.granted_before_filed', 'legalStatus:patent.pending_but_granted']);
    expect(checkPatentRules({ applicationNumber: number('202410345678'), type: 'invention', filedOn: '2024-07-01', legalStatus: 'valid' }, TODAY).map((i) => i.message)).toEqual([
      'techtransfer.date_in_future',
      'patent.valid_needs_grant',
    ]);
    expect(checkPatentRules({ applicationNumber: number('202210345678'), type: 'invention', filedOn: '2022-03-01', grantedOn: '2023-01-01', legalStatus: 'lapsed', legalStatusOn: '2022-12-01' }, TODAY)).toEqual([
      { path: 'legalStatusOn', message: 'patent.status_before_history' },
    ]);
  });

  it('starts the history with filing, then grant, then lapse', () => {
    expect(
      initialStatusEvents({ applicationNumber: '', type: 'invention', filedOn: '2020-01-02', grantedOn: '2021-05-06', legalStatus: 'lapsed', legalStatusOn: '2023-07-08' }),
    ).toEqual([
      { status: 'pending', effectiveOn: '2020-01-02' },
      { status: 'valid', effectiveOn: '2021-05-06' },
      { status: 'lapsed', effectiveOn: '2023-07-08' },
    ]);
  });

  it('allows only pending → valid/lapsed, valid → lapsed and the restoration of a granted patent', () => {
    const current = { legalStatus: 'pending' as const, grantedOn: null, filedOn: '2022-01-01', lastEventOn: '2022-01-01' };
    expect(checkStatusChange(current, { status: 'valid', effectiveOn: '2023-01-01', grantedOn: '2023-01-01' }, TODAY)).toEqual([]);
    expect(checkStatusChange(current, { status: 'valid', effectiveOn: '2023-01-01' }, TODAY).map((i) => i.message)).toEqual(['patent.valid_needs_grant']);
    expect(checkStatusChange(current, { status: 'pending', effectiveOn: '2023-01-01' }, TODAY).map((i) => i.message)).toEqual(['patent.status_change_not_allowed']);
    const valid = { legalStatus: 'valid' as const, grantedOn: '2023-01-01', filedOn: '2022-01-01', lastEventOn: '2023-01-01' };
    expect(checkStatusChange(valid, { status: 'lapsed', effectiveOn: '2022-12-31' }, TODAY).map((i) => i.message)).toEqual(['patent.status_before_history']);
    expect(checkStatusChange({ ...valid, legalStatus: 'lapsed' }, { status: 'valid', effectiveOn: '2024-01-01' }, TODAY)).toEqual([]);
    expect(checkStatusChange({ ...current, legalStatus: 'lapsed' }, { status: 'valid', effectiveOn: '2024-01-01', grantedOn: '2024-01-01' }, TODAY).map((i) => i.message)).toEqual([
      'patent.restore_needs_grant',
    ]);
  });

  it('wants each party to be an organisation or a name, once', () => {
    expect(checkParties([{ organisationId: 'a' }, { name: '昆明理工大学' }], 'owners')).toEqual([]);
    expect(checkParties([{ organisationId: 'a', name: 'x' }, {}, { organisationId: 'a' }], 'owners').map((i) => `${i.path}:${i.message}`)).toEqual([
      'owners.0:techtransfer.party_org_or_name',
      'owners.1:techtransfer.party_org_or_name',
      'owners.2:techtransfer.party_duplicate',
    ]);
  });
});

describe('揭榜挂帅 challenge flow', () => {
  it('allows only the listed transitions, each by its actor', () => {
    expect(challengeTransition('draft', 'publish', 'owner')).toEqual({ ok: true, to: 'open' });
    expect(challengeTransition('open', 'close', 'operator')).toEqual({ ok: true, to: 'reviewing' });
    expect(challengeTransition('reviewing', 'select', 'owner')).toEqual({ ok: true, to: 'award_pending' });
    expect(challengeTransition('reviewing', 'select', 'operator')).toEqual({ ok: false, reason: 'actor' });
    expect(challengeTransition('award_pending', 'confirm', 'owner')).toEqual({ ok: false, reason: 'actor' });
    expect(challengeTransition('award_pending', 'confirm', 'operator')).toEqual({ ok: true, to: 'awarded' });
    expect(challengeTransition('award_pending', 'return', 'operator')).toEqual({ ok: true, to: 'reviewing' });
    expect(challengeTransition('awarded', 'contract', 'owner')).toEqual({ ok: true, to: 'contracted' });
    expect(challengeTransition('awarded', 'cancel', 'operator')).toEqual({ ok: false, reason: 'status' });
    expect(challengeTransition('draft', 'close', 'owner')).toEqual({ ok: false, reason: 'status' });
  });

  it('ends in contracted or cancelled, from which nothing moves', () => {
    for (const status of ['contracted', 'cancelled'] as const) {
      for (const action of CHALLENGE_ACTIONS) for (const actor of ['owner', 'operator'] as const) expect(challengeTransition(status, action, actor).ok).toBe(false);
    }
    // Every other status has a way forward for someone.
    for (const status of CHALLENGE_STATUSES.filter((s) => s !== 'contracted' && s !== 'cancelled')) {
      expect([...availableChallengeActions(status, 'owner'), ...availableChallengeActions(status, 'operator')].length).toBeGreaterThan(0);
    }
    expect(availableChallengeActions('open', 'owner')).toEqual(['close', 'cancel']);
    expect(availableChallengeActions('award_pending', 'owner')).toEqual([]);
    expect(availableChallengeActions('award_pending', 'operator')).toEqual(['confirm', 'return']);
  });

  it('takes proposals while open, up to and including the deadline day', () => {
    expect(acceptsProposals({ status: 'open', deadline: '2024-06-30' }, '2024-06-30')).toBe(true);
    expect(acceptsProposals({ status: 'open', deadline: '2024-06-29' }, '2024-06-30')).toBe(false);
    expect(acceptsProposals({ status: 'reviewing', deadline: '2024-07-30' }, '2024-06-30')).toBe(false);
  });
});
