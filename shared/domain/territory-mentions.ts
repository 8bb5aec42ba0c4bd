/**
 * Whether a text of the plan (an action, a deliberation) names a macrorregião or região de saúde,
 * for the regional brief. The plan writes names loosely ("Macrorregião Sul Mato-grossense",
 * "Macro Norte", "macrorregiões Norte e Oeste", "Região de Saúde Sul"), so texts are compared folded:
 * no accents or case, punctuation as spaces, "Mato-grossense" = "Matogrossense", whole words only.
 * A macro needs the word macro/macrorregião(ões)/macrorregional before its short name — "Norte"
 * alone is part of município names. A região's full name is enough, unless it is the tail of a longer
 * região's name ("Norte Matogrossense" inside "Médio Norte Matogrossense") or follows "macro…"
 * ("Macrorregião Centro-Norte" is not the região Centro Norte).
 */
import { foldText } from '../text.ts';

export type NamedTerritory = { level: string; name: string; shortName: string | null };

const normalize = (text: string) =>
  ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bmato grossense\b/g, 'matogrossense')
    .trim()} `;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MACRO_WORD = 'macro(?:rregiao|rregioes|rregional|rregionais)?(?: de saude)?(?: d[oa]s?)?';

function macroNames(territory: NamedTerritory): string[] {
  return [territory.shortName, territory.name.replace(/^Macrorregi[aã]o\s+/i, '')]
    .filter((name): name is string => Boolean(name))
    .flatMap((name) => name.split(/[()]/))
    .map((name) => normalize(name).trim())
    .filter((name) => name.length > 0);
}

/**
 * `otherRegionNames`: the names of every região, so a shorter name inside a longer one is not
 * taken for it.
 */
export function mentionsTerritory(
  text: string,
  territory: NamedTerritory,
  otherRegionNames: readonly string[] = [],
): boolean {
  const folded = normalize(text);
  if (territory.level === 'macro') {
    // "macrorregiões Norte e Oeste": a list after the word names each macro in it.
    return macroNames(territory).some((name) =>
      new RegExp(` ${MACRO_WORD}(?: [a-z0-9]+(?: e|,)?){0,3}? ${escapeRegExp(name)} `).test(folded),
    );
  }
  if (territory.level === 'region') {
    const name = normalize(territory.name).trim();
    const longer = otherRegionNames
      .map((other) => normalize(other).trim())
      .filter((other) => other !== name && other.includes(name));
    const withoutLonger = longer.reduce((current, other) => current.replaceAll(` ${other} `, ' '), folded);
    return new RegExp(`(?<!${MACRO_WORD}) ${escapeRegExp(name)} `).test(withoutLonger);
  }
  return false;
}
