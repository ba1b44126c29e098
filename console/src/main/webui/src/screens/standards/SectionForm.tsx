import { ActionIcon, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Stack, Switch, Table, TagsInput, Text,
  TextInput, VisuallyHidden } from '@mantine/core';
import type { Json, JsonObject } from '../../types/standards';
import type { Field } from '../../logic/standards/schema';
import { type Path, keyOf, moveItem, newItem } from '../../logic/standards/form';
import { DURATION_UNITS, type DurationUnit, formatDuration, parseDuration, quorumOptions, requiredAfter }
  from '../../logic/standards/approvals';
import { useState } from 'react';
import { type Words, chainOf, fieldLabel, itemTitle, optionName, quorumName, useStandardsWords } from './words';

export interface FormContext {
  /** Read only (agents, editors): inputs show the values and change nothing. */
  readOnly: boolean;
  /** The 422's messages by form key. */
  errors: Record<string, string[]>;
  change: (path: Path, value: Json | undefined) => void;
}

const errorOf = (ctx: FormContext, path: Path) => {
  const messages = ctx.errors[keyOf(path)];
  return messages?.length ? messages.join('; ') : undefined;
};

/**
 * A number outside its range, said beside the field as it is typed. The input never changes what was typed (a
 * target typed as 0 once became 1 minute on leaving the field, silently); the service refuses it on save too.
 */
export function rangeError(w: Words, value: Json, min: number, max: number): string | undefined {
  if (typeof value !== 'number') return undefined;
  return value < min || value > max
    ? w.t('error.range', { min: w.format.number(min), max: w.format.number(max), value: w.format.number(value) })
    : undefined;
}

/** The inputs of a section (or a group, or one list entry): one per field of the schema. */
export function Fields({ fields, value, path, ctx }: {
  fields: Field[]; value: JsonObject; path: Path; ctx: FormContext;
}) {
  // A list that a sibling "how many must approve" counts: adding or removing keeps "all" meaning all.
  const countedBy = (f: Field) => fields.find((q) => q.kind === 'quorum' && q.of === f.key);
  return (
    <>
      {fields.map((f) => {
        const quorum = f.kind === 'list' ? countedBy(f) : undefined;
        const onCount = quorum ? (before: number, after: number) =>
          ctx.change([...path, quorum.key], requiredAfter(value?.[quorum.key], before, after)) : undefined;
        return (
          <FieldInput key={f.key} field={f} value={value?.[f.key] ?? null} path={[...path, f.key]} ctx={ctx}
            parent={value} onCount={onCount} />
        );
      })}
    </>
  );
}

function DurationInput({ field, value, path, ctx, ariaLabel, error }: {
  field: Extract<Field, { kind: 'duration' }>; value: Json; path: Path; ctx: FormContext; ariaLabel?: string;
  error?: string;
}) {
  const w = useStandardsWords();
  const iso = typeof value === 'string' ? value : '';
  const parsed = parseDuration(iso);
  const [unit, setUnit] = useState<DurationUnit>(parsed ? parsed.unit : 'hours');
  const shownUnit = parsed ? parsed.unit : unit;
  const maxAmount = shownUnit === 'days' ? 30 : shownUnit === 'hours' ? 720 : 43200;
  const label = fieldLabel(w, chainOf(path));
  const name = ariaLabel ?? label;
  return (
    <Group gap={4} align="end" data-field={keyOf(path)}>
      <NumberInput label={ariaLabel ? undefined : label} aria-label={ariaLabel} readOnly={ctx.readOnly}
        min={1} max={maxAmount} clampBehavior="none" allowDecimal={false} allowNegative={false}
        value={parsed ? parsed.amount : ''} placeholder={w.t('value.never')} maw={110}
        error={error ?? rangeError(w, parsed ? parsed.amount : null, 1, maxAmount)}
        description={parsed === undefined ? w.t('form.storedAs', { value: iso }) : undefined}
        onChange={(v) => ctx.change(path, formatDuration(v === '' || v === null ? null : Number(v), shownUnit))} />
      <NativeSelect aria-label={w.t('form.unitOf', { field: name })} disabled={ctx.readOnly} value={shownUnit} maw={130}
        data={DURATION_UNITS.map((u) => ({ value: u, label: w.t(`form.unit.${u}`) }))}
        onChange={(e) => {
          const next = e.currentTarget.value as DurationUnit;
          setUnit(next);
          if (parsed) ctx.change(path, formatDuration(parsed.amount, next));
        }} />
    </Group>
  );
}

