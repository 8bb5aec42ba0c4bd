/**
 * WCAG 2.x contrast ratio of two colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), for the
 * tests that check the stylesheet's colours and the ones the browser computes.
 */

type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb` (the stylesheet) or `rgb(r, g, b)` / `rgb(r g b)` (getComputedStyle). */
export function parseColour(text: string): Rgb {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const channel = (at: number) => Number.parseInt(full.slice(at, at + 2), 16);
    return [channel(0), channel(2), channel(4)];
  }
  const channels = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*1\s*)?\)$/.exec(value);
  if (channels) return [Number(channels[1]), Number(channels[2]), Number(channels[3])];
  throw new Error(`Cor não reconhecida: ${text}`);
}

/** An sRGB channel (0–255) as linear light (0–1). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance: the linearised channels weighted 0.2126 R + 0.7152 G + 0.0722 B. */
export function relativeLuminance(colour: string): number {
  const [red, green, blue] = parseColour(colour);
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** (lighter + 0.05) / (darker + 0.05): 1 for the same colour, 21 for black on white. */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [relativeLuminance(first), relativeLuminance(second)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
