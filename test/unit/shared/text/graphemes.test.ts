import { describe, expect, it } from 'vitest';
import { isGraphemeBoundary, snapRangeToGraphemes, snapToGrapheme } from '../../../../shared/text/graphemes';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const FLAG = '\u{1F1EB}\u{1F1F7}';

describe('grapheme boundaries', () => {
  it('never puts a boundary inside an emoji ZWJ sequence, a flag, CRLF or a letter with marks', () => {
    const text = `a${FAMILY}b${FLAG}c\r\nd e\u0301\u0323f \u1100\u1161\u11A8g`;
    const inside = [2, 3, 4, 5, 6, 7, 8]; // within the family (starts at 1, 8 units long)
    for (const k of inside) expect(isGraphemeBoundary(text, k)).toBe(false);
    const flagAt = text.indexOf(FLAG);
    expect(isGraphemeBoundary(text, flagAt + 2)).toBe(false);
    expect(isGraphemeBoundary(text, text.indexOf('\r\n') + 1)).toBe(false);
    expect(isGraphemeBoundary(text, text.indexOf('e\u0301') + 1)).toBe(false);
    expect(isGraphemeBoundary(text, text.indexOf('\u1161'))).toBe(false);
    expect(isGraphemeBoundary(text, 1)).toBe(true);
    expect(isGraphemeBoundary(text, 9)).toBe(true);
  });

  it('snaps backward to the start and forward to the end of a cluster', () => {
    const text = `x${FAMILY}y`;
    expect(snapToGrapheme(text, 4, 'backward')).toBe(1);
    expect(snapToGrapheme(text, 4, 'forward')).toBe(9);
    expect(snapToGrapheme(text, 9, 'forward')).toBe(9);
    expect(snapToGrapheme(text, -3, 'forward')).toBe(0);
    expect(snapToGrapheme(text, 99, 'backward')).toBe(text.length);
  });

  it('widens a range so a highlight keeps whole user-perceived characters', () => {
    const text = `Zoe\u0308 and ${FLAG} \u05E9\u05B8\u05C1`;
    expect(snapRangeToGraphemes(text, 0, 3)).toEqual({ start: 0, end: 4 });
    const flagAt = text.indexOf(FLAG);
    expect(snapRangeToGraphemes(text, flagAt + 2, flagAt + 3)).toEqual({ start: flagAt, end: flagAt + 4 });
    const shin = text.indexOf('\u05E9');
    expect(snapRangeToGraphemes(text, shin, shin + 1)).toEqual({ start: shin, end: shin + 3 });
  });
});
