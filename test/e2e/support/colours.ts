// Colour contrast as the browser computes it, for the screen checks and the draft layout measurements: parsing
// computed colours, blending a colour over another, the colour behind an element and the WCAG contrast ratio.
// The functions run inside the page, so they come as one self-contained kit that `evaluateWithColours` hands over.
import type { Page } from '@playwright/test';

/** The colour functions a check gets inside the page. Colours are [r, g, b, alpha] with r, g, b in 0..255. */
export interface Colours {
  /** A computed colour (rgb()/rgba(), or color(srgb r g b / a) where color-mix() was used), or null otherwise. */
  parse(css: string): number[] | null;
  /** `top` drawn over `bottom`, opaque. */
  blend(top: number[], bottom: number[]): number[];
  /** The colour behind an element: its own background and its ancestors' blended down to white. Null when a
   *  background is a gradient or image (unless `ignoreImages`) or cannot be parsed. */
  backdrop(start: Element, ignoreImages?: boolean): number[] | null;
  /** The WCAG contrast ratio of two colours (1 to 21). */
  contrast(a: number[], b: number[]): number;
}

/** The kit itself: self-contained, because it is sent into the page as source text. */
function colourKit(): Colours {
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
  const luminance = (c: number[]): number => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const blend = (top: number[], bottom: number[]): number[] => {
    const a = top[3] ?? 1;
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1);
  };
  const backdrop = (start: Element, ignoreImages = false): number[] | null => {
    const layers: number[][] = [];
    for (let el: Element | null = start; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (!ignoreImages && style.backgroundImage !== 'none') return null;
      const colour = parse(style.backgroundColor);
      if (!colour) return null;
      if ((colour[3] ?? 0) > 0) layers.push(colour);
      if ((colour[3] ?? 0) >= 1) break;
    }
    return layers.reverse().reduce((acc, layer) => blend(layer, acc), [255, 255, 255, 1]);
  };
  const contrast = (a: number[], b: number[]): number => {
    const [x, y] = [luminance(a), luminance(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  return { parse, blend, backdrop, contrast };
}

/** Runs `check` (self-contained, its result serialisable) in the page with the colour kit. */
export async function evaluateWithColours<R>(page: Page, check: (colours: Colours) => R): Promise<R> {
  return (await page.evaluate(`(${check.toString()})((${colourKit.toString()})())`)) as R;
}