function FieldInput({ field, value, path, ctx, ariaLabel, parent, onCount }: {
  field: Field; value: Json; path: Path; ctx: FormContext; ariaLabel?: string; parent?: JsonObject;
  onCount?: (before: number, after: number) => void;
}) {
  const w = useStandardsWords();
  const error = errorOf(ctx, path);
  const chain = chainOf(path);
  const fullLabel = fieldLabel(w, chain);
  const label = ariaLabel ? undefined : fullLabel;
  const common = { label, 'aria-label': ariaLabel, error, 'data-field': keyOf(path) };
  switch (field.kind) {
    case 'text':
    case 'time':
      return (
        <TextInput {...common} type={field.kind === 'time' ? 'time' : 'text'} readOnly={ctx.readOnly}
          value={typeof value === 'string' ? value : ''} placeholder={field.kind === 'text' ? field.example : undefined}
          maw={field.kind === 'text' ? field.width : 140} onChange={(e) => ctx.change(path, e.currentTarget.value)} />
      );
    case 'number':
      return (
        <NumberInput {...common} error={error ?? rangeError(w, value, field.min, field.max)} clampBehavior="none"
          readOnly={ctx.readOnly} min={field.min} max={field.max} allowDecimal={!!field.decimals}
          decimalScale={field.decimals ? 3 : 0} value={typeof value === 'number' ? value : ''} maw={ariaLabel ? 140 : 320}
          onChange={(v) => ctx.change(path, v === '' || v === null ? null : Number(v))} />
      );
    case 'duration':
      return <DurationInput field={field} value={value} path={path} ctx={ctx} ariaLabel={ariaLabel} error={error} />;
    case 'quorum': {
      const listed = parent?.[field.of];
      const options = quorumOptions(Array.isArray(listed) ? listed.length : 0);
      return (
        <NativeSelect {...common} disabled={ctx.readOnly} maw={200} value={String(typeof value === 'number' ? value : 1)}
          data={options.map((o) => ({ value: String(o.value), label: quorumName(w, o) }))}
          onChange={(e) => ctx.change(path, Number(e.currentTarget.value))} />
      );
    }
    case 'toggle':
      return (
        <Switch {...common} label={label} checked={value === true}
          disabled={ctx.readOnly} color="indigo.8" onChange={(e) => ctx.change(path, e.currentTarget.checked)} />
      );
    case 'select': {
      const data = [...(field.optional ? [{ value: '', label: w.t(`any.${chain}`) }] : []),
        ...field.options.map((o) => ({ value: o, label: optionName(w, field, o) }))];
      const v = typeof value === 'string' ? value : '';
      return (
        <NativeSelect {...common} data={data} value={v} disabled={ctx.readOnly} maw={ariaLabel ? 200 : 280}
          onChange={(e) => ctx.change(path, e.currentTarget.value)} />
      );
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Checkbox.Group label={fullLabel} value={chosen} error={error} data-field={keyOf(path)}
          onChange={(v) => !ctx.readOnly && ctx.change(path, field.options.filter((o) => v.includes(o)))}>
          <Group gap="sm" mt={4}>
            {field.options.map((o) => <Checkbox key={o} value={o} label={optionName(w, field, o)} disabled={ctx.readOnly} color="indigo.8" />)}
          </Group>
        </Checkbox.Group>
      );
    }
    case 'tags':
      return (
        <TagsInput {...common} readOnly={ctx.readOnly} value={Array.isArray(value) ? (value as string[]) : []}
          placeholder={ctx.readOnly ? undefined : (field.example ?? w.t('form.tagsPlaceholder'))} clearable={!ctx.readOnly}
          onChange={(v) => ctx.change(path, v)} />
      );
    case 'group':
      return (
        <Fieldset legend={fullLabel} data-field={keyOf(path)}>
          <Stack gap="xs">
            {error && <Text c="red.9" size="sm">{error}</Text>}
            <Fields fields={field.fields} value={(value ?? {}) as JsonObject} path={path} ctx={ctx} />
          </Stack>
        </Fieldset>
      );
    case 'list':
      return <ListInput field={field} value={Array.isArray(value) ? (value as JsonObject[]) : []} path={path} ctx={ctx}
        onCount={onCount} />;
  }
}

