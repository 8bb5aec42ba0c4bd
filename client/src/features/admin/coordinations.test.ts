import { describe, expect, it } from 'vitest';
import { parseCoordinationCodes } from './coordinations.ts';

describe('parseCoordinationCodes', () => {
  it('reads codes separated by commas, semicolons or spaces, in any case, once each', () => {
    expect(parseCoordinationCodes(' coap, CAS;cat  saude-bucal,COAP ')).toEqual({
      codes: ['COAP', 'CAS', 'CAT', 'SAUDE-BUCAL'],
      unknown: [],
    });
  });
  it('points out the codes that are not coordenadorias', () => {
    expect(parseCoordinationCodes('COAP, XYZ, CA')).toEqual({
      codes: ['COAP', 'XYZ', 'CA'],
      unknown: ['XYZ', 'CA'],
    });
  });
  it('reads an empty field as no coordenadoria', () => {
    expect(parseCoordinationCodes(' , ')).toEqual({ codes: [], unknown: [] });
  });
});
