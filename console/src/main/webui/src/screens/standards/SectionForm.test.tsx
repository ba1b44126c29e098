import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { Fields, type FormContext } from './SectionForm';
import { SECTION_BY_KEY } from '../../logic/standards/schema';
import { getAt, setAt, toForm } from '../../logic/standards/form';
import type { Catalogue, JsonObject } from '../../types/standards';

afterEach(cleanup);

const catalogue: Catalogue = { approvers: { rules: [{ channel: 'facebook', riskLevel: 'normal', steps: [
  { name: 'Brand review', approvers: [{ kind: 'role', id: 'approver' }], required: 1, remindAfter: 'PT4H',
    escalateAfter: 'PT8H', escalateTo: [{ kind: 'role', id: 'manager' }] },
  { name: 'Client sign-off', approvers: [{ kind: 'external', id: 'any' }], required: 1 },
] }] } };

let latest: Catalogue = {};

function Section1() {
  const [form, setForm] = useState<Catalogue>(toForm(catalogue));
  latest = form;
  const ctx: FormContext = { readOnly: false, errors: {},
    change: (path, value) => setForm((f) => setAt(f, path, value) as Catalogue) };
  return (
    <MantineProvider>
      <Fields fields={SECTION_BY_KEY.approvers.fields} value={form.approvers as JsonObject} path={['approvers']} ctx={ctx} />
    </MantineProvider>
  );
}

const names = () => (getAt(latest, ['approvers', 'rules', 0, 'steps']) as JsonObject[]).map((s) => s.name);

describe('section 1 form', () => {
  it('moves steps with labelled buttons and shows durations as amount and unit', () => {
    render(<Section1 />);
    expect(screen.getByRole('button', { name: /Move Step 1: Brand review .* up/ })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: /Move Step 2: Client sign-off .* up/ }));
    expect(names()).toEqual(['Client sign-off', 'Brand review']);
    const review = screen.getByRole('group', { name: /Step 2: Brand review/ });
    expect(within(review).getByLabelText('Remind after')).toHaveProperty('value', '4');
    expect(within(review).getByLabelText('Remind after: unit')).toHaveProperty('value', 'hours');
    fireEvent.change(within(review).getByLabelText('Escalate after: unit'), { target: { value: 'days' } });
    expect(getAt(latest, ['approvers', 'rules', 0, 'steps', 1, 'escalateAfter'])).toBe('P8D');
  }, 60_000);

  it('keeps "all" when an approver is added and offers N of M', () => {
    render(<Section1 />);
    const review = screen.getByRole('group', { name: /Step 1: Brand review/ });
    fireEvent.click(within(review).getByRole('button', { name: 'Add approver' }));
    const must = within(review).getByLabelText('Must approve') as HTMLSelectElement;
    expect([...must.options].map((o) => o.text)).toEqual(['Any one', 'All 2']);
    fireEvent.change(must, { target: { value: '2' } });
    fireEvent.click(within(review).getByRole('button', { name: 'Add approver' }));
    expect(getAt(latest, ['approvers', 'rules', 0, 'steps', 0, 'required'])).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: /Remove Step 2/ }));
    expect(names()).toEqual(['Brand review']);
  }, 60_000);
});

describe('section 9 form', () => {
  function Section9() {
    const [form, setForm] = useState<Catalogue>(toForm({ responseTargets: { defaultMinutes: 60, timeZone: 'Europe/Warsaw',
      targets: [], hours: { mode: 'always', days: [] }, holidays: [] } } as unknown as Catalogue));
    latest = form;
    const ctx: FormContext = { readOnly: false, errors: {},
      change: (path, value) => setForm((f) => setAt(f, path, value) as Catalogue) };
    return (
      <MantineProvider>
        <Fields fields={SECTION_BY_KEY.responseTargets.fields} value={form.responseTargets as JsonObject}
          path={['responseTargets']} ctx={ctx} />
      </MantineProvider>
    );
  }

  it('keeps a target typed as 0 as 0 and says beside the field that it cannot be', () => {
    render(<Section9 />);
    const field = screen.getByLabelText('Default target (minutes)') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.blur(field);
    expect(field.value).toBe('0');
    expect(getAt(latest, ['responseTargets', 'defaultMinutes'])).toBe(0);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be between 1 and 43,200, not 0')).toBeTruthy();
  }, 60_000);
});
