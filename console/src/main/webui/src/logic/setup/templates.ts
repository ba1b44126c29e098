// Saved-reply variables, as inbox-service reads them (savedreplies.Templates): {author.name}, {author.firstName},
// {brand}, {agent.name}, {channel}; "{{}" and "{}}" write a brace. Filling them here gives the same text the agent's
// composer gets for a conversation, so a manager sees in the setup screen what customers will read.
import type { Language } from '../../i18n/locale';

export const VARIABLES = ['author.name', 'author.firstName', 'brand', 'agent.name', 'channel'] as const;
export type Variable = (typeof VARIABLES)[number];

const VARIABLE = /\{([A-Za-z.]+)\}/g;

/** The variables a body uses that the service does not know (it refuses the body with 400 naming them). */
export function unknownVariables(body: string): string[] {
  const unknown: string[] = [];
  for (const m of body.matchAll(VARIABLE)) {
    if (!(VARIABLES as readonly string[]).includes(m[1]) && !unknown.includes(m[1])) unknown.push(m[1]);
  }
  return unknown;
}

export type Values = Partial<Record<Variable, string | null>>;

/** The body with each known variable replaced (a missing value becomes empty), unknown ones left as written. */
export function fill(body: string, values: Values): string {
  return body.replace(VARIABLE, (whole, name: string) => ((VARIABLES as readonly string[]).includes(name)
    ? values[name as Variable] ?? '' : whole)).split('{{}').join('{').split('{}}').join('}');
}

/** The parts of a body, for showing which words a variable will fill. */
export function segments(body: string): { text: string; variable: Variable | null }[] {
  const out: { text: string; variable: Variable | null }[] = [];
  let last = 0;
  for (const m of body.matchAll(VARIABLE)) {
    if (!(VARIABLES as readonly string[]).includes(m[1])) continue;
    if (m.index > last) out.push({ text: body.slice(last, m.index), variable: null });
    out.push({ text: m[0], variable: m[1] as Variable });
    last = m.index + m[0].length;
  }
  if (last < body.length) out.push({ text: body.slice(last), variable: null });
  return out;
}

/** A conversation the preview takes its customer from (the queue's summary has all it needs). */
export interface ExampleConversation { author: { name: string }; platform: string; brand: string; language?: string | null }

/** Customers to preview with when the brand has no conversation in a language yet, one per console language. */
export const EXAMPLE_AUTHORS: Record<Language, string> = {
  en: 'Olivia Bennett', pl: 'Łucja Wiśniewska', el: 'Νίκος Παπαδόπουλος', ru: 'Анна Соколова',
};

/** The variables' values for a conversation, as inbox-service fills them (the agent's user name, the channel id). */
export function valuesFrom(conversation: ExampleConversation, agentUser: string): Values {
  const name = conversation.author.name?.trim() ?? '';
  return {
    'author.name': name,
    'author.firstName': name ? name.split(/\s+/)[0] : '',
    brand: conversation.brand,
    'agent.name': agentUser,
    channel: conversation.platform,
  };
}

/** The example for a language: the brand's latest conversation in it, else a made-up customer writing in it. */
export function exampleFor(language: Language, found: ExampleConversation[], brand: string,
  platform = 'facebook'): ExampleConversation & { madeUp: boolean } {
  const real = found.find((c) => c.language === language);
  if (real) return { ...real, madeUp: false };
  return { author: { name: EXAMPLE_AUTHORS[language] }, platform, brand, language, madeUp: true };
}
