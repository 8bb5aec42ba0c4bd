import { describe, expect, it } from 'vitest';
import { curlExample, tokenPrefixLabel } from './token-usage.ts';

describe('token usage', () => {
  it('shows only the prefix of a stored token', () => {
    expect(tokenPrefixLabel('pt_ab12cd')).toBe('pt_ab12cd…');
  });
  it('gives a curl command against this panel', () => {
    expect(curlExample('https://painel.saude.mt.gov.br/', 'pt_segredo')).toBe(
      'curl -H "Authorization: Bearer pt_segredo" https://painel.saude.mt.gov.br/api/v1/indicators',
    );
  });
});
