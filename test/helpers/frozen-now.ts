/** A frozen "today" for every test: 24/11/2026. */
export const FROZEN_NOW = new Date('2026-11-24T12:00:00-04:00');
