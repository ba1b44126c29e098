import { browserFor, need, shot, signIn, step } from '../lib.mjs';

/**
 * manager1 opens Brand setup: adds a listening rule (from the keyboard), turns auto-hide on after reading what it
 * does, registers a logo and tests an image, seeing the box where the logo was found and its place in words.
 */
export default async function managerSetsUpBrand() {
  const ruleName = need('RULE_NAME');
  const terms = need('TERMS').split('|');
  const logoId = need('LOGO_ID');
  const logoFile = need('LOGO_FILE');
  const imageFile = need('IMAGE_FILE');
  return browserFor(async (context) => {
    const page = await signIn(context, 'manager1', 'manager1', '/brand/listening');
    await page.getByRole('heading', { name: 'Brand setup', level: 2 }).waitFor();

    // a listening rule, typed where the focus goes
    await page.getByTestId('listening-new').click();
    await page.getByTestId('listening-name').focus();
    await page.keyboard.type(ruleName);
    await page.keyboard.press('Tab'); // to the phrases
    for (const [i, term] of terms.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(term);
    }
    await page.getByTestId('listening-save').focus();
    await page.keyboard.press('Enter');
    const saved = await page.getByTestId('listening-notice').innerText();
    const row = page.locator(`[data-testid="listening-rule"][data-name="${ruleName}"]`);
    await row.waitFor();
    const listed = await row.innerText();
    step('rule added', { saved, listed });
    await shot(page, 'brand-01-listening');

    // auto-hide: the impact is read before it applies
    await page.getByTestId('brand-tab-moderation').click();
    await page.waitForURL((url) => url.pathname === '/brand/moderation');
    const before = await page.getByTestId('moderation-state').innerText();
    await page.getByRole('switch', { name: 'Hide comments classified abusive as they arrive' }).focus();
    await page.keyboard.press('Space');
    const impact = await page.getByTestId('moderation-impact').innerText();
    await page.getByTestId('moderation-save').click();
    const turnedOn = await page.getByTestId('moderation-outcome').innerText();
    const after = await page.getByTestId('moderation-state').innerText();
    step('auto-hide', { before, impact, turnedOn, after });
    await shot(page, 'brand-02-autohide');

    // a logo, then a test image with the logo on it
    await page.getByTestId('brand-tab-logos').click();
    await page.waitForURL((url) => url.pathname === '/brand/logos');
    await page.getByTestId('logo-upload-form').locator('input[type="file"]').setInputFiles(logoFile);
    await page.getByTestId('logo-id').fill(logoId);
    await page.getByTestId('logo-upload').click();
    const uploaded = await page.getByTestId('logos-notice').innerText();
    await page.locator(`[data-testid="logo-row"][data-logo="${logoId}"]`).waitFor();
    await page.getByTestId('logo-test-form').locator('input[type="file"]').setInputFiles(imageFile);
    await page.getByTestId('logo-test').click();
    const result = page.getByTestId('logo-test-result');
    await result.waitFor();
    const box = result.locator(`[data-testid="logo-box"][data-logo="${logoId}"]`);
    await box.waitFor();
    const drawn = await box.evaluate((el) => ({ left: el.style.left, top: el.style.top, width: el.style.width,
      shown: el.getBoundingClientRect().width > 4 }));
    const sightings = await result.getByTestId('logo-sighting').allInnerTexts();
    step('test image', { uploaded, drawn, sightings });
    await shot(page, 'brand-03-logos');
    return { saved, listed, before, impact, turnedOn, after, uploaded, drawn, sightings };
  });
}
