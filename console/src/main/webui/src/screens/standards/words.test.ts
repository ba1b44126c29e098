import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { formatFor, type Language } from '../../i18n/locale';
import { diffCatalogues, diffGroups } from '../../logic/standards/diff';
import { toForm } from '../../logic/standards/form';
import { type T, type Words, changeWords, describeKey, groupTitle } from './words';

const words = (language: Language): Words =>
  ({ t: i18n.getFixedT(language, 'standards') as unknown as T, format: formatFor(language) });

const targets = (minutes: number) => ({ responseTargets: { defaultMinutes: 60, timeZone: 'Europe/Warsaw', holidays: [],
  hours: { mode: 'always', days: [] },
  targets: [{ channel: 'instagram', momentOfTruth: 'resolution', priority: 'high', minutes: 240 },
    { channel: 'facebook', momentOfTruth: 'first-response', priority: 'normal', minutes }] } });

/** The sentences saying what changed from one catalogue to the other, in a language. */
function sentences(language: Language, before: object, after: object): string[] {
  const groups = diffGroups(diffCatalogues(before as never, after as never), [after as never, before as never]);
  return groups.flatMap((g) => g.rows.map((r) => changeWords(words(language), r).sentence));
}

describe('changes in the user’s words', () => {
  it('names a response target by its channel, moment and priority, and writes minutes as a length of time', () => {
    expect(sentences('en', targets(30), targets(15))).toEqual(['Facebook · first response · normal: 30 mins → 15 mins']);
    expect(sentences('pl', targets(30), targets(15))).toEqual(['Facebook · pierwsza odpowiedź · normalny: 30 min → 15 min']);
    expect(sentences('en', targets(30), targets(90))).toEqual(['Facebook · first response · normal: 30 mins → 1 hr 30 mins']);
    const ru = sentences('ru', targets(30), targets(15))[0];
    expect(ru).toMatch(/^Facebook · первый ответ · обычный: 30 мин\.? → 15 мин\.?$/);
  });

  it('titles the group by the section in the user’s language, and a channel’s override by the channel', () => {
    const [g] = diffGroups([{ path: 'responseTargets.defaultMinutes', before: 60, after: 45 }]);
    expect(groupTitle(words('en'), g)).toBe('9 · Response times');
    expect(groupTitle(words('el'), g)).toBe('9 · Χρόνοι απόκρισης');
    const [o] = diffGroups([{ path: 'overrides.instagram.content.forbidden[0].severity', before: 'warn', after: 'block' }]);
    expect(groupTitle(words('en'), o)).toBe('4 · Content — on Instagram');
    expect(changeWords(words('pl'), o.rows[0]).sentence).toBe('Zakazane określenia › Termin 1 › Waga: ostrzeżenie → blokada');
  });

  it('writes an added term with its parts named and its language in the reader’s language', () => {
    const [g] = diffGroups([{ path: 'content.forbidden[1]', before: null,
      after: { id: 'no-promise', phrase: 'obiecujemy', language: 'pl', severity: 'warn', explanation: 'Nie obiecujemy' } }]);
    const en = changeWords(words('en'), g.rows[0]);
    expect(en.label).toBe('Forbidden terms › Term “obiecujemy”');
    expect(en.after).toBe('Id: no-promise; Phrase: obiecujemy; Language: Polish; Severity: warn; Why: Nie obiecujemy');
    expect(en.sentence).toBe(`Forbidden terms › Term “obiecujemy”: added — ${en.after}`);
    expect(changeWords(words('pl'), g.rows[0]).after)
      .toBe('Identyfikator: no-promise; Wyrażenie: obiecujemy; Język: polski; Waga: ostrzeżenie; Dlaczego: Nie obiecujemy');
  });

  it('writes switches, removed words and step durations readably', () => {
    const groups = diffGroups([
      { path: 'engagement.mayShare', before: true, after: false },
      { path: 'links.ownDomains[1]', before: 'old.example', after: null },
      { path: 'approvers.rules[0].steps[0].remindAfter', before: 'PT4H', after: 'P1D' },
    ], [{ approvers: { rules: [{ riskLevel: 'normal', steps: [{ name: 'Brand review', approvers: [{ kind: 'role',
      id: 'approver' }], required: 1 }] }] } }]);
    const en = groups.flatMap((g) => g.rows.map((r) => changeWords(words('en'), r).sentence));
    expect(en).toEqual([
      'Approval rules › Rule 1: normal risk, every type on every channel › Steps, in order › Step 1: Brand review '
        + '(the approver) › Remind after: 4 hours → 1 day',
      'Own domains: removed (was old.example)',
      'May share: yes → no',
    ]);
    expect(changeWords(words('pl'), groups[2].rows[0]).sentence).toBe('Może udostępniać: tak → nie');
  });

  it('names a refused field by its section and its place in the form', () => {
    const form = toForm(targets(0) as never);
    expect(describeKey(words('en'), 'responseTargets.targets.1.minutes', form))
      .toBe('9 · Response times: Facebook · first response · normal');
    expect(describeKey(words('en'), 'content.forbidden.0.id')).toBe('4 · Content: Forbidden terms › Term 1 › Id');
  });
});
