import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, CopyButton, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput,
  Textarea, Title } from '@mantine/core';
import { ApiError, get, getAll, send } from '../../api';
import { mentionSegments, mentions } from '../../logic/inbox/compose';
import { progress } from '../../logic/publishing/approval';
import { type Thread, spanText, threads } from '../../logic/publishing/composer';
import { changeLines, compact, wordDiff } from '../../logic/publishing/diff';
import { asFinding, findingCode, openBlocking } from '../../logic/publishing/findings';
import { usePublishingWords, useStatusLabel } from './common';
import { formatIn } from '../../logic/publishing/zoned';
import type { HistoryEntry, Reviewer, StoryComment, TextOp, Variant, VariantDiff, VariantVersion }
  from '../../types/publishing';
import { problemText } from '../inbox/common';
import { useFormat, useTranslation } from '../../i18n/i18n';

const storyPath = (brand: string, storyId: string) =>
  `/api/v1/brands/${encodeURIComponent(brand)}/stories/${storyId}`;

/** The text's changes: insertions underlined in green, deletions struck through in red, in words for readers. */
export function DiffView({ diff, zone }: { diff: Pick<VariantDiff, 'changes' | 'text'>; zone: string }) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const ops: TextOp[] = compact(diff.text ?? []);
  const lines = changeLines(diff, (iso) => formatIn(iso, zone, language));
  return (
    <Stack gap={4} data-testid="diff">
      {ops.some((o) => o.op !== 'equal') && (
        <div className="diff-text" aria-label={t('panels.textChanges')}>
          {ops.map((o, i) => (o.op === 'insert' ? <ins key={i}><span className="visually-hidden">[{t('panels.added')}: </span>{o.text}
            <span className="visually-hidden">]</span></ins>
            : o.op === 'delete' ? <del key={i}><span className="visually-hidden">[{t('panels.removed')}: </span>{o.text}
              <span className="visually-hidden">]</span></del> : <span key={i}>{o.text}</span>))}
        </div>
      )}
      {lines.map((l) => <Text key={l.field} size="sm"><strong>{l.field}:</strong> {l.before} → {l.after}</Text>)}
      {!ops.some((o) => o.op !== 'equal') && lines.length === 0 && <Text size="sm">{t('panels.noChange')}</Text>}
    </Stack>
  );
}

/**
 * Approve or ask for changes, with a comment; an approver may override each blocking finding with a reason
 * (recorded). calendar-service decides who may: 403 for one's own variant or when not an approver of the step.
 */
