import { caretColour } from './section-editor';

/** WCAG relative luminance of an `hsl(h s% l%)` colour. */
function luminance(hsl: string): number {
  const [h, s, l] = (hsl.match(/[\d.]+/g) ?? []).map(Number);
  const sat = s / 100;
  const light = l / 100;
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return light - sat * Math.min(light, 1 - light) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(f(0)) + 0.7152 * linear(f(8)) + 0.0722 * linear(f(4));
}

describe('caretColour', () => {
  it('keeps white name labels at 4.5:1 or more for every name', () => {
    const names = Array.from({ length: 720 }, (_, i) => `Deelnemer ${i}`);
    const worst = Math.min(...names.map((n) => 1.05 / (luminance(caretColour(n)) + 0.05)));
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it('gives one name the same colour everywhere', () => {
    expect(caretColour('Joke Nijenhuis')).toBe(caretColour('Joke Nijenhuis'));
  });
});
