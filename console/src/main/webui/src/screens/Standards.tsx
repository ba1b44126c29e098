import { type CSSProperties, useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, List, NativeSelect, NavLink, Paper, Select, Stack, Tabs, Text, TextInput,
  Title } from '@mantine/core';
import { ApiError, get, send } from '../api';
import type { Catalogue, CatalogueHistory, CatalogueVersion, Json, JsonObject } from '../types/standards';
import { type Me, canEditStandards } from '../logic/navigation';
import { CHANNELS, SECTIONS, SECTION_BY_KEY } from '../logic/standards/schema';
import { type Path, fillSection, getAt, setAt, toCatalogue, toForm, validateSave } from '../logic/standards/form';
import { errorCount, errorsByKey } from '../logic/standards/errors';
import { approvalProblems } from '../logic/standards/approvals';
import { describePath } from '../logic/standards/diff';
import { conflictMessage, describeVersion } from '../logic/standards/history';
import { Fields, type FormContext } from './standards/SectionForm';
import { History } from './standards/History';

const fmt = (iso: string) => new Date(iso).toLocaleString();

/**
 * The brand's standards: the nine sections of the catalogue as forms (with per-channel overrides of
 * sections 1-8), saved as a new version with a comment and an optional effective-from; the history, the
 * diff between any two versions and the roll-back. Read only for agents and editors.
 */
