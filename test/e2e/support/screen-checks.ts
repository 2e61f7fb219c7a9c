// What a screenshot test asserts about the screen it photographs: the key elements are visible, nothing spills out
// sideways, and the visible text has WCAG AA contrast against the background it is drawn on.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { evaluateWithColours } from './colours';

/** A text element whose contrast is below AA: what it says, its ratio and the ratio it needed. */
interface LowContrast {
  text: string;
  ratio: number;
  needed: number;
}

/**
 * Checks the screen as it is now: every locator in `keys` visible, the page no wider than the window, and every
 * visible, enabled piece of text at least 4.5:1 against its background (3:1 for large text).
 */
export async function expectScreenFinished(page: Page, keys: Locator[]): Promise<void> {
  for (const key of keys) await expect(key).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is wider than the window').toBeLessThanOrEqual(0);
  expect(await lowContrastText(page)).toEqual([]);
}

/** The visible text on the page whose colour is below WCAG AA against the colour behind it. */
function lowContrastText(page: Page): Promise<LowContrast[]> {
  return evaluateWithColours(page, ({ parse, blend, backdrop, contrast }) => {
    const found: LowContrast[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('[disabled], [aria-disabled="true"], [aria-hidden="true"], .visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > window.innerHeight) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const behind = backdrop(el);
      if (!behind) continue;
      const colour = parse(style.color);
      if (!colour) continue;
      const ratio = contrast(blend(colour, behind), behind);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed - 0.01) {
        found.push({ text: node.textContent.trim().slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed });
      }
    }
    return found;
  });
}
