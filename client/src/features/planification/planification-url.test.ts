import { describe, expect, it } from 'vitest';
import { planificationPath, readMacroParam } from './planification-url.ts';

describe('planificationPath', () => {
  it('opens the overview, or one macro with ?macro=', () => {
    expect(planificationPath()).toBe('/planificacao');
    expect(planificationPath(null)).toBe('/planificacao');
    expect(planificationPath('5104')).toBe('/planificacao?macro=5104');
  });
});

describe('readMacroParam', () => {
  it('reads the macro, ignoring blanks', () => {
    expect(readMacroParam(new URLSearchParams('macro=5103'))).toBe('5103');
    expect(readMacroParam(new URLSearchParams('macro=%205103%20'))).toBe('5103');
    expect(readMacroParam(new URLSearchParams('macro='))).toBeNull();
    expect(readMacroParam(new URLSearchParams(''))).toBeNull();
  });
});
