// Measurements of the draft screen's layout: the side tabs on one row, no panel cut off sideways, the selected
// claim's outline kept inside its own text, and claim underlines with 3:1 contrast against what is behind them.
import type { Page } from '@playwright/test';

export interface DraftLayout {
  /** Height of the tab row and of its tallest tab: equal when the tabs fit on one row. */
  tabRowHeight: number;
  tabHeight: number;
  /** Panels (and their scrolling children) whose content is wider than they are. */
  cutOff: string[];
  /** How far the selected claim's outline reaches outside its own box, in px (0 or less: none). */
  outlineReach: number;
  /** The lowest contrast of a claim underline against the claim's background over the pane. */
  underlineContrast: number;
}

/** Measures the draft screen as it is now. */
export function measureDraftLayout(page: Page): Promise<DraftLayout> {
  return page.evaluate(() => {
    const parse = (css: string): number[] => {
      const rgb = css.match(/^rgba?\(([^)]+)\)$/);
      const srgb = css.match(/^color\(srgb ([^)]+)\)$/);
      const body = rgb?.[1] ?? srgb?.[1] ?? '0 0 0 0';
      const parts = body
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = srgb ? 255 : 1;
      return [(parts[0] ?? 0) * scale, (parts[1] ?? 0) * scale, (parts[2] ?? 0) * scale, parts[3] ?? 1];
    };
    const luminance = (c: number[]): number => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const over = (top: number[], bottom: number[]): number[] => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1);
    };
    const behind = (start: Element): number[] => {
      const layers: number[][] = [];
      for (let el: Element | null = start; el; el = el.parentElement) {
        const c = parse(getComputedStyle(el).backgroundColor);
        if ((c[3] ?? 0) > 0) layers.push(c);
        if ((c[3] ?? 0) >= 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
    };

    const tablist = document.querySelector('[role="tablist"][aria-label="Panels"]');
    const tabs = [...(tablist?.querySelectorAll('[role="tab"]') ?? [])];
    const tabRowHeight = tablist
      ? tablist.getBoundingClientRect().height -
        parseFloat(getComputedStyle(tablist).paddingTop) -
        parseFloat(getComputedStyle(tablist).paddingBottom) -
        parseFloat(getComputedStyle(tablist).borderBottomWidth)
      : 0;
    const tabHeight = Math.max(0, ...tabs.map((t) => t.getBoundingClientRect().height));

    const cutOff: string[] = [];
    for (const el of document.querySelectorAll('.project-body *')) {
      if (!(el instanceof HTMLElement) || el.clientWidth <= 1 || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      // Text meant to end in an ellipsis and rows that scroll sideways on purpose are not cut off.
      if (style.textOverflow === 'ellipsis' || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (style.overflowX === 'visible' && el.scrollWidth <= el.clientWidth + 1) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        cutOff.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${el.scrollWidth}>${el.clientWidth}`);
      }
    }

    const selected = document.querySelector('.claim-mark.is-selected');
    let outlineReach = 0;
    if (selected) {
      const s = getComputedStyle(selected);
      if (s.outlineStyle !== 'none') outlineReach = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
      const outset = s.boxShadow.split(/,(?![^(]*\))/).some((shadow) => shadow !== 'none' && !/inset/.test(shadow));
      if (outset) outlineReach = Math.max(outlineReach, 1);
    }

    let underlineContrast = Infinity;
    for (const mark of document.querySelectorAll('.claim-mark')) {
      const line = parse(getComputedStyle(mark).textDecorationColor);
      const back = behind(mark);
      const [a, b] = [luminance(over(line, back)), luminance(back)];
      underlineContrast = Math.min(underlineContrast, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
    }
    return { tabRowHeight, tabHeight, cutOff, outlineReach, underlineContrast };
  });
}
