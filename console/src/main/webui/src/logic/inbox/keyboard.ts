// The inbox's keyboard: one key per thing an agent does all day, and where focus goes after each
// (docs/console.md, "The Inbox screen", Keyboard). The screen listens on the page and asks `shortcutFor` what a key
// means; the "?" overlay lists SHORTCUTS in the user's language.

export type ShortcutAction = 'next' | 'previous' | 'reply' | 'send' | 'assign' | 'resolve' | 'search' | 'queue'
  | 'help';

/** The shortcuts as the overlay lists them: the keys a person presses, and what each does (a key of `keys.*`). */
export const SHORTCUTS: { keys: string[]; action: ShortcutAction }[] = [
  { keys: ['j', '↓'], action: 'next' },
  { keys: ['k', '↑'], action: 'previous' },
  { keys: ['r'], action: 'reply' },
  { keys: ['Ctrl', 'Enter'], action: 'send' },
  { keys: ['a'], action: 'assign' },
  { keys: ['e'], action: 'resolve' },
  { keys: ['/'], action: 'search' },
  { keys: ['Esc'], action: 'queue' },
  { keys: ['?'], action: 'help' },
];

/** What the page needs to know of a key press. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** the focused element takes text (an input, a textarea, a select, contenteditable) */
  typing: boolean;
  /** a dialog, menu or listbox is open and owns the keys */
  overlayOpen?: boolean;
}

/**
 * The action a key press asks for, or null for a key that is not a shortcut here. While the user types, only
 * Ctrl+Enter (send) and Escape (back to the queue) are shortcuts: letters are the user's text. Arrow keys move in
 * the queue only when focus is not in a field (where they move the caret or an open list).
 */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.overlayOpen) return null;
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return 'send';
  if (e.key === 'Escape') return e.typing ? 'queue' : null;
  if (e.typing || e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'j': case 'ArrowDown': return 'next';
    case 'k': case 'ArrowUp': return 'previous';
    case 'r': return 'reply';
    case 'a': return 'assign';
    case 'e': return 'resolve';
    case '/': return 'search';
    case '?': return 'help';
    default: return null;
  }
}

/** Whether the focused element takes text, so letters are not shortcuts. */
export function takesText(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * The conversation after (or before) the open one in the queue; with none open, the first (or the last). At either
 * end it stays where it is.
 */
export function neighbour(ids: string[], openId: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = openId ? ids.indexOf(openId) : -1;
  if (at < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}
