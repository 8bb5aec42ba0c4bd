/** One map of series and status colours for every chart (mirrored by the CSS variables in styles.css). */
import type { Status } from '../../../../shared/domain/status.ts';

export const SERIES = {
  actual: { label: 'Valor', color: '#1f4e79' },
  actualPartial: { label: 'Ano parcial ou provisório', color: '#8fb0cf' },
  target: { label: 'Meta', color: '#c2410c' },
  baseline: { label: 'Linha de base', color: '#6b7280' },
} as const;

export const STATUS_COLORS: Record<Status, string> = {
  achieved: '#2e7d32',
  at_risk: '#b26a00',
  not_achieved: '#c62828',
  no_data: '#9e9e9e',
  no_target: '#607d8b',
  small_number: '#7e57c2',
};

export const AXIS = { tick: { fontSize: 12, fill: '#374151' }, grid: '#e5e7eb' } as const;

export type ValueFormatter = (value: number | null) => string;
