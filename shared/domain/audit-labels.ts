/**
 * Every code the server writes into the audit log — entities, actions and the fields of what
 * changed — with the words the administrator reads. The server's writes are typed by these lists
 * (`auditEntry` in server/services/audit.ts), so a new code does not compile before it has a label.
 * The log is append-only: codes written by older versions stay here too.
 */

export const AUDIT_ENTITY_LABELS = {
  usuario: 'Usuário',
  valor: 'Valor de indicador',
  token: 'Token de API',
  sessao: 'Sessão (entrada no sistema)',
  banco: 'Banco de dados',
  acao: 'Monitoramento de ação',
  plano: 'Estrutura do plano',
  reuniao: 'Reunião de condução',
  deliberacao: 'Deliberação',
  relatorio: 'Relatório semestral',
  adesao: 'Adesão à planificação',
  formacao: 'Formação da planificação',
  etapa: 'Etapa da planificação',
  mes: 'Mês de dados',
  conferencia: 'Conferência de dados',
  analise: 'Análise do indicador',
  'indicador-acoes': 'Ações do indicador',
} as const satisfies Record<string, string>;

export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS;
export const AUDIT_ENTITIES = Object.keys(AUDIT_ENTITY_LABELS) as AuditEntity[];

export const AUDIT_ACTION_LABELS = {
  create: 'Criação',
  update: 'Alteração',
  delete: 'Exclusão',
  login: 'Entrada no sistema',
  revoke: 'Revogação',
  'password-reset': 'Senha redefinida',
  restore: 'Restauração',
  unlock: 'Desbloqueio',
  'registro de monitoramento': 'Registro de monitoramento',
  'objetivo criado': 'Objetivo criado',
  'objetivo alterado': 'Objetivo alterado',
  'ação estratégica criada': 'Ação estratégica criada',
  'ação estratégica alterada': 'Ação estratégica alterada',
  'ação operacional criada': 'Ação operacional criada',
  'ação operacional alterada': 'Ação operacional alterada',
  'retirado do plano': 'Retirado do plano',
  'devolvido ao plano': 'Devolvido ao plano',
  'datas do prazo definidas': 'Datas do prazo definidas',
  'reunião agendada': 'Reunião agendada',
  'pauta proposta': 'Pauta proposta',
  'deliberação registrada': 'Deliberação registrada',
  'deliberação atualizada': 'Deliberação atualizada',
  'reunião encerrada': 'Reunião encerrada',
  'mês fechado': 'Mês fechado',
  'mês reaberto': 'Mês reaberto',
  conferido: 'Dados conferidos',
  'análise do indicador': 'Análise registrada',
  'ações do indicador': 'Ações do indicador definidas',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** How a field's value is read: each kind has one way of being written (audit-text.ts). */
export type AuditFieldKind =
  | 'text'
  | 'number'
  | 'percent'
  | 'yesNo'
  | 'active'
  | 'role'
  | 'actionStatus'
  | 'planKind'
  | 'date'
  | 'moment'
  | 'month'
  | 'user'
  | 'territory'
  | 'nonConformity'
  /** Said by the entry itself (who, when) or only bookkeeping (a row's version): not shown. */
  | 'hidden';

type FieldSpec = { label: string; kind: AuditFieldKind };

const field = (label: string, kind: AuditFieldKind = 'text'): FieldSpec => ({ label, kind });

export const AUDIT_FIELDS = {
  // Users, tokens, sessions, restores
  username: field('usuário'),
  displayName: field('nome'),
  name: field('nome'),
  role: field('papel', 'role'),
  isActive: field('situação', 'active'),
  email: field('endereço de e-mail'),
  receivesReminders: field('recebe lembretes por e-mail', 'yesNo'),
  coordinationCodes: field('coordenadorias'),
  territoryCodes: field('territórios', 'territory'),
  senha: field('senha'),
  prefix: field('prefixo'),
  revogado: field('revogado', 'yesNo'),
  failures: field('senhas erradas', 'number'),
  lockedUntil: field('esperava até', 'moment'),
  copiaDeSeguranca: field('cópia de segurança do banco anterior'),
  // Indicator values
  numerador: field('numerador', 'number'),
  denominador: field('denominador', 'number'),
  fonte: field('fonte'),
  justificativa: field('justificativa'),
  // Monitoring records
  actionCode: field('ação'),
  referenceMonth: field('mês de referência', 'month'),
  status: field('situação', 'actionStatus'),
  percentDone: field('percentual executado', 'percent'),
  doneText: field('o que foi feito'),
  difficulties: field('dificuldades'),
  evidenceLinks: field('evidências'),
  nonConformity: field('não conformidade', 'nonConformity'),
  // Plan structure
  code: field('código'),
  tipo: field('tipo', 'planKind'),
  perspective: field('perspectiva'),
  objectiveCode: field('objetivo'),
  strategicActionCode: field('ação estratégica'),
  text: field('texto'),
  planText: field('texto do desdobramento'),
  responsibleText: field('responsável'),
  deadlineText: field('prazo (texto do plano)'),
  startsOn: field('início', 'date'),
  endsOn: field('término', 'date'),
  datesSetBy: field('datas definidas por', 'user'),
  participants: field('participantes'),
  observations: field('observações'),
  printedNumber: field('número no plano impresso'),
  statusInPlan: field('situação no plano impresso', 'actionStatus'),
  coordenadorias: field('coordenadorias'),
  retiredAt: field('retirado do plano em', 'moment'),
  // Meetings and deliberations
  data: field('data', 'date'),
  participantes: field('participantes'),
  month: field('reunião', 'month'),
  reuniao: field('reunião', 'month'),
  coordinationCode: field('coordenadoria'),
  title: field('título'),
  description: field('descrição'),
  ownerCoordinationCode: field('coordenadoria responsável'),
  ownerText: field('responsável'),
  deadline: field('prazo', 'date'),
  nota: field('nota'),
  encerradaEm: field('encerrada em', 'moment'),
  deliberacoes: field('deliberações', 'number'),
  pautas: field('pautas', 'number'),
  mesesFechados: field('meses de dados fechados', 'month'),
  // Data months and checks
  fechado: field('fechado', 'yesNo'),
  fechadoEm: field('fechado em', 'moment'),
  motivo: field('motivo'),
  conferido: field('conferido', 'yesNo'),
  // Semester report
  progresso: field('progresso'),
  dificuldades: field('dificuldades'),
  relacao: field('relação com os indicadores'),
  versao: field('versão', 'number'),
  // Planificação
  municipalityCode: field('município', 'territory'),
  adheredOn: field('data da adesão', 'date'),
  withdrawnOn: field('data da saída', 'date'),
  document: field('documento'),
  macroCode: field('macrorregião', 'territory'),
  heldOn: field('data da formação', 'date'),
  professionals: field('profissionais qualificados', 'number'),
  stageCode: field('etapa'),
  completedOn: field('concluída em', 'date'),
  note: field('observação'),
  // Analyses and the actions of an indicator
  indicatorCode: field('indicador'),
  territoryCode: field('território', 'territory'),
  explanation: field('explicação'),
  response: field('resposta'),
  actionCodes: field('ações'),
  acoes: field('ações'),
  // Bookkeeping
  id: field('número do registro', 'hidden'),
  version: field('versão do registro', 'hidden'),
  sortOrder: field('posição na lista', 'hidden'),
  isExample: field('exemplo', 'hidden'),
  recordedAt: field('registrado em', 'hidden'),
  recordedBy: field('registrado por', 'hidden'),
  recordedByName: field('registrado por', 'hidden'),
  writtenAt: field('escrito em', 'hidden'),
  writtenBy: field('escrito por', 'hidden'),
} as const satisfies Record<string, FieldSpec>;

export type AuditField = keyof typeof AUDIT_FIELDS;

/**
 * Names older entries used for a field (entries stay as written): the plan's edits wrote table
 * columns, a monitoring record's previous state was mes/percentual.
 */
const AUDIT_FIELD_ALIASES: Readonly<Record<string, AuditField>> = {
  mes: 'referenceMonth',
  percentual: 'percentDone',
  objective_code: 'objectiveCode',
  strategic_action_code: 'strategicActionCode',
  responsible_text: 'responsibleText',
  deadline_text: 'deadlineText',
  starts_on: 'startsOn',
  ends_on: 'endsOn',
  dates_set_by: 'datesSetBy',
};

function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}

/** A code without a label (written by a newer server than this page) is shown as written. */
export function auditEntityLabel(entity: string): string {
  return labelOf(AUDIT_ENTITY_LABELS, entity);
}

export function auditActionLabel(action: string): string {
  return labelOf(AUDIT_ACTION_LABELS, action);
}

/** The field an entry's name stands for: itself, or the field an older name became. */
export function auditFieldName(name: string): string {
  return (Object.hasOwn(AUDIT_FIELD_ALIASES, name) && AUDIT_FIELD_ALIASES[name]) || name;
}

export function auditFieldSpec(name: string): FieldSpec | undefined {
  return Object.hasOwn(AUDIT_FIELDS, name) ? AUDIT_FIELDS[name as AuditField] : undefined;
}
