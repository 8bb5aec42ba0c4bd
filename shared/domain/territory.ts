/** IBGE code of Mato Grosso: the root of the territory and where state targets are recorded. */
export const STATE_CODE = '51';
