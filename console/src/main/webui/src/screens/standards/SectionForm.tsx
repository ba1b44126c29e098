import { ActionIcon, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Stack, Switch, Table, TagsInput, Text,
  TextInput, VisuallyHidden } from '@mantine/core';
import type { Json, JsonObject } from '../../types/standards';
import type { Field } from '../../logic/standards/schema';
import { type Path, keyOf, newItem } from '../../logic/standards/form';

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

/** The inputs of a section (or a group, or one list entry): one per field of the schema. */
export function Fields({ fields, value, path, ctx, labelFor }: {
  fields: Field[]; value: JsonObject; path: Path; ctx: FormContext;
  /** In a table row the column header is the visible label; the input is named with the row's title. */
  labelFor?: (f: Field) => string;
}) {
  return (
    <>
      {fields.map((f) => (
        <FieldInput key={f.key} field={f} value={value?.[f.key] ?? null} path={[...path, f.key]} ctx={ctx}
          ariaLabel={labelFor?.(f)} />
      ))}
    </>
  );
}

function FieldInput({ field, value, path, ctx, ariaLabel }: {
  field: Field; value: Json; path: Path; ctx: FormContext; ariaLabel?: string;
}) {
  const error = errorOf(ctx, path);
  const label = ariaLabel ? undefined : field.label;
  const common = { label, 'aria-label': ariaLabel, error, 'data-field': keyOf(path) };
  switch (field.kind) {
    case 'text':
    case 'time':
      return (
        <TextInput {...common} type={field.kind === 'time' ? 'time' : 'text'} readOnly={ctx.readOnly}
          value={typeof value === 'string' ? value : ''} placeholder={field.kind === 'text' ? field.placeholder : undefined}
          maw={field.kind === 'text' ? field.width : 140} onChange={(e) => ctx.change(path, e.currentTarget.value)} />
      );
    case 'number':
      return (
        <NumberInput {...common} readOnly={ctx.readOnly} min={field.min} max={field.max} allowDecimal={!!field.decimals}
          decimalScale={field.decimals ? 3 : 0} value={typeof value === 'number' ? value : ''} maw={ariaLabel ? 140 : 320}
          onChange={(v) => ctx.change(path, v === '' || v === null ? null : Number(v))} />
      );
    case 'toggle':
      return (
        <Switch {...common} label={ariaLabel ? undefined : field.label} checked={value === true}
          disabled={ctx.readOnly} color="indigo.8" onChange={(e) => ctx.change(path, e.currentTarget.checked)} />
      );
    case 'select': {
      const data = [...(field.optional ? [{ value: '', label: field.anyLabel ?? '(none)' }] : []),
        ...field.options.map((o) => ({ value: o, label: field.names?.[o] ?? o }))];
      const v = typeof value === 'string' ? value : '';
      return (
        <NativeSelect {...common} data={data} value={v} disabled={ctx.readOnly} maw={ariaLabel ? 200 : 280}
          onChange={(e) => ctx.change(path, e.currentTarget.value)} />
      );
    }
    case 'multi': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Checkbox.Group label={field.label} value={chosen} error={error} data-field={keyOf(path)}
          onChange={(v) => !ctx.readOnly && ctx.change(path, field.options.filter((o) => v.includes(o)))}>
          <Group gap="sm" mt={4}>
            {field.options.map((o) => <Checkbox key={o} value={o} label={o} disabled={ctx.readOnly} color="indigo.8" />)}
          </Group>
        </Checkbox.Group>
      );
    }
    case 'tags':
      return (
        <TagsInput {...common} readOnly={ctx.readOnly} value={Array.isArray(value) ? (value as string[]) : []}
          placeholder={ctx.readOnly ? undefined : (field.placeholder ?? 'type, then Enter')} clearable={!ctx.readOnly}
          onChange={(v) => ctx.change(path, v)} />
      );
    case 'group':
      return (
        <Fieldset legend={field.label} data-field={keyOf(path)}>
          <Stack gap="xs">
            {error && <Text c="red.9" size="sm">{error}</Text>}
            <Fields fields={field.fields} value={(value ?? {}) as JsonObject} path={path} ctx={ctx} />
          </Stack>
        </Fieldset>
      );
    case 'list':
      return <ListInput field={field} value={Array.isArray(value) ? (value as JsonObject[]) : []} path={path} ctx={ctx} />;
  }
}

function ListInput({ field, value, path, ctx }: {
  field: Extract<Field, { kind: 'list' }>; value: JsonObject[]; path: Path; ctx: FormContext;
}) {
  const error = errorOf(ctx, path);
  const title = (item: JsonObject, i: number) => field.title?.(item, i) ?? `${field.item} ${i + 1}`;
  const add = (
    !ctx.readOnly && (
      <Group>
        <Button variant="outline" size="xs" color="indigo.8"
          onClick={() => ctx.change([...path, value.length], newItem(field))}>
          Add {field.item.toLowerCase()}
        </Button>
      </Group>
    )
  );
  const remove = (item: JsonObject, i: number) => !ctx.readOnly && (
    <ActionIcon variant="subtle" color="red.9" aria-label={`Remove ${title(item, i)}`}
      onClick={() => ctx.change([...path, i], undefined)}>✕</ActionIcon>
  );
  return (
    <Stack gap="xs" data-field={keyOf(path)}>
      <Text fw={600} size="sm">{field.label}</Text>
      {error && <Text c="red.9" size="sm">{error}</Text>}
      {value.length === 0 && <Text size="sm" c="gray.8">None.</Text>}
      {field.table && value.length > 0 ? (
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              {field.fields.map((f) => <Table.Th key={f.key}>{f.label}</Table.Th>)}
              {!ctx.readOnly && <Table.Th><VisuallyHidden>Remove</VisuallyHidden></Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.map((item, i) => (
              <Table.Tr key={i} data-testid={`item-${keyOf([...path, i])}`}>
                {field.fields.map((f) => (
                  <Table.Td key={f.key}>
                    <FieldInput field={f} value={item[f.key] ?? null} path={[...path, i, f.key]} ctx={ctx}
                      ariaLabel={`${f.label} for ${title(item, i)}`} />
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
              {remove(item, i)}
            </Group>
          </Fieldset>
        ))
      )}
      {add}
    </Stack>
  );
}
