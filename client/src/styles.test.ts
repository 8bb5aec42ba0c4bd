import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../test/helpers/contrast.ts';

const STYLESHEET = fs.readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

/** A custom property's value as `:root` declares it. */
function rootColour(name: string): string {
  const value = new RegExp(`^\\s*--${name}:\\s*(#[0-9a-fA-F]{3,6});`, 'm').exec(STYLESHEET)?.[1];
  if (!value) throw new Error(`--${name} não está em styles.css`);
  return value;
}

describe('the focus outline', () => {
  const focus = rootColour('color-focus');

  // WCAG 1.4.11 (non-text contrast): 3:1 against each colour the outline is drawn on.
  it.each([
    ['cards and tables', 'color-surface'],
    ['the page', 'color-bg'],
    ['a hovered row', 'color-primary-soft'],
    ['the header', 'color-primary-dark'],
  ])('stands at least 3:1 against %s', (_where, background) => {
    expect(contrastRatio(focus, rootColour(background))).toBeGreaterThanOrEqual(3);
  });

  it('is the #c46e00 whose ratios the stylesheet states', () => {
    expect(focus).toBe('#c46e00');
    expect(contrastRatio(focus, '#ffffff')).toBeCloseTo(3.77, 2);
    expect(contrastRatio(focus, rootColour('color-primary-dark'))).toBeCloseTo(3.27, 2);
  });
});
