import { useEffect, useRef, useState } from 'react';
import { Alert, Button, FileInput, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { ApiError, api, send } from '../../api';
import { CONTENT_TYPES, RISK_LEVELS, type VariantForm } from '../../logic/publishing/composer';
import { asFinding, imageFindings } from '../../logic/publishing/findings';
import { checkLimits, networkName } from '../../logic/publishing/limits';
import type { CheckResult, Finding } from '../../types/inbox';
import type { Media, Variant } from '../../types/publishing';
import { FindingsList } from '../inbox/Composer';
import { CHECK_DEBOUNCE_MS } from '../inbox/standardsCheck';
import { problemText } from '../inbox/common';
import { StatusBadge, usePublishingWords } from './common';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { NextSlotButton } from './Publishing2';
import { FindingMessage } from '../inbox/findingWords';

export const LICENCES = ['own', 'commissioned', 'employee', 'stock-royalty-free', 'stock-rights-managed', 'cc0', 'cc-by',
  'cc-by-sa', 'editorial', 'user-generated'];

/** Where a variant's text selection is, for a comment on those words. */
export type Selection = { start: number; end: number } | null;

/**
 * One channel's variant: the text with a live count against the network's limit and the brand's standards checked
 * as the editor types (as the inbox's reply composer: same debounce, highlighting and fixes), images uploaded with
 * their licence and the image checks' findings, link, first comment, schedule in the brand's zone, content type and
 * risk level. Field errors of a 422 show beside their fields.
 */
export function VariantEditor({ brand, form, saved, zone, errors, readOnly, textOnly = false, onChange, onSelect }: {
  brand: string; form: VariantForm; saved: Variant | undefined; zone: string;
  errors: Record<string, string[]>; readOnly: boolean;
  /** A correction: only its text can change (the post it corrects keeps its images, link and time). */
  textOnly?: boolean;
  onChange: (f: VariantForm) => void;
  onSelect: (s: Selection) => void;
}) {
  const [check, setCheck] = useState<{ text: string; link: string; result: CheckResult } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const limits = checkLimits(form.platform, form.text, form.media.length);
  const { t } = useTranslation('publishing');
  const format = useFormat();
  const words = usePublishingWords();
  const label = networkName(form.platform);

  // The brand's standards as the editor types: the same call and debounce as the inbox's reply composer.
  useEffect(() => {
    if (!form.text.trim() || readOnly) { setCheck(null); setCheckError(null); return undefined; }
    const text = form.text;
    const link = form.link.trim();
    const timer = setTimeout(() => {
      setChecking(true);
      send<CheckResult>('POST', `/api/v1/brands/${encodeURIComponent(brand)}/checks`,
        { kind: 'post', channel: form.platform, text, links: link ? [link] : [] })
        .then(({ body }) => { setCheck({ text, link, result: body }); setCheckError(null); })
        .catch((e) => setCheckError(problemText(e)))
        .finally(() => setChecking(false));
    }, CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [form.text, form.link, form.platform, brand, readOnly]);

  const current = check !== null && check.text === form.text && check.link === form.link.trim();
  const live: Finding[] = current ? check.result.findings : [];
  // What calendar-service found at the last save that the live check does not cover: images, and overrides.
  const stored = (saved?.findings ?? []).map((f) => asFinding(f, saved?.text));
  const overridden = stored.filter((f) => f.overridden);
  const byImage = imageFindings(saved?.findings ?? []);
  const set = (patch: Partial<VariantForm>) => onChange({ ...form, ...patch });
  const err = (field: string) => {
    const list = [...(errors[field] ?? []), ...limits.problems.filter((p) => p.field === field).map((p) => p.message)];
    return list.length ? list.join('; ') : undefined;
  };

  return (
    <Stack gap="sm" data-testid={`variant-editor-${form.platform}`}>
      <Group gap="xs">
        <Text fw={600}>{label} · {form.channelName}</Text>
        <StatusBadge status={form.status} />
        {saved && <Text size="xs" c="gray.8">{t('editor.version', { version: saved.version, who: saved.lastEditor })}</Text>}
      </Group>
      {errors.channelAccount && <Alert color="red" role="alert" title={t('editor.channelAccount')}>{errors.channelAccount.join('; ')}</Alert>}
      <Textarea ref={area} label={t('editor.text', { network: label })} autosize minRows={4} maxRows={16} value={form.text}
        readOnly={readOnly} data-testid="variant-text"
        description={<span data-testid="char-count" data-over={limits.over}>{t('editor.counter', { count: limits.count, shown: format.number(limits.count),
          limit: format.number(limits.limit) })}{limits.over ? ` — ${t('editor.over', { n: format.number(-limits.remaining) })}` : ''}
          {form.platform === 'x' ? ` ${t('editor.linkCounts')}` : ''} · {t('editor.checkedAsYouType')}</span>}
        error={err('text')}
        onChange={(e) => set({ text: e.currentTarget.value })}
        onSelect={(e) => {
          const el = e.currentTarget;
          onSelect(el.selectionEnd > el.selectionStart ? { start: el.selectionStart, end: el.selectionEnd } : null);
        }} />
      <div aria-live="polite" data-testid="variant-findings">
        {checking && !current && <Text size="xs" c="gray.8">{t('editor.checking')}</Text>}
        {checkError && <Text size="xs" c="red.9">{t('editor.checkFailed', { problem: checkError })}</Text>}
        {current && form.text.trim() && live.length === 0 && (
          <Text size="xs" c="teal.9" data-testid="findings-none">✓ {t('editor.meets')}</Text>
        )}
        {current && live.length > 0 && !readOnly && (
          <FindingsList text={form.text} findings={live} onApply={(text) => set({ text })} />
        )}
      </div>
      {overridden.length > 0 && (
        <div>
          <Text size="sm" fw={600}>{t('editor.overridden')}</Text>
          <ul className="plain-list">{overridden.map((f, i) => (
            <li key={i}><Text size="sm">{words.severity(f.severity)} <FindingMessage finding={f} /> — {t('editor.overriddenBy', { who: f.overridden!.by })}:
              “{f.overridden!.reason}”</Text></li>))}</ul>
        </div>
      )}
      {textOnly && <Text size="sm" c="gray.8" data-testid="text-only">{t('editor.textOnly')}</Text>}
      {!textOnly && (<>
      <MediaList brand={brand} media={form.media} findings={byImage} readOnly={readOnly} error={err('media')}
        onChange={(media) => set({ media })} />
      <Group grow align="start">
        <TextInput label={t('editor.link')} placeholder="https://…" value={form.link} readOnly={readOnly} error={err('link')}
          onChange={(e) => set({ link: e.currentTarget.value })}
          description={saved?.trackedLink && saved.trackedLink !== saved.link ? t('editor.goesOutAs', { link: saved.trackedLink }) : undefined} />
        <Stack gap={4}>
          <TextInput type="datetime-local" label={t('editor.scheduledFor', { zone })} value={form.scheduledLocal} readOnly={readOnly}
            error={err('scheduledFor')} data-testid="variant-schedule"
            onChange={(e) => set({ scheduledLocal: e.currentTarget.value })} />
          {!readOnly && form.channelAccount && (
            <NextSlotButton brand={brand} channelAccount={form.channelAccount}
              onSlot={(local) => set({ scheduledLocal: local })} />
          )}
        </Stack>
      </Group>
      <Textarea label={t('editor.firstComment')} autosize minRows={1} value={form.firstComment} readOnly={readOnly}
        error={err('firstComment')} onChange={(e) => set({ firstComment: e.currentTarget.value })} />
      <Group grow>
        <Select label={t('editor.contentType')} data={CONTENT_TYPES.map((c) => ({ value: c, label: t(`contentType.${c}`) }))} value={form.contentType} allowDeselect={false}
          readOnly={readOnly} error={err('contentType')} onChange={(v) => v && set({ contentType: v })} />
        <Select label={t('editor.riskLevel')} data={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))} value={form.riskLevel} allowDeselect={false}
          readOnly={readOnly} error={err('riskLevel')} onChange={(v) => v && set({ riskLevel: v })} />
      </Group>
      </>)}
    </Stack>
  );
}

/** The variant's images with their licence and the image checks' findings; upload with a licence. */
function MediaList({ brand, media, findings, readOnly, error, onChange }: {
  brand: string; media: Media[]; findings: Map<number, { severity: string; message: string }[]>; readOnly: boolean;
  error?: string; onChange: (m: Media[]) => void;
}) {
  const { t } = useTranslation('publishing');
  const words = usePublishingWords();
  const [file, setFile] = useState<File | null>(null);
  const [licence, setLicence] = useState<string>('own');
  const [author, setAuthor] = useState('');
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const q = new URLSearchParams({ licence });
      if (author.trim()) q.set('author', author.trim());
      if (source.trim()) q.set('source', source.trim());
      const { body } = await api<Media>(`/api/v1/brands/${encodeURIComponent(brand)}/media?${q}`,
        { method: 'POST', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream' } });
      onChange([...media, body]);
      setFile(null);
    } catch (e) {
      setProblem(e instanceof ApiError ? problemText(e) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset style={{ border: '1px solid #ced4da', borderRadius: 6, padding: 8 }}>
      <legend><Text size="sm" fw={600} span>{t('media.images', { count: media.length })}</Text></legend>
      {error && <Text size="sm" c="red.9" role="alert">{error}</Text>}
      <ul className="plain-list">
        {media.map((m, i) => (
          <li key={m.id}>
            <Group gap="xs" align="start" wrap="nowrap">
              <img src={`/api/v1/brands/${encodeURIComponent(brand)}/media/${m.id}`} alt={t('media.image', { n: i + 1 })}
                className="attachment-thumb" />
              <div>
                <Text size="sm">{m.width} × {m.height} · {m.contentType}{m.licence ? ` · ${t('media.licenceIs', { licence: m.licence.licence })}` : ''}
                  {m.licence?.author ? ` · ${m.licence.author}` : ''}</Text>
                {(findings.get(i) ?? []).map((f, j) => (
                  <Text key={j} size="sm" c={f.severity.startsWith('block') ? 'red.9' : 'dark'}>{words.severity(f.severity)} <FindingMessage finding={f} /></Text>
                ))}
                {!readOnly && (
                  <Button size="compact-xs" variant="outline" color="dark" mt={2}
                    onClick={() => onChange(media.filter((x) => x.id !== m.id))}>{t('media.remove', { n: i + 1 })}</Button>
                )}
              </div>
            </Group>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <Group align="end" gap="xs" mt="xs">
          <FileInput label={t('media.file')} placeholder={t('media.fileHelp')} accept="image/png,image/jpeg" value={file}
            onChange={setFile} w={200} clearable />
          <Select label={t('media.licence')} data={LICENCES} value={licence} allowDeselect={false} w={190}
            onChange={(v) => v && setLicence(v)} />
          <TextInput label={t('media.author')} value={author} onChange={(e) => setAuthor(e.currentTarget.value)} w={150} />
          <TextInput label={t('media.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} w={150} />
          <Button onClick={upload} loading={busy} disabled={!file} color="indigo.8">{t('media.upload')}</Button>
        </Group>
      )}
      {problem && <Alert color="red" role="alert" mt="xs" title={t('media.notUploaded')}>{problem}</Alert>}
      <Text size="xs" c="gray.8" mt={4}>{t('media.checks')}</Text>
    </fieldset>
  );
}