export function DecisionForm({ brand, storyId, variant, onDone }: {
  brand: string; storyId: string; variant: Variant; onDone: (v: Variant, text: string) => void;
}) {
  const { t } = useTranslation('publishing');
  const [comment, setComment] = useState('');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const blocking = openBlocking(variant.findings ?? []);
  const decide = async (decision: 'approve' | 'request_changes') => {
    setBusy(true);
    setProblem(null);
    try {
      const overrides = decision === 'approve'
        ? blocking.map((f) => ({ code: findingCode(f), reason: (reasons[findingCode(f)] ?? '').trim() }))
          .filter((o) => o.reason) : [];
      const { body } = await send<Variant>('POST', `${storyPath(brand, storyId)}/variants/${variant.id}/decisions`,
        { decision, comment, overrides });
      onDone(body, (decision === 'approve' ? t('decision.approved') : t('decision.changesRequested'))
        + (comment ? `: “${comment}”` : ''));
      setComment('');
    } catch (e) {
      setProblem(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const missingReason = blocking.some((f) => !(reasons[findingCode(f)] ?? '').trim());
  return (
    <Stack gap="xs" component="section" aria-label={t('decision.label')}>
      {blocking.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>⛔ {t('decision.blocking', { count: blocking.length })}</Text>
          {blocking.map((f) => (
            <Textarea key={findingCode(f)} label={t('decision.overrideReason', { message: f.message })} autosize minRows={1}
              value={reasons[findingCode(f)] ?? ''}
              onChange={(e) => { const v = e.currentTarget.value; setReasons((r) => ({ ...r, [findingCode(f)]: v })); }} />
          ))}
        </Stack>
      )}
      <Textarea label={t('decision.comment')} description={t('decision.commentHelp')} autosize minRows={2} value={comment}
        onChange={(e) => setComment(e.currentTarget.value)} data-testid="decision-comment" />
      <Group>
        <Button color="teal.9" loading={busy} disabled={missingReason} onClick={() => decide('approve')}>
          {blocking.length ? t('decision.approveOverride') : t('decision.approve')}</Button>
        <Button color="red.9" variant="outline" loading={busy} disabled={!comment.trim()}
          onClick={() => decide('request_changes')}>{t('decision.requestChanges')}</Button>
      </Group>
      {problem && <Alert color="red" role="alert" title={t('decision.notDecided')} data-testid="decision-problem">{problem}</Alert>}
    </Stack>
  );
}

/** A variant's approval: its steps in order, who may approve and how many must, each decision, skips, overrides. */
export function ApprovalHistory({ variant, zone }: { variant: Variant; zone: string }) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const words = usePublishingWords();
  const a = variant.approval;
  const overridden = (variant.findings ?? []).map((f) => asFinding(f, variant.text)).filter((f) => f.overridden);
  return (
    <Stack gap="xs" data-testid="approval-history">
      <Text size="sm" fw={600}>{words.progress(progress(a))}{a && a.round > 0 ? ` · ${t('approval.round', { round: a.round })}` : ''}</Text>
      {a && a.steps.length > 0 && (
        <ol className="gov-plain">
          {a.steps.map((s, i) => (
            <li key={i} data-step-state={s.state}>
              <Text size="sm"><strong>{s.name}</strong> — {words.stepState(s.state)} · {words.required(s)}:
                {' '}{s.approvers.map(words.approver).join(', ')}</Text>
              {(s.remindAfter || s.escalateAfter) && (
                <Text size="xs" c="gray.8">{s.remindAfter ? t('approval.remindAfter', { time: words.duration(s.remindAfter) }) : ''}
                  {s.escalateAfter ? `${s.remindAfter ? ' · ' : ''}${t('approval.escalatesAfter', { time: words.duration(s.escalateAfter),
                    to: (s.escalateTo ?? []).map(words.approver).join(', ') })}` : ''}</Text>
              )}
              {s.activeSince && <Text size="xs" c="gray.8">{t('approval.decidingSince', { at: formatIn(s.activeSince, zone, language) })}
                {s.reminded ? ` · ${t('approval.reminded')}` : ''}{s.escalated ? ` · ⚠ ${t('approval.escalated')}` : ''}</Text>}
              {s.decisions.length > 0 && (
                <ul className="plain-list">{s.decisions.map((d, j) => (
                  <li key={j}><Text size="sm">{d.decision === 'approve' ? `✓ ${t('decision.approved')}` : `↩ ${t('decision.changesRequested')}`}
                    {' '}{t('panels.byAt', { who: d.byExternal ? `${d.by} (${t('approval.externalShort')})` : d.by,
                      at: formatIn(d.at, zone, language) })}{d.comment ? `: “${d.comment}”` : ''}</Text></li>
                ))}</ul>
              )}
              {s.skipped && <Text size="sm">⤼ {t('approval.skippedBy', { who: s.skipped.by, at: formatIn(s.skipped.at, zone, language),
                reason: s.skipped.reason })}</Text>}
            </li>
          ))}
        </ol>
      )}
      {overridden.map((f, i) => (
        <Text key={i} size="sm">{t('approval.override', { message: f.message, who: f.overridden!.by,
          at: formatIn(f.overridden!.at, zone, language), reason: f.overridden!.reason })}</Text>
      ))}
    </Stack>
  );
}

/** Every version of a variant, and what changed between any two. */
export function VersionHistory({ brand, storyId, variant, zone }: {
  brand: string; storyId: string; variant: Variant; zone: string;
}) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const statusLabel = useStatusLabel();
  const [versions, setVersions] = useState<VariantVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [diff, setDiff] = useState<Pick<VariantDiff, 'changes' | 'text'> | null>(null);
  const [corrections, setCorrections] = useState<HistoryEntry[]>([]);
  const base = `${storyPath(brand, storyId)}/variants/${variant.id}`;
  useEffect(() => {
    // The corrections asked for this (published) variant, with who, why and where each stands.
    getAll<HistoryEntry>(`${base}/history`)
      .then((items) => setCorrections(items.filter((e) => e.kind === 'correction')))
      .catch(() => setCorrections([]));
  }, [base, variant.version, variant.status]);
  useEffect(() => {
    getAll<VariantVersion>(`${base}/versions`)
      .then((all) => {
        const items = [...all].sort((a, b) => b.version - a.version);
        setVersions(items);
        if (items.length > 1) { setFrom(String(items[1].version)); setTo(String(items[0].version)); }
      })
      .catch((e: ApiError) => setError(e.message));
  }, [base, variant.version]);
  useEffect(() => {
    if (!from || !to || from === to) { setDiff(null); return; }
    get<VariantDiff>(`${base}/diff?from=${from}&to=${to}`).then(({ body }) => setDiff(body))
      .catch(() => {
        // The service's diff did not answer: the texts of the two versions are at hand.
        const a = versions?.find((v) => String(v.version) === from);
        const b = versions?.find((v) => String(v.version) === to);
        if (a && b) setDiff({ changes: [], text: wordDiff(a.text ?? '', b.text ?? '') });
      });
  }, [base, from, to, versions]);
  if (error) return <Text size="sm" c="red.9">The history did not load: {error}</Text>;
  if (!versions) return <Text size="sm">{t('panels.loadingHistory')}</Text>;
  const options = versions.map((v) => ({ value: String(v.version),
    label: `${t('panels.version', { version: v.version })} · ${v.by} · ${formatIn(v.at, zone, language)}` }));
  return (
    <Stack gap="xs" data-testid="version-history">
      <ol className="gov-plain" reversed>
        {versions.map((v) => (
          <li key={v.version}><Text size="sm">{t('panels.version', { version: v.version })} · {statusLabel(v.status)}
            {' · '}{t('panels.byAt', { who: v.by, at: formatIn(v.at, zone, language) })}</Text></li>
        ))}
      </ol>
      {corrections.length > 0 && (
        <section aria-label={t('panels.corrections')} data-testid="correction-history">
          <Title order={4} size="h6">{t('panels.corrections')}</Title>
          <ol className="gov-plain">
            {corrections.map((c) => (
              <li key={c.correctionId ?? c.at}><Text size="sm">
                {c.correctionKind === 'reply' ? t('panels.correctionReply') : t('story.correction')}
                {' '}{t('panels.byAt', { who: c.by, at: formatIn(c.at, zone, language) })} ·{' '}
                {statusLabel(c.status)}{c.reason ? ` · ${t('panels.why', { reason: c.reason })}` : ''}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text></li>
            ))}
          </ol>
        </section>
      )}
      {versions.length > 1 && (
        <>
          <Group grow>
            <Select label={t('panels.compareFrom')} data={options} value={from} onChange={setFrom} allowDeselect={false} />
            <Select label={t('panels.compareTo')} data={options} value={to} onChange={setTo} allowDeselect={false} />
          </Group>
          {diff && <DiffView diff={diff} zone={zone} />}
        </>
      )}
    </Stack>
  );
}

