import { describe, expect, it } from 'vitest';
import { changeLines, compact, diffText, textChanged, wordDiff } from './diff';

describe('diffs for people', () => {
  it('shows the replaced word, not the whole sentence', () => {
    const ops = wordDiff('Darmowy zwrot dla każdego 🎁', 'Bezpłatny zwrot dla każdego 🎁');
    expect(diffText(ops)).toBe('[-Darmowy-]{+Bezpłatny+} zwrot dla każdego 🎁');
    expect(textChanged(ops)).toBe(true);
  });

  it('an insertion in the middle and a deletion at the end', () => {
    expect(diffText(wordDiff('Nowa kolekcja już jest.', 'Nowa zimowa kolekcja już jest'))).toBe(
      'Nowa {+zimowa +}kolekcja już jest[-.-]');
  });

  it('the same text has no change; line breaks count', () => {
    expect(textChanged(wordDiff('Ta sama\nlinia', 'Ta sama\nlinia'))).toBe(false);
    expect(diffText(wordDiff('a\nb', 'a b'))).toBe('a[-\n-]{+ +}b');
  });

  it('joins runs of a kind and drops empty ones', () => {
    expect(compact([{ op: 'equal', text: 'a' }, { op: 'equal', text: 'b' }, { op: 'insert', text: '' },
      { op: 'delete', text: 'c' }])).toEqual([{ op: 'equal', text: 'ab' }, { op: 'delete', text: 'c' }]);
  });

  it('names the other fields and writes their values for people', () => {
    const lines = changeLines({ changes: [
      { field: 'text', before: 'a', after: 'b' },
      { field: 'scheduledFor', before: '2026-01-15T10:00:00Z', after: null },
      { field: 'media', before: [], after: [{ id: 'm1' }] },
      { field: 'firstComment', before: null, after: 'Link w komentarzu' },
    ] }, (iso) => `at ${iso.slice(0, 10)}`);
    expect(lines).toEqual([
      { field: 'Scheduled for', before: 'at 2026-01-15', after: '—' },
      { field: 'Images', before: 'none', after: '1 (m1)' },
      { field: 'First comment', before: '—', after: 'Link w komentarzu' },
    ]);
  });

  it('a long rewrite is one deletion and one insertion, fast', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(' ');
    const ops = wordDiff(a, b);
    expect(ops.map((o) => o.op)).toEqual(['delete', 'insert']);
  });
});
