import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Select, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ApiError, get, send } from '../api';
import { type Me } from '../logic/navigation';
import { brandZone, canDecide, canSkipStep, canWritePosts } from '../logic/publishing/calendar';
import { useFormat, useTranslation } from '../i18n/i18n';
import { type FormErrors, type VariantForm, formErrors, newVariant, parseTags, resetsApproval, variantChanged,
  variantForm, variantInput } from '../logic/publishing/composer';
import { asFinding } from '../logic/publishing/findings';
import { checkLimits, networkName } from '../logic/publishing/limits';
import { formatIn, fromLocalInput } from '../logic/publishing/zoned';
import { correctionNote } from '../logic/publishing/publication';
import type { Story, Variant, VariantFinding } from '../types/publishing';
import { problemText } from './inbox/common';
import { ChannelLabel, StatusBadge, useBrandZone, useChannels, useStatusLabel, usePublishingWords } from './publishing/common';
import { NetworkPreview } from './publishing/Preview';
import { ApprovalHistory, Comments, DecisionForm, Reviewers, VersionHistory } from './publishing/StoryPanels';
import { type Selection, VariantEditor } from './publishing/VariantEditor';
import { PublicationPanel, StoryConversations, readsInbox } from './publishing/Publishing2';

const NO_ERRORS: FormErrors = { story: {}, variants: {}, other: [] };

interface Outcome { ok: boolean; title: string; lines: string[] }

/**
 * A story and its variants, one tab per channel account: write, preview on each network, see the brand's findings
 * as you type, save (If-Match), submit for approval, and follow what happens — approval steps, comments, versions,
 * external reviewers. `/stories/new` starts one; `/stories/<id>` opens one.
 */