/** Comments on the story or one variant: threads, @mentions, internal or for external reviewers, resolve, spans. */
export function Comments({ brand, storyId, variant, selection, mayWrite, zone }: {
  brand: string; storyId: string; variant: Variant | null; selection: { start: number; end: number } | null;
  mayWrite: boolean; zone: string;
}) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const [comments, setComments] = useState<StoryComment[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'internal' | 'external'>('internal');
  const [scope, setScope] = useState<'variant' | 'story'>('variant');
  const [onWords, setOnWords] = useState(false);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const path = `${storyPath(brand, storyId)}/comments`;
  const load = useCallback(() => {
    getAll<StoryComment>(path).then((items) => { setComments(items); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [path]);
  useEffect(() => { load(); }, [load]);

  const span = onWords && selection && variant ? {
    start: [...variant.text.slice(0, selection.start)].length, end: [...variant.text.slice(0, selection.end)].length,
  } : null;
  const post = async () => {
    setProblem(null);
    try {
      await send('POST', path, { text, visibility, parentId: replyTo,
        variantId: scope === 'variant' && variant ? variant.id : null, span });
      setText('');
      setReplyTo(null);
      setOnWords(false);
      load();
    } catch (e) {
      setProblem(problemText(e));
    }
  };
  const resolve = async (id: string) => {
    try { await send('POST', `${path}/${id}/resolve`, {}); load(); } catch (e) { setProblem(problemText(e)); }
  };
  const list: Thread[] = threads(comments, variant ? variant.id : 'all');
  const told = mentions(text);
  const one = (c: StoryComment, reply = false) => (
    <div key={c.id} className={`comment${c.visibility === 'external' ? ' comment-external' : ''}${c.resolved ? ' comment-resolved' : ''}`}
      data-comment-id={c.id} style={reply ? { marginLeft: 16 } : undefined}>
      <Group gap={6}>
        <Text size="sm" fw={600}>{c.author}{c.authorExternal ? ' (external reviewer)' : ''}</Text>
        <Badge size="xs" color={c.visibility === 'external' ? '#8a3c00' : 'gray.8'} variant="filled">
          {c.visibility === 'external' ? t('comments.external') : t('comments.internal')}</Badge>
        <Text size="xs" c="gray.8">{formatIn(c.createdAt, zone)}</Text>
        {c.resolved && <Text size="xs" c="gray.8">✓ Resolved by {c.resolved.by}</Text>}
      </Group>
      {c.span && variant && c.variantId === variant.id && (
        <Text size="xs">{t('comments.onWords')} <span className="comment-span">“{spanText(variant.text, c.span) ?? t('comments.changedSince')}”</span></Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {mentionSegments(c.text).map((s, i) => (s.mention ? <strong key={i} className="mention">{s.text}</strong> : <span key={i}>{s.text}</span>))}
      </Text>
      {mayWrite && !reply && (
        <Group gap={4}>
          <Button size="compact-xs" variant="outline" color="indigo.8" onClick={() => setReplyTo(c.id)}>{t('comments.reply')}</Button>
          {!c.resolved && <Button size="compact-xs" variant="outline" color="indigo.8" onClick={() => resolve(c.id)}>{t('comments.resolve')}</Button>}
        </Group>
      )}
    </div>
  );
  return (
    <Stack gap="xs" data-testid="comments">
      {error && <Text size="sm" c="red.9">The comments did not load: {error}</Text>}
      {list.length === 0 && !error && <Text size="sm">{t('comments.none')}</Text>}
      {list.map((t) => <div key={t.comment.id}>{one(t.comment)}{t.replies.map((r) => one(r, true))}</div>)}
      {mayWrite && (
        <Stack gap={4}>
          {replyTo && <Group gap={4}><Text size="sm">{t('comments.replying')}</Text>
            <Button size="compact-xs" variant="subtle" color="dark" onClick={() => setReplyTo(null)}>{t('comments.stopReplying')}</Button></Group>}
          <Textarea label={t('decision.comment')} description={t('comments.help')} autosize minRows={2} value={text}
            onChange={(e) => setText(e.currentTarget.value)} />
          {told.length > 0 && <Text size="xs">Will tell: {told.map((m) => `@${m}`).join(', ')}</Text>}
          <Group gap="xs">
            <SegmentedControl aria-label={t('comments.whoSees')} value={visibility} color="indigo.8"
              onChange={(v) => setVisibility(v as 'internal' | 'external')}
              data={[{ value: 'internal', label: t('comments.internal') }, { value: 'external', label: t('comments.external') }]} />
            {variant && !replyTo && (
              <SegmentedControl aria-label={t('comments.about')} value={scope} color="indigo.8" onChange={(v) => setScope(v as 'variant' | 'story')}
                data={[{ value: 'variant', label: t('comments.thisVariant') }, { value: 'story', label: t('comments.wholeStory') }]} />
            )}
          </Group>
          {variant && scope === 'variant' && !replyTo && (
            <label style={{ fontSize: '0.875rem' }}>
              <input type="checkbox" checked={onWords} disabled={!selection} onChange={(e) => setOnWords(e.currentTarget.checked)} />
              {' '}{selection ? t('comments.onSelected', { words: variant.text.slice(selection.start, selection.end) })
                : t('comments.selectFirst')}
            </label>
          )}
          <Group><Button color="indigo.8" disabled={!text.trim()} onClick={post}>{replyTo ? t('comments.reply') : t('comments.comment')}</Button></Group>
          {problem && <Alert color="red" role="alert" title={t('story.notSaved')}>{problem}</Alert>}
        </Stack>
      )}
    </Stack>
  );
}

/** External reviewers of the story: invite (e-mail, name, days; the link is e-mailed), the link with a copy button, list, revoke. */
export function Reviewers({ brand, storyId, mayWrite, zone }: { brand: string; storyId: string; mayWrite: boolean; zone: string }) {
  const { t } = useTranslation('publishing');
  const { language } = useFormat();
  const [items, setItems] = useState<Reviewer[]>([]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | string>(7);
  const [created, setCreated] = useState<Reviewer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const path = `${storyPath(brand, storyId)}/reviewers`;
  const load = useCallback(() => {
    getAll<Reviewer>(path).then(setItems).catch((e: ApiError) => setProblem(e.message));
  }, [path]);
  useEffect(() => { load(); }, [load]);
  const invite = async () => {
    setProblem(null);
    try {
      const { body } = await send<Reviewer>('POST', path, { email, name, expiresInDays: Number(days) || 7 });
      setCreated(body);
      setEmail('');
      setName('');
      load();
    } catch (e) {
      setProblem(problemText(e));
    }
  };
  const revoke = async (id: string) => {
    setProblem(null);
    try { await send('DELETE', `${path}/${id}`, {}); load(); } catch (e) { setProblem(problemText(e)); }
  };
  // The review page is this console's: its address here, whatever base calendar-service was configured with.
  const absolute = (r: Reviewer) => {
    const path = r.token ? `/review/${encodeURIComponent(r.token)}` : new URL(r.link, window.location.origin).pathname;
    return `${window.location.origin}${path}`;
  };
  return (
    <Stack gap="xs" data-testid="reviewers">
      {mayWrite && (
        <Group align="end" gap="xs">
          <TextInput label={t('reviewers.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} w={220} />
          <TextInput label={t('reviewers.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={180} />
          <NumberInput label={t('reviewers.days')} min={1} max={30} value={days} onChange={setDays} w={150} />
          <Button color="indigo.8" disabled={!email.trim() || !name.trim()} onClick={invite}>{t('reviewers.invite')}</Button>
        </Group>
      )}
      {created && (
        <Alert color={created.emailed ? 'teal' : 'orange'} role="status" data-testid="reviewer-link"
          data-emailed={created.emailed ? 'true' : 'false'}
          title={created.emailed ? t('reviewers.emailed', { name: created.name }) : t('reviewers.notEmailed', { name: created.name })}>
          {created.emailed
            ? <Text size="sm">{t('reviewers.sent', { email: created.email })}</Text>
            : <Text size="sm">{t('reviewers.mailRefused', { problem: created.emailProblem ? ` (${created.emailProblem})` : '' })}</Text>}
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="reviewer-link-url">{absolute(created)}</Text>
          <Text size="xs">{t('reviewers.validUntil', { at: formatIn(created.expiresAt, zone, language) })}</Text>
          <CopyButton value={absolute(created)}>
            {({ copied, copy }) => <Button size="compact-sm" mt={4} color="indigo.8" onClick={copy}>{copied ? t('reviewers.copied') : t('reviewers.copy')}</Button>}
          </CopyButton>
        </Alert>
      )}
      {problem && <Alert color="red" role="alert" title={t('reviewers.notDone')}>{problem}</Alert>}
      <ul className="plain-list">
        {items.map((r) => (
          <li key={r.id}><Group gap="xs">
            <Text size="sm">{r.name} &lt;{r.email}&gt; · {r.revokedAt ? t('reviewers.revokedAt', { at: formatIn(r.revokedAt, zone, language) })
              : t('reviewers.validTill', { at: formatIn(r.expiresAt, zone, language) })}</Text>
            {mayWrite && !r.revokedAt && (
              <Button size="compact-xs" variant="outline" color="red.9" onClick={() => revoke(r.id)}>{t('reviewers.revoke', { name: r.name })}</Button>
            )}
          </Group></li>
        ))}
      </ul>
      {items.length === 0 && <Text size="sm">{t('reviewers.none')}</Text>}
    </Stack>
  );
}