function ListInput({ field, value, path, ctx, onCount }: {
  field: Extract<Field, { kind: 'list' }>; value: JsonObject[]; path: Path; ctx: FormContext;
  onCount?: (before: number, after: number) => void;
}) {
  const w = useStandardsWords();
  const error = errorOf(ctx, path);
  const chain = chainOf(path);
  const title = (item: JsonObject, i: number) => itemTitle(w, field, chain, item, i);
  const add = (
    !ctx.readOnly && (
      <Group>
        <Button variant="outline" size="xs" color="indigo.8"
          onClick={() => { ctx.change([...path, value.length], newItem(field)); onCount?.(value.length, value.length + 1); }}>
          {w.t(`add.${chain}`)}
        </Button>
      </Group>
    )
  );
  const remove = (item: JsonObject, i: number) => !ctx.readOnly && (
    <ActionIcon variant="subtle" color="red.9" aria-label={w.t('form.remove', { item: title(item, i) })}
      onClick={() => { ctx.change([...path, i], undefined); onCount?.(value.length, value.length - 1); }}>✕</ActionIcon>
  );
  const move = (item: JsonObject, i: number) => field.reorderable && !ctx.readOnly && (
    <Group gap={2}>
      <ActionIcon variant="subtle" color="indigo.8" aria-label={w.t('form.moveUp', { item: title(item, i) })} disabled={i === 0}
        onClick={() => ctx.change(path, moveItem(value, i, i - 1))}>↑</ActionIcon>
      <ActionIcon variant="subtle" color="indigo.8" aria-label={w.t('form.moveDown', { item: title(item, i) })}
        disabled={i === value.length - 1} onClick={() => ctx.change(path, moveItem(value, i, i + 1))}>↓</ActionIcon>
    </Group>
  );
  return (
    <Stack gap="xs" data-field={keyOf(path)} w={field.reorderable ? '100%' : undefined}>
      <Text fw={600} size="sm">{fieldLabel(w, chain)}</Text>
      {error && <Text c="red.9" size="sm">{error}</Text>}
      {value.length === 0 && <Text size="sm" c="gray.8">{field.explainEmpty ? w.t(`empty.${chain}`) : w.t('form.none')}</Text>}
      {field.table && value.length > 0 ? (
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              {field.fields.map((f) => <Table.Th key={f.key}>{fieldLabel(w, `${chain}/${f.key}`)}</Table.Th>)}
              {!ctx.readOnly && <Table.Th><VisuallyHidden>{w.t('form.removeColumn')}</VisuallyHidden></Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.map((item, i) => (
              <Table.Tr key={i} data-testid={`item-${keyOf([...path, i])}`}>
                {field.fields.map((f) => (
                  <Table.Td key={f.key}>
                    <FieldInput field={f} value={item[f.key] ?? null} path={[...path, i, f.key]} ctx={ctx}
                      ariaLabel={w.t('form.fieldFor', { field: fieldLabel(w, `${chain}/${f.key}`), item: title(item, i) })} />
                  </Table.Td>
                ))}
                {!ctx.readOnly && <Table.Td>{remove(item, i)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        value.map((item, i) => (
          <Fieldset key={i} legend={title(item, i)} data-testid={`item-${keyOf([...path, i])}`}>
            <Group align="start" gap="sm" wrap="wrap">
              <Fields fields={field.fields} value={item} path={[...path, i]} ctx={ctx} />
              {move(item, i)}
              {remove(item, i)}
            </Group>
          </Fieldset>
        ))
      )}
      {add}
    </Stack>
  );
}
