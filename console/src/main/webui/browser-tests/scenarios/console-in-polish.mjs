import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * The console used in Polish end to end: each user picks "Polski" in the header (the browser itself is en-GB), and
 * the screens of several roles are read — the agent's inbox, incidents and complaint library; the manager's
 * standards (where a response-time target of 0 is refused beside the field, in Polish), calendar and a story; the
 * approver's approvals and ledger. On each screen the interface's own words (headings, labels, tabs, buttons, table
 * headers) are checked for English that must not be left, Polish words and Polish formats are looked for, and a
 * screenshot is taken (and audited for WCAG 2.1 AA, the language picker included).
 */

/** English interface words that must not be left on a screen read in Polish (whole words, case-sensitive). */
const ENGLISH = ['Loading', 'Brand', 'Status', 'Search', 'Open', 'Closed', 'Cancel', 'Save', 'Close', 'Today', 'Month',
  'Week', 'Calendar', 'Standards', 'Approvals', 'Incidents', 'Complaint library', 'Settled complaints', 'Advocates',
  'Waiting for approval', 'Ledger', 'Limits', 'Posts', 'Sections', 'History and differences', 'Response times',
  'Save new version', 'Discard changes', 'What changed and why', 'Targets', 'Channel', 'Priority',
  'Minutes', 'New post', 'Previous', 'Next', 'All channels', 'Campaign', 'Period', 'Currency', 'Customer', 'Kind',
  'Amount', 'Decision', 'Conversation', 'Language', 'Category', 'Details', 'Title', 'Brief', 'Tags', 'Comments',
  'Versions', 'Approval', 'Sign out', 'Skip to content'];

const POLISH_MONTH = /\b\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \d{4}\b/;

