// Measurements of the draft screen's layout: the side tabs on one row, no panel cut off sideways, the selected
// claim's outline kept inside its own text, and claim underlines with 3:1 contrast against what is behind them.
import type { Page } from '@playwright/test';
import { evaluateWithColours } from './colours';

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
  return evaluateWithColours(page, ({ parse, blend, backdrop, contrast }) => {
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
      const line = parse(getComputedStyle(mark).textDecorationColor) ?? [0, 0, 0, 0];
      const back = backdrop(mark, true) ?? [255, 255, 255, 1];
      underlineContrast = Math.min(underlineContrast, contrast(blend(line, back), back));
    }
    return { tabRowHeight, tabHeight, cutOff, outlineReach, underlineContrast };
  });
}