export function StandardsScreen({ me }: { me: Me }) {
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const [loaded, setLoaded] = useState<CatalogueVersion | null>(null);
  const [form, setForm] = useState<Catalogue | null>(null);
  const [tab, setTab] = useState<string | null>('sections');
  const [sectionKey, setSectionKey] = useState('approvers');
  const [channel, setChannel] = useState('');
  const [comment, setComment] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const [compareRequest, setCompareRequest] = useState<{ from: number; to: number } | null>(null);
  const editable = canEditStandards(me);
  const base = brand ? `/api/v1/brands/${encodeURIComponent(brand)}/standards` : null;

  const show = useCallback((v: CatalogueVersion) => {
    setLoaded(v);
    setForm(toForm(v.catalogue));
    setErrors({});
    setConflict(null);
    setProblem(null);
  }, []);

  const load = useCallback(() => {
    if (!base) return;
    get<CatalogueVersion>(base)
      .then(({ body }) => show(body))
      .catch((e: ApiError) => setProblem(e.message));
  }, [base, show]);
  useEffect(load, [load]);

  const original = useMemo(() => (loaded ? toForm(loaded.catalogue) : null), [loaded]);
  const changedSections = useMemo(() => {
    if (!form || !original) return new Set<string>();
    return new Set(SECTIONS.filter((s) => JSON.stringify(form[s.key]) !== JSON.stringify(original[s.key])
      || JSON.stringify(collectOverrides(form, s.key)) !== JSON.stringify(collectOverrides(original, s.key)))
      .map((s) => s.key));
  }, [form, original]);

  const section = SECTION_BY_KEY[sectionKey];
  const overrideChannels = form ? Object.keys((form.overrides ?? {}) as JsonObject)
    .filter((c) => getAt(form, ['overrides', c, sectionKey]) != null) : [];
  const activeChannel = section.overridable && overrideChannels.includes(channel) ? channel : '';
  const sectionPath: Path = activeChannel ? ['overrides', activeChannel, sectionKey] : [sectionKey];

  const ctx: FormContext = {
    readOnly: !editable,
    errors,
    change: (path, value) => setForm((f) => (f ? (setAt(f, path, value) as Catalogue) : f)),
  };

  const saveProblems = validateSave(comment, effectiveFrom, new Date());
  const save = async () => {
    setTouched(true);
    if (!base || !form || !loaded || Object.keys(saveProblems).length > 0) return;
    const steps = approvalProblems(form);
    if (Object.keys(steps).length > 0) {
      setErrors(steps);
      setProblem('Some approval steps need a look before saving.');
      const first = Object.keys(steps)[0].split('.');
      setSectionKey('approvers');
      setChannel(first[0] === 'overrides' ? first[1] : '');
      return;
    }
    setSaving(true);
    setSaved(null);
    setProblem(null);
    setConflict(null);
    try {
      const body = { comment, effectiveFrom: effectiveFrom ? new Date(effectiveFrom).toISOString() : undefined,
        catalogue: toCatalogue(form) };
      const { body: v } = await send<CatalogueVersion>('PUT', base, body, { 'If-Match': `"${loaded.latestVersion}"` });
      const scheduled = v.status === 'scheduled';
      setSaved(`Saved as version ${v.version}${scheduled ? `, in force from ${fmt(v.effectiveFrom!)}` : ''}.`);
      setComment('');
      setEffectiveFrom('');
      setTouched(false);
      setHistoryKey((k) => k + 1);
      if (scheduled) {
        setLoaded({ ...loaded, latestVersion: v.version });
      } else {
        show(v);
      }
    } catch (e) {
      const p = (e as ApiError).problem;
      if (p.status === 412 || p.status === 409) {
        const history = await get<CatalogueHistory>(`${base}/versions`).then((r) => r.body).catch(() => null);
        const newest = history?.versions[0] ?? null;
        setConflict(conflictMessage(p.status, loaded.latestVersion, newest, fmt));
        if (newest) setCompareRequest({ from: loaded.latestVersion, to: newest.version });
      } else if (p.status === 422 && p.errors?.length) {
        const byKey = errorsByKey(p.errors);
        setErrors(byKey);
        setProblem(p.detail ?? 'Some fields are invalid.');
        const first = Object.keys(byKey).find((k) => k !== 'comment' && k !== 'effectiveFrom');
        if (first) {
          const parts = first.split('.');
          const sec = parts[0] === 'overrides' ? parts[2] : parts[0];
          if (SECTION_BY_KEY[sec]) {
            setSectionKey(sec);
            setChannel(parts[0] === 'overrides' ? parts[1] : '');
          }
        }
      } else {
        setProblem((e as ApiError).message);
      }
    } finally {
      setSaving(false);
    }
  };

  const addOverride = (c: string) => {
    if (!form || !c) return;
    setForm(setAt(form, ['overrides', c, sectionKey], fillSection(sectionKey, form[sectionKey])) as Catalogue);
    setChannel(c);
  };

  const errorList = Object.entries(errors).filter(([k]) => k !== '');

  return (
    // Mantine's error red (#fa5252) is 3.3:1 on white; this screen's messages use a darker red (6.5:1).
    <Stack style={{ '--mantine-color-error': '#b3261e' } as CSSProperties}>
      <Title order={2}>Standards</Title>
      <Group align="end">
        <Select label="Brand" data={me.brands} value={brand} onChange={setBrand} allowDeselect={false} w={180} />
        {loaded && (
          <Text size="sm" c="gray.8" data-testid="standards-version">{describeVersion(loaded, fmt)}</Text>
        )}
      </Group>
      {!editable && (
        <Alert color="gray" variant="outline" title="Read only" data-testid="read-only">
          <Text size="sm" c="gray.9">You can read the brand’s standards and their history; managers and admins change them.</Text>
        </Alert>
      )}
      {conflict && (
        <Alert color="orange" title="Changed by someone else" role="alert" data-testid="conflict">
          <Text size="sm" c="gray.9">{conflict}</Text>
          <Group mt="xs">
            <Button variant="default" size="xs" onClick={() => setTab('history')}>See what they changed</Button>
            <Button variant="default" size="xs" onClick={load}>Reload their version</Button>
          </Group>
        </Alert>
      )}
      {problem && (
        <Alert color="red" title="Not saved" role="alert" data-testid="problem">
          <Text size="sm" c="gray.9">{problem}</Text>
          {errorList.length > 0 && (
            <List size="sm" mt="xs" data-testid="problem-fields">
              {errorList.map(([k, messages]) => (
                <List.Item key={k}>{describePath(k)}: {messages.join('; ')}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {saved && <Alert color="green" title="Saved" role="status" data-testid="saved"><Text size="sm" c="gray.9">{saved}</Text></Alert>}

      <Tabs value={tab} onChange={setTab} keepMounted={false} color="indigo.8">
        <Tabs.List>
          <Tabs.Tab value="sections">Sections</Tabs.Tab>
          <Tabs.Tab value="history">History and differences</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sections" pt="md">
          {form && (
            <Grid>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <nav aria-label="Sections of the standards">
                  {SECTIONS.map((s) => {
                    const n = errorCount(errors, s.key) + Object.keys((form.overrides ?? {}) as JsonObject)
                      .reduce((acc, c) => acc + errorCount(errors, `overrides.${c}.${s.key}`), 0);
                    return (
                      <NavLink key={s.key} component="button" active={s.key === sectionKey} color="indigo.8"
                        aria-current={s.key === sectionKey ? 'true' : undefined}
                        label={`${s.number}. ${s.title}`}
                        onClick={() => { setSectionKey(s.key); setChannel(''); }}
                        rightSection={n > 0 ? <Badge color="#b3261e" variant="filled" size="sm">{n} to fix</Badge>
                          : changedSections.has(s.key) ? <Badge color="indigo.9" variant="white" size="sm">edited</Badge> : null} />
                    );
                  })}
                </nav>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                <Paper withBorder p="md" component="section" aria-labelledby="section-title" data-testid={`section-${sectionKey}`}>
                  <Title order={3} size="h4" id="section-title">{section.number}. {section.title}</Title>
                  <Text size="sm" mb="sm">{section.description}</Text>
                  {section.overridable && (
                    <Group align="end" mb="md">
                      <NativeSelect label="Applies to" value={activeChannel}
                        data={[{ value: '', label: 'all channels (the base)' },
                          ...overrideChannels.map((c) => ({ value: c, label: `${c} (override)` }))]}
                        onChange={(e) => setChannel(e.currentTarget.value)} />
                      {editable && (
                        <NativeSelect label="Different on a channel" value=""
                          data={[{ value: '', label: 'choose a channel…' },
                            ...CHANNELS.filter((c) => !overrideChannels.includes(c)).map((c) => ({ value: c, label: c }))]}
                          onChange={(e) => addOverride(e.currentTarget.value)} />
                      )}
                      {editable && activeChannel && (
                        <Button variant="outline" color="red.9" size="sm"
                          onClick={() => { ctx.change(['overrides', activeChannel, sectionKey], undefined); setChannel(''); }}>
                          Remove the {activeChannel} override
                        </Button>
                      )}
                    </Group>
                  )}
                  {activeChannel && (
                    <Text size="sm" mb="sm" c="indigo.9" fw={600}>
                      On {activeChannel} this section replaces the base section entirely.
                    </Text>
                  )}
                  <Stack gap="sm">
                    {errors[sectionPath.join('.')] && <Text c="red.9" size="sm">{errors[sectionPath.join('.')].join('; ')}</Text>}
                    <Fields fields={section.fields} value={(getAt(form, sectionPath) ?? {}) as JsonObject}
                      path={sectionPath} ctx={ctx} />
                  </Stack>
                </Paper>
                {editable && (
                  <Paper withBorder p="md" mt="md" component="form" aria-label="Save as a new version"
                    onSubmit={(e) => { e.preventDefault(); save(); }}>
                    <Title order={3} size="h5">Save as version {(loaded?.latestVersion ?? 0) + 1}</Title>
                    <Text size="sm" mb="xs">
                      {changedSections.size === 0 ? 'Nothing changed yet.'
                        : `Changed: ${[...changedSections].map((k) => SECTION_BY_KEY[k].title).join(', ')}.`}
                    </Text>
                    <Group align="start">
                      <TextInput label="What changed and why" w={420} value={comment} maxLength={500}
                        onChange={(e) => setComment(e.currentTarget.value)}
                        error={(touched && saveProblems.comment) || errors.comment?.join('; ')} />
                      <TextInput label="In force from (empty: now)" type="datetime-local" w={240} value={effectiveFrom}
                        onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
                        error={(touched && saveProblems.effectiveFrom) || errors.effectiveFrom?.join('; ')} />
                    </Group>
                    <Group mt="sm">
                      <Button type="submit" loading={saving} color="indigo.8">Save new version</Button>
                      <Button variant="default" onClick={load}>Discard changes</Button>
                    </Group>
                  </Paper>
                )}
              </Grid.Col>
            </Grid>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {brand && (
            <History brand={brand} canRollBack={editable} refreshKey={historyKey} compareRequest={compareRequest}
              onRolledBack={(v) => {
                setSaved(`Rolled back: version ${v.version} has version ${v.rolledBackFrom}’s standards.`);
                setHistoryKey((k) => k + 1);
                setCompareRequest(null);
                if (v.status === 'current') show(v);
              }} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** One section's overrides on every channel, to tell whether the form changed them. */
function collectOverrides(form: Catalogue, sectionKey: string): Record<string, Json | undefined> {
  const out: Record<string, Json | undefined> = {};
  Object.keys((form.overrides ?? {}) as JsonObject).forEach((c) => { out[c] = getAt(form, ['overrides', c, sectionKey]); });
  return out;
}