/** The interface's own words on the page: not what customers, editors or the services wrote. */
async function interfaceWords(page) {
  return page.evaluate(() => {
    const skip = '.cal-item, .queue-item, .incident-item, [data-testid="incident-title"], .bubble, .note, blockquote, '
      + '[data-testid="complaint-results"] h3, .gov-quote .cal-title, [data-testid="user-name"], .gov-card h3';
    const picked = [...document.querySelectorAll('h1, h2, h3, h4, label, legend, th, [role="tab"], button, '
      + '[role="button"], a[data-active], nav a, .mantine-Alert-title, [placeholder]')]
      .filter((e) => !e.closest(skip) && e.offsetParent !== null);
    // an element's own words; its accessible name only when it shows none (an icon button)
    return picked.map((e) => [(e.textContent ?? '').trim() || (e.getAttribute('aria-label') ?? ''),
      e.getAttribute('placeholder') ?? ''].join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

/** Fails when an English interface word is left; returns what was checked, for the report. */
async function noEnglish(page, screen) {
  const words = await interfaceWords(page);
  const text = words.join(' | ');
  const left = ENGLISH.filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text));
  step('interface words', { screen, count: words.length, englishLeft: left });
  if (left.length > 0) throw new Error(`English left on ${screen}: ${left.join(', ')} in ${text.slice(0, 2000)}`);
  return text;
}

/** Picks Polski in the header's language picker (a combobox named by its label) and waits for the Polish shell. */
async function choosePolish(page) {
  await page.getByTestId('language-picker').click();
  await page.getByRole('option', { name: 'Polski', exact: true }).click();
  await page.getByRole('button', { name: 'Wyloguj się' }).waitFor();
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'pl') throw new Error(`<html lang> is ${lang} after choosing Polski`);
  step('language chosen', { lang });
}

async function screen(page, link, heading) {
  await page.getByRole('navigation', { name: 'Ekrany' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

export default async function consoleInPolish() {
  const storyId = need('STORY_ID');
  const storyTitle = need('STORY_TITLE');
  const plannedDay = need('PLANNED_DAY');
  const incidentTitle = need('INCIDENT_TITLE');
  const result = {};

  // The agent: inbox, incidents, complaint library.
  await browserFor(async (context) => {
    const page = await signIn(context, 'agent1', 'agent1', '/inbox');
    await choosePolish(page);
    const nav = await page.getByRole('navigation', { name: 'Ekrany' }).innerText();
    if (!/Skrzynka/.test(nav) || !/Kalendarz/.test(nav)) throw new Error(`navigation not in Polish: ${nav}`);
    result.inboxNavigation = nav;
    await shot(page, 'pl-01-inbox-agent');

    await screen(page, 'Incydenty', 'Incydenty');
    await page.locator('.incident-item').filter({ hasText: incidentTitle }).first().click();
    await page.getByTestId('incident-view').waitFor();
    await page.getByTestId('incident-view').getByText(/Rozmowy/).first().waitFor();
    const incident = await page.getByTestId('incident-view').innerText();
    if (!/\d+ rozm(owa|owy|ów)/.test(incident) || !/Otworzył\(a\) manager1/.test(incident)) {
      throw new Error(`the incident is not in Polish: ${incident.slice(0, 500)}`);
    }
    if (!/od \d{2}:\d{2}|od \d{1,2} [a-zśźżąęłńó]{3} \d{4}/.test(incident)) throw new Error(`no Polish "since": ${incident.slice(0, 500)}`);
    result.incident = await noEnglish(page, 'incidents');
    await shot(page, 'pl-02-incidents');

    await screen(page, 'Biblioteka reklamacji', 'Biblioteka reklamacji');
    await page.getByTestId('complaints-count').filter({ hasText: /od najnowszej/ }).waitFor();
    result.complaintsCount = await page.getByTestId('complaints-count').innerText();
    result.complaints = await noEnglish(page, 'complaints');
    await shot(page, 'pl-03-complaints');
  });

  // The manager: standards (a target of 0 refused beside the field), calendar, a story.
  await browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/standards');
    await choosePolish(page);
    await page.getByRole('heading', { name: 'Standardy', exact: true }).waitFor();
    await page.getByTestId('standards-version').waitFor();
    const version = await page.getByTestId('standards-version').innerText();
    if (/^Obowiązuje wersja/.test(version) && !POLISH_MONTH.test(version)) throw new Error(`not a Polish date: ${version}`);
    result.standardsVersion = version;
    await page.getByRole('button', { name: '9. Czasy odpowiedzi' }).click();
    const target = page.getByLabel('Domyślny cel (minuty)', { exact: true });
    await target.fill('0');
    await target.blur();
    const ids = ((await target.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const beside = [];
    for (const id of ids) beside.push(await page.locator(`[id="${id}"]`).innerText());
    const message = beside.join(' ');
    // "musi być od 1 do 43 200, a nie 0": Polish words and the Polish thousands separator (a space)
    if ((await target.getAttribute('aria-invalid')) !== 'true' || !/musi być od 1 do 43\s200, a nie 0/u.test(message)) {
      throw new Error(`a target of 0 was not refused beside the field in Polish: ${message}`);
    }
    result.zeroTargetError = message;
    await page.getByLabel('Co się zmieniło i dlaczego').fill('Cel 0 minut — ma zostać odrzucony');
    await page.getByTestId('impact').waitFor();
    result.impact = await page.getByTestId('impact').innerText();
    await page.getByRole('button', { name: 'Zapisz nową wersję' }).click();
    await page.getByTestId('problem').waitFor();
    result.zeroTargetProblem = await page.getByTestId('problem').innerText();
    result.standards = await noEnglish(page, 'standards');
    await shot(page, 'pl-04-standards-target-0');

    await screen(page, 'Kalendarz', 'Kalendarz');
    await page.goto(`${new URL(page.url()).origin}/calendar?date=${plannedDay}`);
    await page.locator(`td[data-day="${plannedDay}"] .cal-item`).filter({ hasText: storyTitle }).first().waitFor();
    const title = await page.getByTestId('calendar-title').innerText();
    const header = await page.locator('.cal-grid thead').innerText();
    // the posts' times only (not their titles, which other tests write freely): 24-hour, as Polish writes them
    const times = await page.locator('.cal-item .cal-time').allInnerTexts();
    if (!/(styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień) \d{4}/.test(title)
      || !/pon/.test(header)) throw new Error(`the calendar is not in Polish: ${title} / ${header}`);
    if (times.length === 0 || times.some((x) => !/^([01]?\d|2[0-3]):[0-5]\d$/.test(x.trim()))) {
      throw new Error(`not a 24-hour time in the calendar: ${times}`);
    }
    result.calendarTitle = title;
    result.calendarHeader = header;
    result.calendar = await noEnglish(page, 'calendar');
    await shot(page, 'pl-05-calendar');

    await page.goto(`${new URL(page.url()).origin}/stories/${storyId}`);
    await page.getByRole('heading', { name: storyTitle }).waitFor();
    await page.getByRole('button', { name: 'Prześlij do zatwierdzenia' }).waitFor();
    result.story = await noEnglish(page, 'story');
    await shot(page, 'pl-06-story');
  });

  // The approver: the approvals and the ledger.
  await browserFor(async (context) => {
    const page = await signIn(context, 'approver1', 'approver1', '/approvals');
    await choosePolish(page);
    await page.getByRole('heading', { name: 'Zatwierdzenia', exact: true }).waitFor();
    await page.getByTestId('approvals').waitFor({ state: 'attached' }); // empty when nothing waits
    await page.waitForFunction(() => !document.body.innerText.includes('Wczytywanie…'));
    result.approvals = await noEnglish(page, 'approvals');
    await shot(page, 'pl-07-approvals');
    await page.getByRole('tab', { name: 'Rejestr' }).click();
    await page.getByTestId('ledger').waitFor();
    const ledger = await page.getByTestId('ledger').innerText();
    result.ledgerHasPolishDate = POLISH_MONTH.test(ledger) || !/\d{4}/.test(ledger);
    result.ledger = await noEnglish(page, 'ledger');
    await shot(page, 'pl-08-approvals-ledger');
  });
  return result;
}
