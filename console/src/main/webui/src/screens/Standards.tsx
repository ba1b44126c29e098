import { type CSSProperties, useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, List, NativeSelect, NavLink, Paper, Stack, Tabs, Text, TextInput,
  Title } from '@mantine/core';
import { ApiError, get, send } from '../api';
import type { Catalogue, CatalogueHistory, CatalogueVersion, Json, JsonObject } from '../types/standards';
import { type Me, canEditStandards } from '../logic/navigation';
import { CHANNELS, SECTIONS, SECTION_BY_KEY } from '../logic/standards/schema';
import { type Path, fillSection, getAt, outOfRange, setAt, toCatalogue, toForm, validateSave } from '../logic/standards/form';
import { errorCount, errorsByKey } from '../logic/standards/errors';
import { approvalProblems } from '../logic/standards/approvals';
import { diffCatalogues, diffGroups } from '../logic/standards/diff';
import { Fields, type FormContext } from './standards/SectionForm';
import { History } from './standards/History';
import { SavedNotice } from './standards/SavedNotice';
import { type Words, changeWords, channelName, describeKey, groupTitle, sectionDescription, sectionTitle,
  useStandardsWords } from './standards/words';
import { ScreenHeader, useBrandChoice } from './shared/ScreenHeader';

/** "Version 4 in force since … by manager1: “comment”" and, when one waits, the scheduled version. */
function describeVersion(w: Words, v: CatalogueVersion): string {
  if (v.version === 0) return w.t('version.none');
  let text = w.t('version.inForce', { version: v.version });
  if (v.effectiveFrom) text += ` ${w.t('version.since', { at: w.format.dateTime(v.effectiveFrom) })}`;
  if (v.author) text += ` ${w.t('version.by', { author: v.author })}`;
  if (v.comment) text += `: “${v.comment}”`;
  if (v.latestVersion > v.version) text += ` · ${w.t('version.scheduledToo', { version: v.latestVersion })}`;
  return text;
}

/** What a refused save (412 stale If-Match, 409 lost race) tells the user. */
function conflictMessage(w: Words, status: number, base: number,
  newest: { version: number; author: string; comment: string; createdAt: string } | null): string {
  const who = newest && newest.version > base
    ? w.t('conflict.who', { author: newest.author, version: newest.version, comment: newest.comment,
      at: w.format.dateTime(newest.createdAt) })
    : w.t('conflict.someone');
  return w.t(status === 409 ? 'conflict.sameMoment' : 'conflict.afterYou', { who, base });
}

/**
 * The brand's standards: the nine sections of the catalogue as forms (with per-channel overrides of
 * sections 1-8), saved as a new version with a comment and an optional effective-from; the history, the
 * diff between any two versions and the roll-back. Read only for agents and editors.
 */
