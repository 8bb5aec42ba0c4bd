/**
 * Example texts of the semester report for the demo (marked `is_example`, shown as "exemplo"):
 * three coordenadorias write about the last closed semester. Written once, when there are no texts
 * yet, by the demo users; without them (production) there are none.
 */
import { lastClosedYearPart, todayInMt, yearPartLabel, yearPartRange } from '../../shared/domain/dates.ts';
import type { Db } from '../db/client.ts';
import {
  countSemesterNarratives,
  insertSemesterNarrative,
  type NarrativeTexts,
} from '../db/repositories/semester-report-repository.ts';
import { findUserCredentials } from '../db/repositories/user-repository.ts';

type ExampleNarrative = NarrativeTexts & {
  objectiveCode: string;
  coordinationCode: string;
  /** Demo user who "wrote" it. */
  username: 'coap' | 'superintendencia';
};

function exampleNarratives(semester: string): ExampleNarrative[] {
  const label = yearPartLabel(semester);
  return [
    {
      objectiveCode: '4',
      coordinationCode: 'COAP',
      username: 'coap',
      progress:
        `No ${label} a COAP, com o Grupo de Trabalho Estadual da Planificação, conduziu as ` +
        'oficinas da etapa 1 nas macrorregiões que iniciaram a fase 1 e acompanhou os termos de adesão dos ' +
        'municípios com cofinanciamento. A qualificação dos profissionais da APS e da AAE seguiu o cronograma ' +
        'pactuado com os tutores.',
      difficulties:
        `Indisponibilidade de tutores em parte das macrorregiões e atraso na liberação de ` +
        'diárias adiaram oficinas. Intervenção requerida: suplementação de diárias e remarcação das oficinas ' +
        'com os tutores de cada macro.',
      relation:
        `As adesões e as etapas concluídas aproximam as metas M7 e M9; a meta M8 de ` +
        'profissionais qualificados depende da retomada das oficinas adiadas no semestre seguinte.',
    },
    {
      objectiveCode: '1',
      coordinationCode: 'SUPERINTENDENCIA',
      username: 'superintendencia',
      progress:
        `O dimensionamento da força de trabalho da SAS foi solicitado à Superintendência de ` +
        'Gestão de Pessoas e à Escola de Saúde Pública, e o grupo de trabalho foi constituído por portaria ' +
        'interna.',
      difficulties:
        `Saída de integrantes do grupo de trabalho e falta de apoio técnico da ESP ` +
        'atrasaram o estudo. Sugestão: recompor o grupo e pactuar um cronograma com a ESP.',
      relation: null,
    },
    {
      objectiveCode: '2',
      coordinationCode: 'CORAS',
      username: 'superintendencia',
      progress:
        `Desenho da rede materno-infantil discutido nas CIR da Macrorregião Norte, com ` +
        'levantamento dos pontos de atenção.',
      difficulties: null,
      relation:
        `O projeto da rede materno-infantil ainda não foi validado em CIB: a meta M4 segue ` +
        'pendente para esta linha de cuidado.',
    },
  ];
}

export async function seedExampleSemesterNarratives(db: Db, now: Date): Promise<boolean> {
  if ((await countSemesterNarratives(db)) > 0) return false;
  const semester = lastClosedYearPart('semester', todayInMt(now));
  if (!semester) return false;
  const users = {
    coap: await findUserCredentials(db, 'coap'),
    superintendencia: await findUserCredentials(db, 'superintendencia'),
  };
  if (!users.coap || !users.superintendencia) return false;
  // Written in the weeks after the semester closed (never after "now").
  const { endsOn } = yearPartRange(semester);
  const writtenAt = (index: number) => {
    const moment = new Date(`${endsOn}T14:00:00.000Z`);
    moment.setUTCDate(moment.getUTCDate() + 10 + 3 * index);
    return (moment < now ? moment : now).toISOString();
  };
  await db.transaction(async (trx) => {
    for (const [index, { username, ...texts }] of exampleNarratives(semester).entries()) {
      const author = users[username];
      if (!author) continue;
      await insertSemesterNarrative(trx, {
        ...texts,
        semester,
        updatedBy: author.id,
        updatedAt: writtenAt(index),
        isExample: true,
      });
    }
  });
  return true;
}
