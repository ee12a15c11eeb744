import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlightedTexts,
  launchExtension,
  openPopup,
  paintedPeople,
  serveFixtures,
  tabIdOf,
  waitForPaint,
  type FixtureServer,
  type LaunchedExtension,
} from './harness';

let extension: LaunchedExtension;
let server: FixtureServer;

beforeAll(async () => {
  [extension, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await extension.close();
  await server.close();
});

describe('the built extension in Chromium', () => {
  it('highlights the people of a fixture page and leaves its text unchanged', async () => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/war-report.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await waitForPaint(page);
    const people = await paintedPeople(page);
    expect(people).toEqual(
      expect.arrayContaining([
        'Vladimir Putin',
        'Sergei Shoigu',
        'Shoigu',
        'Dmitry Peskov',
        'Yevgeny Prigozhin',
        'Prighozin',
        'Volodymyr Zelenskyy',
      ]),
    );
    expect((await highlightedTexts(page))['dramatis-unknown']).toEqual(['Marina Kovalenko']);
    // Names in the comment form are never read.
    expect(people.filter((t) => t === 'Dmitry Peskov')).toHaveLength(1);
    expect(people).not.toContain('Sergey Lavrov');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers the popup with the report of a tab', async () => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/war-report.html`);
    await waitForPaint(page);
    const popup = await openPopup(extension, await tabIdOf(extension, page));
    await popup.getByText('Minister of Defence of Russia').waitFor({ timeout: 10_000 });
    const names = await popup.locator('.people .name').allTextContents();
    expect(names.slice(0, 3)).toEqual(['Vladimir Putin', 'Sergei Shoigu', 'Dmitry Peskov']);
    await popup.close();
    await page.close();
  });
});
