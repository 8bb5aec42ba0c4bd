import { describeLoginKey } from '../../../../shared/domain/login-limits.ts';

/** The audit log's entity and action codes, as the admin reads them. */
export const AUDIT_ENTITY_LABELS = {
  usuario: 'Usuário',
  valor: 'Valor de indicador',
  token: 'Token de API',
  sessao: 'Entrada no sistema',
  banco: 'Banco de dados (restauração)',
  acao: 'Ação do plano (monitoramento)',
  plano: 'Estrutura do plano',
  reuniao: 'Reunião de condução',
  deliberacao: 'Deliberação',
  relatorio: 'Relatório semestral (texto da coordenadoria)',
  adesao: 'Planificação: adesão de município',
  formacao: 'Planificação: formação',
  etapa: 'Planificação: etapa da fase 1',
  mes: 'Mês de dados (fechamento na reunião)',
  conferencia: 'Conferência dos dados do mês',
  analise: 'Análise do indicador',
  'indicador-acoes': 'Ações que servem a um indicador',
} as const satisfies Record<string, string>;

export const AUDIT_ENTITIES = Object.keys(AUDIT_ENTITY_LABELS) as (keyof typeof AUDIT_ENTITY_LABELS)[];

const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'criação',
  update: 'alteração',
  delete: 'exclusão',
  login: 'entrada',
  revoke: 'revogação',
  'password-reset': 'senha redefinida',
  restore: 'restauração',
  unlock: 'desbloqueio',
};

function labelOf(labels: Record<string, string>, code: string): string {
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}

/** A code the client does not know yet (a new kind of entry) is shown as the server wrote it. */
export function auditEntityLabel(entity: string): string {
  return labelOf(AUDIT_ENTITY_LABELS, entity);
}

export function auditActionLabel(action: string): string {
  return labelOf(AUDIT_ACTION_LABELS, action);
}

/** The item of an entry as the admin reads it: a login wait's key in words, other keys as written. */
export function auditEntityKeyLabel(entity: string, key: string): string {
  return entity === 'sessao' ? describeLoginKey(key) : key;
}
