// What a screenshot test asserts about the screen it photographs: the key elements are visible, nothing spills out
// sideways, and the visible text has WCAG AA contrast against the background it is drawn on.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

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
  return page.evaluate(() => {
    // Computed colours come as rgb()/rgba(), or color(srgb r g b / a) where color-mix() was used; null otherwise.
    const parse = (css: string): number[] | null => {
      const rgb = css.match(/^rgba?\(([^)]+)\)$/);
      const srgb = css.match(/^color\(srgb ([^)]+)\)$/);
      const body = rgb?.[1] ?? srgb?.[1];
      if (!body) return null;
      const parts = body
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = srgb ? 255 : 1;
      return [(parts[0] ?? 0) * scale, (parts[1] ?? 0) * scale, (parts[2] ?? 0) * scale, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]): number => {
      const [lr, lg, lb] = [r, g, b].map((v) => {
        const c = (v ?? 0) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
    };
    const blend = (top: number[], bottom: number[]): number[] => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a));
    };
    // The colour behind an element: its own background and its ancestors' blended down to the page's.
    const backdrop = (start: Element): number[] | null => {
      const layers: number[][] = [];
      for (let el: Element | null = start; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.backgroundImage !== 'none') return null; // gradients and images: not measurable this way
        const colour = parse(style.backgroundColor);
        if (!colour) return null;
        if ((colour[3] ?? 0) > 0) layers.push(colour);
        if ((colour[3] ?? 0) >= 1) break;
      }
      let result = [255, 255, 255];
      for (const layer of layers.reverse()) result = blend(layer, result);
      return result;
    };
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
      const fg = blend(colour, behind);
      const [hi, lo] = [luminance(fg), luminance(behind)].sort((a, b) => b - a);
      const ratio = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
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
