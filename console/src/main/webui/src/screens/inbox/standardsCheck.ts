import { useEffect, useState } from 'react';
import { send } from '../../api';
import type { CheckResult, Finding } from '../../types/inbox';
import { problemText } from './common';

/** Wait this long after the last keystroke before asking the standards engine. */
export const CHECK_DEBOUNCE_MS = 500;

export interface StandardsCheck {
  /** The text the findings were found in; they belong to it and to no later edit. */
  checkedText: string | null;
  findings: Finding[];
  checking: boolean;
  error: string | null;
  /** Replace the findings, as a refusal from the server carries them (the 422 of a blocked send). */
  setFindings: (text: string, findings: Finding[]) => void;
}

/**
 * The brand's standards checked as a public text is typed, debounced, on every channel it goes to (a grouped
 * answer goes to several): the findings of all of them, each once.
 */
export function useStandardsCheck(brand: string, channels: string[], text: string): StandardsCheck {
  const [checked, setChecked] = useState<{ text: string; findings: Finding[] } | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const channelKey = [...new Set(channels)].sort().join(',');

  useEffect(() => {
    if (!text.trim() || !channelKey) { setChecked(null); setError(null); return undefined; }
    const timer = setTimeout(() => {
      setChecking(true);
      Promise.all(channelKey.split(',').map((channel) => send<CheckResult>('POST', `/api/v1/brands/${brand}/checks`,
        { kind: 'reply', channel, text }).then(({ body }) => body.findings)))
        .then((all) => { setChecked({ text, findings: distinct(all.flat()) }); setError(null); })
        .catch((e) => setError(problemText(e)))
        .finally(() => setChecking(false));
    }, CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, brand, channelKey]);

  return {
    checkedText: checked?.text ?? null, findings: checked?.findings ?? [], checking, error,
    setFindings: (t, findings) => setChecked({ text: t, findings }),
  };
}

function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.severity}|${f.span?.start ?? ''}|${f.span?.end ?? ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
