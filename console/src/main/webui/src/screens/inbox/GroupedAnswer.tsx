import { useState } from 'react';
import { Alert, Button, Group, Paper, Text, Textarea, Title } from '@mantine/core';
import { send } from '../../api';
import type { ConversationSummary, GroupedAnswer as GroupedAnswerView } from '../../types/inbox';
import { problemText } from './common';

/**
 * One public statement for the conversations checked in the queue (an outage, a recall): posted once per
 * channel account; each conversation is answered when its post is delivered (docs/inbox.md#grouped-answer).
 */
export function GroupedAnswerPanel({ brand, selected, items, onDone, onClear }: {
  brand: string; selected: string[]; items: ConversationSummary[]; onDone: (summary: string) => void; onClear: () => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const names = items.filter((i) => selected.includes(i.id)).map((i) => i.author?.name ?? 'Customer');

  const post = async () => {
    setBusy(true);
    setError(null);
    try {
      const { body } = await send<GroupedAnswerView>('POST', `/api/v1/brands/${brand}/grouped-answers`,
        { conversationIds: selected, text });
      setText('');
      // The confirmation lives with the screen: the conversations may leave the queue (and this panel with
      // them) as soon as the platform confirms the post.
      onDone(`Posted on ${body.posts.length} channel account${body.posts.length === 1 ? '' : 's'} for `
        + `${body.posts.reduce((n, p) => n + p.conversationIds.length, 0)} conversations.`);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Grouped answer" data-testid="grouped-answer">
      <Title order={3} size="h5">Grouped answer · {selected.length} conversation{selected.length === 1 ? '' : 's'} of {brand}</Title>
      <Text size="xs" c="gray.8" mb="xs">{names.join(', ')}</Text>
      <Textarea label="Public statement" description="Posted once on each channel account; every selected conversation is linked to it and answered when it is delivered"
        autosize minRows={2} maxLength={8000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ErrorOr error={error} />
      <Group justify="flex-end" mt="xs">
        <Button variant="outline" color="gray.8" onClick={onClear}>Clear selection</Button>
        <Button color="indigo.8" onClick={post} loading={busy} disabled={!text.trim() || selected.length === 0}>
          Post to {selected.length}
        </Button>
      </Group>
    </Paper>
  );
}

function ErrorOr({ error }: { error: string | null }) {
  return error ? <Alert color="red" title="The statement was not posted" role="alert" mt="xs">{error}</Alert> : null;
}
