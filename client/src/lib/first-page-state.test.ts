import { describe, expect, it } from 'vitest';
import { firstPageStateElement } from './first-page-state.ts';

describe('firstPageStateElement', () => {
  it('keeps any text of the data inside the one element, and gives it back whole', () => {
    const hostile = 'Análise </script><script>alert(1)</script> <!-- \u2028\u2029 fim';
    const state = { mutations: [], queries: [{ queryKey: ['x'], state: { data: hostile } }] };
    const element = firstPageStateElement(state as never);
    // The HTML parser ends a script element at "</script": only the element's own end may say it.
    expect(element.match(/<\/script/gi)).toHaveLength(1);
    expect(element.endsWith('</script>')).toBe(true);
    expect(element).not.toContain('<!--');
    const json = element.slice(element.indexOf('>') + 1, -'</script>'.length);
    expect(JSON.parse(json)).toEqual(state);
  });
});
