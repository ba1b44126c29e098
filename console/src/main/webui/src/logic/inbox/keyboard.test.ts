import { describe, expect, it } from 'vitest';
import { neighbour, SHORTCUTS, shortcutFor } from './keyboard';

describe('the inbox keyboard', () => {
  it('maps one key to each thing an agent does', () => {
    const at = (key: string) => shortcutFor({ key, typing: false });
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'r', 'a', 'e', '/', '?'].map(at))
      .toEqual(['next', 'next', 'previous', 'previous', 'reply', 'assign', 'resolve', 'search', 'help']);
    expect(at('x')).toBeNull();
    expect(shortcutFor({ key: 'Enter', ctrlKey: true, typing: true })).toBe('send');
    expect(shortcutFor({ key: 'Enter', metaKey: true, typing: true })).toBe('send');
  });

  it('leaves letters to the user while they type, except send and back to the queue', () => {
    expect(shortcutFor({ key: 'j', typing: true })).toBeNull();
    expect(shortcutFor({ key: '?', typing: true })).toBeNull();
    expect(shortcutFor({ key: 'ArrowDown', typing: true })).toBeNull();
    expect(shortcutFor({ key: 'Escape', typing: true })).toBe('queue');
    expect(shortcutFor({ key: 'Escape', typing: false })).toBeNull();
    expect(shortcutFor({ key: 'r', ctrlKey: true, typing: false })).toBeNull(); // the browser's reload
  });

  it('is quiet while a dialog or an open list owns the keys', () => {
    expect(shortcutFor({ key: 'j', typing: false, overlayOpen: true })).toBeNull();
    expect(shortcutFor({ key: 'Enter', ctrlKey: true, typing: true, overlayOpen: true })).toBeNull();
  });

  it('lists every action once in the overlay', () => {
    const actions = SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions).toEqual(expect.arrayContaining(['next', 'previous', 'reply', 'send', 'assign', 'resolve',
      'search', 'help']));
  });

  it('moves to the next or previous conversation of the queue, stopping at its ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbour(ids, null, 1)).toBe('a');
    expect(neighbour(ids, null, -1)).toBe('c');
    expect(neighbour(ids, 'a', 1)).toBe('b');
    expect(neighbour(ids, 'c', 1)).toBe('c');
    expect(neighbour(ids, 'a', -1)).toBe('a');
    expect(neighbour(ids, 'gone', 1)).toBe('a');
    expect(neighbour([], 'a', 1)).toBeNull();
  });
});
