import { describe, expect, it } from 'vitest';
import { PLANIFICATION_INDICATORS } from '../../shared/domain/planification.ts';
import { readPlanFile } from './plan-file.ts';
import { readUpdateGuides } from './update-guide-file.ts';

describe('the "Como atualizar" guides', () => {
  const guides = readUpdateGuides();
  const { indicators } = readPlanFile();

  it('cover every indicator of the plan, and nothing else', () => {
    expect([...guides.keys()].sort()).toEqual(indicators.map((indicator) => indicator.code).sort());
  });

  it('explain both halves of every rate and send the planificação indicators to their records', () => {
    for (const indicator of indicators) {
      const labels = guides.get(indicator.code)?.parts.map((part) => part.label);
      if (PLANIFICATION_INDICATORS.includes(indicator.code)) {
        expect(guides.get(indicator.code)?.summary, indicator.code).toMatch(/Planificação/);
      } else if (indicator.kind === 'rate') {
        expect(labels, indicator.code).toEqual(['Numerador', 'Denominador']);
      } else {
        expect(labels, indicator.code).toEqual(['Valor']);
      }
    }
  });
});
