// The glossary: one entry per figure the analytics screens show, saying how it is computed, its base and its
// attribution (which date, which agent) — the words are in the `analytics` namespace under glossary.entries.<id>,
// matching docs/metrics.md. `fields` are the API fields an entry explains (glossary.test.ts holds every field the
// API returns to an entry).

export const GLOSSARY_SECTIONS = ['care', 'contacts', 'publishing', 'timeline'] as const;
export type GlossarySection = (typeof GLOSSARY_SECTIONS)[number];

export interface GlossaryEntry {
  id: string;
  section: GlossarySection;
  fields: readonly string[];
}

/** What every entry says, in this order. */
export const ENTRY_PARTS = ['name', 'formula', 'base', 'attribution'] as const;

export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'conversations', section: 'care', fields: ['conversations'] },
  { id: 'responseRate', section: 'care', fields: ['responseRate'] },
  { id: 'timeToFirstResponse', section: 'care', fields: ['timeToFirstResponse'] },
  { id: 'withinTarget', section: 'care', fields: ['withinTarget'] },
  { id: 'resolution', section: 'care', fields: ['resolution'] },
  { id: 'reopened', section: 'care', fields: ['reopened'] },
  { id: 'businessHours', section: 'care', fields: ['hours'] },
  { id: 'questionsAnswered', section: 'contacts', fields: ['questionsAnswered'] },
  { id: 'complaintsSettled', section: 'contacts', fields: ['complaintsSettled'] },
  { id: 'suggestionsPassedOn', section: 'contacts', fields: ['suggestionsPassedOn'] },
  { id: 'advocatesGained', section: 'contacts', fields: ['advocatesGained'] },
  { id: 'recommendationsObtained', section: 'contacts', fields: ['recommendationsObtained'] },
  { id: 'recommendationsRequested', section: 'contacts', fields: ['recommendationsRequested'] },
  { id: 'posts', section: 'publishing', fields: ['posts'] },
  { id: 'impressions', section: 'publishing', fields: ['impressions'] },
  { id: 'reach', section: 'publishing', fields: ['reach'] },
  { id: 'views', section: 'publishing', fields: ['views'] },
  { id: 'reactions', section: 'publishing', fields: ['reactions'] },
  { id: 'comments', section: 'publishing', fields: ['comments'] },
  { id: 'shares', section: 'publishing', fields: ['shares'] },
  { id: 'clickThroughs', section: 'publishing', fields: ['clickThroughs'] },
  { id: 'engagements', section: 'publishing', fields: ['engagements'] },
  { id: 'engagementRate', section: 'publishing',
    fields: ['engagementRate', 'engagementRateBase', 'engagementRateBaseValue'] },
  { id: 'followers', section: 'publishing', fields: ['followers'] },
  { id: 'followerGrowth', section: 'publishing', fields: ['followerGrowth', 'growth'] },
  { id: 'moments', section: 'timeline', fields: ['complaint', 'question', 'suggestion', 'praise', 'unclassified'] },
  { id: 'spam', section: 'timeline', fields: ['spam'] },
  { id: 'sentiment', section: 'timeline', fields: ['positive', 'neutral', 'negative'] },
  { id: 'averageScore', section: 'timeline', fields: ['averageScore'] },
  { id: 'incidents', section: 'timeline', fields: ['incidents'] },
];

/** The entry that explains an API field, if any. */
export function entryFor(field: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === field) ?? GLOSSARY.find((e) => e.fields.includes(field));
}

export function entriesOf(section: GlossarySection): GlossaryEntry[] {
  return GLOSSARY.filter((e) => e.section === section);
}
