import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour, relativeLuminance } from './contrast.ts';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    // (1 + 0.05) / (0 + 0.05) = 21.
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#1f4e79', '#1f4e79')).toBe(1);
  });

  it('puts #767676 just over 4.5:1 on white and #777777 just under, the known threshold pair', () => {
    // 0x76 = 118 → 0.4627 → ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812 (grey: L is the channel);
    // 1.05 / 0.2312 = 4.54. 0x77 = 119 → L 0.1845 → 1.05 / 0.2345 = 4.48.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('reads the colours getComputedStyle writes', () => {
    expect(parseColour('rgb(20, 54, 90)')).toEqual([20, 54, 90]);
    expect(parseColour('rgb(20 54 90 / 1)')).toEqual([20, 54, 90]);
    // The header's #14365a: 0.2126 · 0.0070 + 0.7152 · 0.0369 + 0.0722 · 0.1022 = 0.0353.
    expect(relativeLuminance('rgb(20, 54, 90)')).toBeCloseTo(0.0353, 4);
    expect(() => parseColour('rgb(0 0 0 / 50%)')).toThrow(/Cor não reconhecida/);
  });
});