export function StandardsScreen({ me }: { me: Me }) {
  const w = useStandardsWords();
  const { t } = w;
  const [brand, setBrand] = useBrandChoice(me);
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
  const saveProblemText = (field: 'comment' | 'effectiveFrom') =>
    (touched && saveProblems[field] ? t(`save.problem.${saveProblems[field]}`, { length: comment.length }) : undefined);
  /** What saving would change, in words: shown before the save is made. */
  const pending = useMemo(() => (form && loaded
    ? diffGroups(diffCatalogues(toCatalogue(toForm(loaded.catalogue)), toCatalogue(form)), [loaded.catalogue, form])
    : []), [form, loaded]);
  const pendingCount = pending.reduce((n, g) => n + g.rows.length, 0);

  const save = async () => {
    setTouched(true);
    setSaved(null);
    if (!base || !form || !loaded || Object.keys(saveProblems).length > 0) return;
    const wrong = outOfRange(form);
    if (wrong.length > 0) {
      setProblem(t('problem.outOfRange'));
      const first = wrong[0].split('.');
      setSectionKey(first[0] === 'overrides' ? first[2] : first[0]);
      setChannel(first[0] === 'overrides' ? first[1] : '');
      return;
    }
    const steps = approvalProblems(form);
    if (Object.keys(steps).length > 0) {
      setErrors(Object.fromEntries(Object.entries(steps).map(([k, codes]) => [k, codes.map((c) => t(`problem.step.${c}`))])));
      setProblem(t('problem.steps'));
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
      setSaved(scheduled ? t('save.savedScheduled', { version: v.version, at: w.format.dateTime(v.effectiveFrom!) })
        : t('save.saved', { version: v.version }));
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
        setConflict(conflictMessage(w, p.status, loaded.latestVersion, newest));
        if (newest) setCompareRequest({ from: loaded.latestVersion, to: newest.version });
      } else if (p.status === 422 && p.errors?.length) {
        const byKey = errorsByKey(p.errors);
        setErrors(byKey);
        setProblem(p.detail ?? t('problem.invalid'));
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
      <ScreenHeader title={t('title')} brandLabel={t('brand')} brands={me.brands} brand={brand} onBrand={setBrand}>
        {loaded && (
          <Text size="sm" c="gray.8" data-testid="standards-version">{describeVersion(w, loaded)}</Text>
        )}
      </ScreenHeader>
      {!editable && (
        <Alert color="gray" variant="outline" title={t('readOnly.title')} data-testid="read-only">
          <Text size="sm" c="gray.9">{t('readOnly.text')}</Text>
        </Alert>
      )}
      {conflict && (
        <Alert color="orange" title={t('conflict.title')} role="alert" data-testid="conflict">
          <Text size="sm" c="gray.9">{conflict}</Text>
          <Group mt="xs">
            <Button variant="default" size="xs" onClick={() => setTab('history')}>{t('conflict.see')}</Button>
            <Button variant="default" size="xs" onClick={load}>{t('conflict.reload')}</Button>
          </Group>
        </Alert>
      )}
      {problem && (
        <Alert color="red" title={t('problem.title')} role="alert" data-testid="problem">
          <Text size="sm" c="gray.9">{problem}</Text>
          {errorList.length > 0 && (
            <List size="sm" mt="xs" data-testid="problem-fields">
              {errorList.map(([k, messages]) => (
                <List.Item key={k}>{describeKey(w, k, form)}: {messages.join('; ')}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}

      <Tabs value={tab} onChange={setTab} keepMounted={false} color="indigo.8">
        <Tabs.List>
          <Tabs.Tab value="sections">{t('tab.sections')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('tab.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sections" pt="md">
          {form && (
            <Grid>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <nav aria-label={t('sectionsNav')}>
                  {SECTIONS.map((s) => {
                    const n = errorCount(errors, s.key) + Object.keys((form.overrides ?? {}) as JsonObject)
                      .reduce((acc, c) => acc + errorCount(errors, `overrides.${c}.${s.key}`), 0);
                    return (
                      <NavLink key={s.key} component="button" active={s.key === sectionKey} color="indigo.8"
                        aria-current={s.key === sectionKey ? 'true' : undefined}
                        label={`${s.number}. ${sectionTitle(w, s.key)}`}
                        onClick={() => { setSectionKey(s.key); setChannel(''); }}
                        rightSection={n > 0 ? <Badge color="#b3261e" variant="filled" size="sm">{t('badge.toFix', { count: n })}</Badge>
                          : changedSections.has(s.key) ? <Badge color="indigo.9" variant="white" size="sm">{t('badge.edited')}</Badge> : null} />
                    );
                  })}
                </nav>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 9 }}>
                <Paper withBorder p="md" component="section" aria-labelledby="section-title" data-testid={`section-${sectionKey}`}>
                  <Title order={3} size="h4" id="section-title">{section.number}. {sectionTitle(w, section.key)}</Title>
                  <Text size="sm" mb="sm">{sectionDescription(w, section.key)}</Text>
                  {section.overridable && (
                    <Group align="end" mb="md">
                      <NativeSelect label={t('override.appliesTo')} value={activeChannel}
                        data={[{ value: '', label: t('override.base') },
                          ...overrideChannels.map((c) => ({ value: c, label: t('override.channel', { channel: channelName(w, c) }) }))]}
                        onChange={(e) => setChannel(e.currentTarget.value)} />
                      {editable && (
                        <NativeSelect label={t('override.add')} value=""
                          data={[{ value: '', label: t('override.choose') },
                            ...CHANNELS.filter((c) => !overrideChannels.includes(c)).map((c) => ({ value: c, label: channelName(w, c) }))]}
                          onChange={(e) => addOverride(e.currentTarget.value)} />
                      )}
                      {editable && activeChannel && (
                        <Button variant="outline" color="red.9" size="sm"
                          onClick={() => { ctx.change(['overrides', activeChannel, sectionKey], undefined); setChannel(''); }}>
                          {t('override.remove', { channel: channelName(w, activeChannel) })}
                        </Button>
                      )}
                    </Group>
                  )}
                  {activeChannel && (
                    <Text size="sm" mb="sm" c="indigo.9" fw={600}>
                      {t('override.replaces', { channel: channelName(w, activeChannel) })}
                    </Text>
                  )}
                  <Stack gap="sm">
                    {errors[sectionPath.join('.')] && <Text c="red.9" size="sm">{errors[sectionPath.join('.')].join('; ')}</Text>}
                    <Fields fields={section.fields} value={(getAt(form, sectionPath) ?? {}) as JsonObject}
                      path={sectionPath} ctx={ctx} />
                  </Stack>
                </Paper>
                {editable && (
                  <Paper withBorder p="md" mt="md" component="form" aria-label={t('save.form')}
                    onSubmit={(e) => { e.preventDefault(); save(); }}>
                    <Title order={3} size="h5">{t('save.title', { version: (loaded?.latestVersion ?? 0) + 1 })}</Title>
                    {pendingCount === 0 ? <Text size="sm" mb="xs">{t('save.nothing')}</Text> : (
                      <Stack gap={4} mb="xs" data-testid="impact">
                        <Text size="sm" fw={600}>{t('save.impact', { count: pendingCount })}</Text>
                        {pending.map((g) => (
                          <div key={g.key}>
                            <Text size="sm" c="gray.8">{groupTitle(w, g)}</Text>
                            <List size="sm" spacing={2}>
                              {g.rows.slice(0, 12).map((r) => <List.Item key={r.path}>{changeWords(w, r).sentence}</List.Item>)}
                              {g.rows.length > 12 && <List.Item>{t('save.more', { count: g.rows.length - 12 })}</List.Item>}
                            </List>
                          </div>
                        ))}
                      </Stack>
                    )}
                    <Group align="start">
                      <TextInput label={t('save.comment')} w={420} value={comment} maxLength={500}
                        onChange={(e) => setComment(e.currentTarget.value)}
                        error={saveProblemText('comment') || errors.comment?.join('; ')} />
                      <TextInput label={t('save.effectiveFrom')} type="datetime-local" w={240} value={effectiveFrom}
                        onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
                        error={saveProblemText('effectiveFrom') || errors.effectiveFrom?.join('; ')} />
                    </Group>
                    <Group mt="sm">
                      <Button type="submit" loading={saving} color="indigo.8">{t('save.button')}</Button>
                      <Button variant="default" onClick={() => { setSaved(null); load(); }}>{t('save.discard')}</Button>
                    </Group>
                    {saved && <SavedNotice>{saved}</SavedNotice>}
                  </Paper>
                )}
              </Grid.Col>
            </Grid>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {brand && (
            <History brand={brand} canRollBack={editable} refreshKey={historyKey} compareRequest={compareRequest}
              notice={saved}
              onRolledBack={(v) => {
                setSaved(t('restore.done', { version: v.version, from: v.rolledBackFrom }));
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