export function StoryScreen({ me, storyId, navigate }: { me: Me; storyId: string | null; navigate: (p: string) => void }) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const statusLabel = useStatusLabel();
  const words = usePublishingWords();
  const [brand, setBrand] = useState<string | null>(storyId ? null : me.brands[0] ?? null);
  const [story, setStory] = useState<Story | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [brief, setBrief] = useState('');
  const [campaign, setCampaign] = useState('');
  const [tags, setTags] = useState('');
  const [forms, setForms] = useState<VariantForm[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [submitFindings, setSubmitFindings] = useState<Record<string, VariantFinding[]>>({});
  const [busy, setBusy] = useState(false);
  const [selection, setSelection] = useState<Selection>(null);
  const [id, setId] = useState<string | null>(storyId);
  const catalogueZone = useBrandZone(brand);
  const { channels, error: channelError } = useChannels(brand);
  const zone = brandZone(story ? [story] : [], catalogueZone ?? 'UTC');
  const writer = canWritePosts(me);

  const apply = useCallback((s: Story, keep: (f: VariantForm) => boolean = () => false, keepStoryFields = false) => {
    setStory(s);
    setBrand(s.brand);
    if (!keepStoryFields) {
      setTitle(s.title);
      setBrief(s.brief ?? '');
      setCampaign(s.campaign ?? '');
      setTags((s.tags ?? []).join(', '));
    }
    const z = brandZone([s], catalogueZone ?? 'UTC');
    setForms((old) => {
      const fromServer = s.variants.map((v) => {
        const mine = old.find((f) => f.id === v.id);
        return mine && keep(mine) ? mine : variantForm(v, z, channels);
      });
      const unsaved = old.filter((f) => !f.id && keep(f));
      return [...fromServer, ...unsaved];
    });
  }, [catalogueZone, channels]);

  const reload = useCallback(async (keep?: (f: VariantForm) => boolean, keepStoryFields = false) => {
    if (!id || !brand) return;
    const { body } = await get<Story>(`/api/v1/brands/${encodeURIComponent(brand)}/stories/${id}`);
    apply(body, keep, keepStoryFields);
  }, [id, brand, apply]);

  // Open a story: its brand is not in the address, so look in each of the user's brands.
  useEffect(() => {
    if (!storyId) return;
    (async () => {
      for (const b of me.brands) {
        try {
          const { body } = await get<Story>(`/api/v1/brands/${encodeURIComponent(b)}/stories/${storyId}`);
          apply(body);
          const wanted = new URLSearchParams(window.location.search).get('variant');
          const i = body.variants.findIndex((v) => v.id === wanted);
          setActive(String(i >= 0 ? i : 0));
          return;
        } catch (e) {
          if (!(e instanceof ApiError) || e.problem.status !== 404) { setLoadError(problemText(e)); return; }
        }
      }
      setLoadError(t('story.notFound'));
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId]);

  // The channel names, once the accounts are known.
  useEffect(() => {
    if (channels.length === 0) return;
    setForms((fs) => fs.map((f) => ({ ...f, channelName: channels.find((c) => c.id === f.channelAccount)?.name ?? f.channelName })));
  }, [channels]);

  const savedOf = (f: VariantForm): Variant | undefined => story?.variants.find((v) => v.id === f.id);
  const activeIndex = active === null ? -1 : Number(active);
  const current = forms[activeIndex];
  const currentSaved = current ? savedOf(current) : undefined;
  const storyDirty = !story || title !== story.title || brief !== (story.brief ?? '') || campaign !== (story.campaign ?? '')
    || parseTags(tags).join(',') !== (story.tags ?? []).join(',');
  const dirty = (f: VariantForm) => !f.id || variantChanged(f, savedOf(f), zone);
  const anyDirty = storyDirty || forms.some(dirty);
  const unused = channels.filter((c) => c.enabled !== false && !forms.some((f) => f.channelAccount === c.id));

  const update = (i: number, f: VariantForm) => setForms((fs) => fs.map((x, j) => (j === i ? f : x)));
  const addChannel = (accountId: string | null) => {
    const account = channels.find((c) => c.id === accountId);
    if (!account) return;
    setForms((fs) => [...fs, newVariant(account)]);
    setActive(String(forms.length));
  };
  const removeUnsaved = (i: number) => {
    setForms((fs) => fs.filter((_, j) => j !== i));
    setActive(forms.length > 1 ? '0' : null);
  };

  /**
   * Saves what changed; answers the story's id when everything was saved, null otherwise. Each part's outcome is
   * reported, never hidden.
   */
  const save = async (): Promise<string | null> => {
    if (!brand) return null;
    setBusy(true);
    setOutcome(null);
    setErrors(NO_ERRORS);
    const base = `/api/v1/brands/${encodeURIComponent(brand)}/stories`;
    const lines: string[] = [];
    const failed = new Set<VariantForm>();
    let storyFailed = false;
    let collected: FormErrors = { story: {}, variants: {}, other: [] };
    const merge = (e: FormErrors) => {
      collected = { story: { ...collected.story, ...e.story }, variants: { ...collected.variants, ...e.variants },
        other: [...collected.other, ...e.other] };
    };
    try {
      if (!story) {
        try {
          const { body } = await send<Story>('POST', base, { title, brief, campaign: campaign.trim() || null,
            tags: parseTags(tags), variants: forms.map((f) => variantInput(f, zone)) });
          setId(body.id);
          window.history.replaceState({}, '', `/stories/${body.id}`);
          apply(body);
          setActive(forms.length ? '0' : null);
          setOutcome({ ok: true, title: t('story.saved'), lines: [t('story.created', { title: body.title,
            count: body.variants.length })] });
          return body.id;
        } catch (e) {
          if (e instanceof ApiError) merge(formErrors(e.problem.errors, null));
          setErrors(collected);
          setOutcome({ ok: false, title: t('story.notSaved'), lines: [problemText(e)] });
          return null;
        }
      }
      if (storyDirty) {
        try {
          await send('PUT', `${base}/${story.id}`, { title, brief, campaign: campaign.trim() || null, tags: parseTags(tags) },
            { 'If-Match': `"${story.version}"` });
          lines.push(`✓ ${t('story.detailsSaved')}`);
        } catch (e) {
          if (e instanceof ApiError) merge(formErrors(e.problem.errors, null));
          lines.push(`✗ ${t('story.detailsNotSaved', { problem: conflictText(e, t) })}`);
          storyFailed = true;
        }
      }
      for (const [i, f] of forms.entries()) {
        const name = `${networkName(f.platform)} · ${f.channelName}`;
        if (!dirty(f)) continue;
        const resets = resetsApproval(f, savedOf(f), zone);
        try {
          if (!f.id) {
            await send<Variant>('POST', `${base}/${story.id}/variants`, variantInput(f, zone));
            lines.push(`✓ ${name}: ${t('story.addedDraft')}`);
          } else {
            const { body } = await send<Variant>('PUT', `${base}/${story.id}/variants/${f.id}`, variantInput(f, zone),
              { 'If-Match': `"${f.version}"` });
            lines.push(`✓ ${name}: ${t('story.variantSaved', { version: body.version, status: statusLabel(body.status) })}`
              + `${resets ? ` — ${t('story.backToReview')}` : ''}`);
          }
        } catch (e) {
          failed.add(f);
          if (e instanceof ApiError) merge(formErrors(e.problem.errors, i));
          lines.push(`✗ ${name}: ${t('story.variantNotSaved', { problem: conflictText(e, t) })}`);
        }
      }
      setErrors(collected);
      await reload((f) => failed.has(f), storyFailed).catch(() => {});
      const ok = failed.size === 0 && !storyFailed;
      setOutcome({ ok, title: ok ? t('story.saved') : lines.some((l) => l.startsWith('✓')) ? t('story.partlySaved')
        : t('story.notSaved'), lines: lines.length ? lines : [t('story.nothingChanged')] });
      return ok ? story.id : null;
    } finally {
      setBusy(false);
    }
  };

  const submit = async (targets: VariantForm[]) => {
    if (!brand) return;
    const storyKey = anyDirty ? await save() : id;
    if (!storyKey) return;
    setBusy(true);
    const lines: string[] = [];
    let ok = true;
    const found: Record<string, VariantFinding[]> = {};
    // after a save the forms were rebuilt: submit by channel account
    const latest = await get<Story>(`/api/v1/brands/${encodeURIComponent(brand)}/stories/${storyKey}`).then((r) => r.body)
      .catch(() => story);
    for (const target of targets) {
      const v = latest?.variants.find((x) => x.channelAccount === target.channelAccount);
      const name = `${networkName(target.platform)} · ${target.channelName}`;
      if (!v) continue;
      try {
        const { body } = await send<Variant>('POST',
          `/api/v1/brands/${encodeURIComponent(brand)}/stories/${storyKey}/variants/${v.id}/submit`, {});
        lines.push(`✓ ${name}: ${statusLabel(body.status)}`);
      } catch (e) {
        ok = false;
        if (e instanceof ApiError && Array.isArray(e.problem.findings)) found[v.id] = e.problem.findings as VariantFinding[];
        lines.push(`✗ ${name}: ${t('story.notSubmitted', { problem: problemText(e) })}`);
      }
    }
    setSubmitFindings(found);
    if (latest) {
      await get<Story>(`/api/v1/brands/${encodeURIComponent(brand)}/stories/${storyKey}`)
        .then(({ body }) => apply(body)).catch(() => {});
    }
    setOutcome({ ok, title: ok ? t('story.submitted') : t('story.partlySubmitted'), lines });
    setBusy(false);
  };

  const withdraw = async (f: VariantForm) => {
    const reason = window.prompt(t('story.withdrawWhy', { network: networkName(f.platform) }));
    if (!reason || !brand || !id) return;
    try {
      await send('POST', `/api/v1/brands/${encodeURIComponent(brand)}/stories/${id}/variants/${f.id}/cancel`, { reason });
      await reload();
      setOutcome({ ok: true, title: t('story.withdrawn'), lines: [t('story.cancelled', { network: networkName(f.platform), reason })] });
    } catch (e) {
      setOutcome({ ok: false, title: t('story.notWithdrawn'), lines: [problemText(e)] });
    }
  };

  const submittable = forms.filter((f) => ['draft', 'changes_requested'].includes(f.status) || (f.id === null));
  const clientProblems = useMemo(() => forms.flatMap((f) => checkLimits(f.platform, f.text, f.media.length).problems
    .map((p) => `${networkName(f.platform)}: ${p.message}`)), [forms]);

  if (loadError) return <Alert color="red" title={t('story.failed')} role="alert">{loadError}</Alert>;
  if (storyId && !story) return <Text>{t('story.loading')}</Text>;

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <div>
          <Anchor href="/calendar" size="sm" c="indigo.9" onClick={(e) => { e.preventDefault(); navigate('/calendar'); }}>
            ‹ {t('calendar.title')}</Anchor>
          <Title order={2}>{story ? story.title : t('calendar.newPost')}</Title>
          {story && <Text size="sm" c="gray.8">{t('story.about', { owner: story.owner, brand: story.brand, zone })}</Text>}
        </div>
        {writer && (
          <Group>
            <Button variant="default" onClick={() => navigate('/calendar')}>{t('story.cancel')}</Button>
            <Button color="indigo.8" onClick={save} loading={busy} disabled={!anyDirty || !title.trim()}>{t('story.save')}</Button>
            <Button color="teal.9" loading={busy} disabled={submittable.length === 0 || forms.length === 0 || !title.trim()}
              onClick={() => submit(submittable)}>{t('story.submit')}</Button>
          </Group>
        )}
      </Group>
      {!writer && <Text size="sm" c="gray.8">{t('calendar.readOnly')}</Text>}
      {outcome && (
        <Alert color={outcome.ok ? 'teal' : 'red'} title={outcome.title} role={outcome.ok ? 'status' : 'alert'}
          data-testid="story-outcome" data-ok={outcome.ok} withCloseButton closeButtonLabel="Dismiss" onClose={() => setOutcome(null)}>
          <ul className="plain-list">{outcome.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
          {errors.other.length > 0 && <ul className="plain-list">{errors.other.map((l, i) => <li key={i}>{l}</li>)}</ul>}
        </Alert>
      )}
      {channelError && <Alert color="red" title={t('calendar.channelsFailed')}>{channelError}</Alert>}
      <Group grow align="start">
        {!story && me.brands.length > 1 && (
          <Select label={t('brand')} data={me.brands} value={brand} allowDeselect={false}
            onChange={(b) => { setBrand(b); setForms([]); setActive(null); }} />
        )}
        <TextInput label={t('story.title')} required value={title} readOnly={!writer} maxLength={200}
          error={errors.story.title?.join('; ')} onChange={(e) => setTitle(e.currentTarget.value)} />
        <TextInput label={t('calendar.campaign')} value={campaign} readOnly={!writer} error={errors.story.campaign?.join('; ')}
          onChange={(e) => setCampaign(e.currentTarget.value)} />
        <TextInput label={t('story.tags')} description={t('story.tagsHelp')} value={tags} readOnly={!writer}
          error={errors.story.tags?.join('; ')} onChange={(e) => setTags(e.currentTarget.value)} />
      </Group>
      <Textarea label={t('story.brief')} description={t('story.briefHelp')} autosize minRows={2}
        value={brief} readOnly={!writer} error={errors.story.brief?.join('; ')} onChange={(e) => setBrief(e.currentTarget.value)} />
      {writer && (
        <Group align="end">
          <Select label={t('story.addChannel')} placeholder={unused.length ? t('story.chooseAccount') : t('story.allAdded')}
            data={unused.map((c) => ({ value: c.id, label: `${networkName(c.platform)} · ${c.name}` }))}
            value={null} onChange={addChannel} disabled={unused.length === 0} w={320} data-testid="add-channel" />
        </Group>
      )}
      {clientProblems.length > 0 && (
        <Text size="sm" c="red.9" role="status">{t('story.overLimits', { problems: clientProblems.join('; ') })}</Text>
      )}
      {forms.length === 0 && <Text>{t('story.addFirst')}</Text>}
      {forms.length > 0 && (
        <Tabs value={active ?? '0'} onChange={setActive} keepMounted={false}>
          <Tabs.List aria-label={t('story.variants')}>
            {forms.map((f, i) => (
              <Tabs.Tab key={f.id ?? f.channelAccount} value={String(i)} data-platform={f.platform} data-variant-id={f.id ?? undefined}
                data-correction={savedOf(f)?.correctionOf ? 'true' : undefined}
                rightSection={errors.variants[i] ? <span>⚠<span className="visually-hidden"> {t('story.hasErrors')}</span></span> : null}>
                <Group gap={4} wrap="nowrap"><ChannelLabel platform={f.platform} />
                  {savedOf(f)?.correctionOf && <Text span size="xs" fw={600} ml={4}>{t('story.correction')}</Text>}
                  <StatusBadge status={f.status} />{dirty(f) ? <span> •<span className="visually-hidden"> {t('story.unsaved')}</span></span> : null}</Group>
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {forms.map((f, i) => (
            <Tabs.Panel key={f.id ?? f.channelAccount} value={String(i)} pt="md">
              <div className="composer-layout">
                <Stack>
                  {savedOf(f)?.correctionOf && (
                    <Alert color="indigo" title={t('story.correction')} data-testid="correction-note">{correctionNote(savedOf(f)!)}</Alert>
                  )}
                  <VariantEditor brand={brand ?? ''} form={f} saved={savedOf(f)} zone={zone}
                    errors={errors.variants[i] ?? {}} textOnly={!!savedOf(f)?.correctionOf}
                    readOnly={!writer || ['cancelled', 'expired', 'publishing', 'published', 'deleted'].includes(f.status)}
                    onChange={(next) => update(i, next)} onSelect={setSelection} />
                  {story && savedOf(f)?.publication && (
                    <PublicationPanel brand={brand ?? ''} storyId={story.id} variant={savedOf(f)!} zone={zone} me={me}
                      onChanged={() => { reload().catch(() => {}); }} />
                  )}
                  {submitFindings[f.id ?? ''] && (
                    <Alert color="red" role="alert" title={t('story.stoppedByStandards')} data-testid="submit-findings">
                      <ul className="plain-list">{submitFindings[f.id ?? ''].map((x, j) => {
                        const g = asFinding(x, f.text);
                        return <li key={j}>{words.severity(g.severity)} {g.span?.text ? `“${g.span.text}”: ` : ''}{g.message}</li>;
                      })}</ul>
                    </Alert>
                  )}
                  {writer && (
                    <Group>
                      {!f.id && <Button variant="outline" color="dark" onClick={() => removeUnsaved(i)}>{t('story.removeChannel')}</Button>}
                      {f.id && ['draft', 'changes_requested'].includes(f.status) && (
                        <Button variant="outline" color="teal.9" loading={busy} onClick={() => submit([f])}>
                          {t('story.submitVariant')}</Button>
                      )}
                      {f.id && !['cancelled', 'expired'].includes(f.status) && (
                        <Button variant="outline" color="red.9" onClick={() => withdraw(f)}>{t('story.withdraw')}</Button>
                      )}
                    </Group>
                  )}
                </Stack>
                <Stack>
                  <Title order={3} size="h5">{t('story.howItLooks', { network: networkName(f.platform) })}</Title>
                  <NetworkPreview platform={f.platform} channelName={f.channelName} text={f.text} link={f.link || null}
                    scheduledText={f.scheduledLocal ? formatIn(fromLocalInput(f.scheduledLocal, zone), zone, language) : undefined}
                    images={f.media.map((m) => ({ id: m.id, src: `/api/v1/brands/${encodeURIComponent(brand ?? '')}/media/${m.id}` }))} />
                  {savedOf(f) && (
                    <>
                      <Title order={3} size="h5">{t('story.approval')}</Title>
                      <ApprovalHistory variant={savedOf(f)!} zone={zone} />
                      {canDecide(me) && savedOf(f)!.status === 'in_review' && !dirty(f) && (
                        <DecisionForm brand={brand!} storyId={id!} variant={savedOf(f)!}
                          onDone={(_, text) => { reload(); setOutcome({ ok: true, title: t('story.decided'), lines: [text] }); }} />
                      )}
                      {canSkipStep(me) && savedOf(f)!.status === 'in_review' && (
                        <SkipStep brand={brand!} storyId={id!} variant={savedOf(f)!}
                          onDone={(text) => { reload(); setOutcome({ ok: true, title: t('story.stepSkipped'), lines: [text] }); }} />
                      )}
                    </>
                  )}
                </Stack>
              </div>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      {story && id && brand && (
        <Tabs defaultValue="comments" keepMounted={false}>
          <Tabs.List aria-label={t('story.aboutTabs')}>
            <Tabs.Tab value="comments">{t('story.comments')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('story.versions')}{current ? ` (${networkName(current.platform)})` : ''}</Tabs.Tab>
            {writer && <Tabs.Tab value="reviewers">{t('story.reviewers')}</Tabs.Tab>}
            {readsInbox(me.roles) && <Tabs.Tab value="conversations">{t('story.conversations')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="comments" pt="md">
            <Comments brand={brand} storyId={id} variant={currentSaved ?? null} selection={selection} mayWrite={writer} zone={zone} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            {currentSaved ? <VersionHistory brand={brand} storyId={id} variant={currentSaved} zone={zone} />
              : <Text size="sm">{t('story.saveForHistory')}</Text>}
          </Tabs.Panel>
          <Tabs.Panel value="reviewers" pt="md">
            <Reviewers brand={brand} storyId={id} mayWrite={writer} zone={zone} />
          </Tabs.Panel>
          <Tabs.Panel value="conversations" pt="md">
            <StoryConversations brand={brand} storyId={id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

/** A 409/412 in words: someone saved in between; reload to see their version. */
function conflictText(e: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (e instanceof ApiError && (e.problem.status === 409 || e.problem.status === 412)) {
    return t('story.changedSince', { problem: problemText(e) });
  }
  return problemText(e);
}

/** Managers and admins skip the active step, with a reason (recorded). */
function SkipStep({ brand, storyId, variant, onDone }: {
  brand: string; storyId: string; variant: Variant; onDone: (text: string) => void;
}) {
  const { t } = useTranslation('publishing');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const skip = async () => {
    setProblem(null);
    try {
      await send('POST', `/api/v1/brands/${encodeURIComponent(brand)}/stories/${storyId}/variants/${variant.id}/skip-step`, { reason });
      setReason('');
      onDone(t('story.skipped', { reason }));
    } catch (e) {
      setProblem(problemText(e));
    }
  };
  return (
    <Group align="end" gap="xs">
      <TextInput label={t('story.skipReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={300} />
      <Button variant="outline" color="dark" disabled={!reason.trim()} onClick={skip}>{t('story.skip')}</Button>
      {problem && <Text size="sm" c="red.9" role="alert">{problem}</Text>}
    </Group>
  );
}
