import { it } from 'vitest';
import { newPage, useServeAndBrowser } from './e2e/harness';
import { goToStep, openStarter, stepButtons } from './e2e/steps';
const ctx = useServeAndBrowser();
it('shots', async () => {
  const { page } = await newPage(ctx.browser);
  await page.setViewportSize({ width: Number(process.env.W ?? 1366), height: 768 });
  await page.goto(ctx.served.url);
  await openStarter(page, new RegExp(process.env.STARTER ?? 'Esempio: Galatina|aggregazione|Cutrofiano'));
  for (const [i, title] of (await stepButtons(page)).entries()) {
    await goToStep(page, title);
    await page.screenshot({ path: `/tmp/shots/${process.env.W ?? 1366}-${String(i + 1).padStart(2, '0')}.png` });
  }
}, 120000);
