/**
 * Whether a text of the plan (an action, a deliberation) names a macrorregião or região de saúde,
 * for the regional brief. The plan writes names loosely ("Macrorregião Sul Mato-grossense",
 * "Macro Norte", "Região de Saúde Sul"), so texts are compared folded (no accents, no case,
 * punctuation as spaces). A macro needs the word macro/macrorregião before its short name — "Norte"
 * alone is also part of município names; a região's full name is enough (its names are specific),
 * also written without spaces or hyphens ("Sul Mato-grossense" = "Sul Matogrossense").
 */
import { foldText } from '../text.ts';

export type NamedTerritory = { level: string; name: string; shortName: string | null };

const words = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const joined = (text: string) => words(text).replace(/ /g, '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function mentionsTerritory(text: string, territory: NamedTerritory): boolean {
  const folded = ` ${words(text)} `;
  if (territory.level === 'macro') {
    const names = [territory.shortName, territory.name.replace(/^Macrorregi[aã]o\s+/i, '')]
      .filter((name): name is string => Boolean(name))
      .flatMap((name) => name.split(/[()]/))
      .map(words)
      .filter((name) => name.length > 0);
    return names.some((name) =>
      new RegExp(` macro(?:rregiao)?(?: de saude)?(?: d[oa])? ${escapeRegExp(name)} `).test(folded),
    );
  }
  if (territory.level === 'region') return joined(text).includes(joined(territory.name));
  return false;
}
