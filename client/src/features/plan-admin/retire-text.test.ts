import { describe, expect, it } from 'vitest';
import { nodeName, retiredNotice, retiredOnText, retireQuestion, returnedNotice } from './retire-text.ts';

describe('retire texts', () => {
  it('name nodes with the right article and gender', () => {
    expect(nodeName('objective', '2')).toBe('o objetivo 2');
    expect(nodeName('operational', '1.1.6')).toBe('a ação operacional 1.1.6');
    expect(retiredOnText('objective', '24/11/2026')).toBe('Retirado em 24/11/2026');
    expect(retiredOnText('strategic', '24/11/2026')).toBe('Retirada em 24/11/2026');
    expect(retiredNotice('objective', '2')).toBe('O objetivo 2 foi retirado do plano.');
    expect(retiredNotice('strategic', '1.2')).toBe('A ação estratégica 1.2 foi retirada do plano.');
    expect(returnedNotice('operational', '1.1.6')).toBe('A ação operacional 1.1.6 voltou ao plano.');
  });
  it('say before retiring that the history is kept and the node can come back', () => {
    const { question, explanation } = retireQuestion('operational', '1.1.6');
    expect(question).toBe('Retirar a ação operacional 1.1.6 do plano?');
    expect(explanation).toMatch(/histórico \(registros mensais e auditoria\) é mantido/);
    expect(explanation).toMatch(/devolvida ao plano depois/);
  });
  it('warn that a parent’s actions are not retired with it', () => {
    expect(retireQuestion('strategic', '1.2').explanation).toMatch(
      /ações operacionais abaixo dela não são retiradas uma a uma/,
    );
    expect(retireQuestion('objective', '2').explanation).toMatch(/devolvido ao plano depois/);
  });
});
