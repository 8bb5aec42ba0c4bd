import type { TerritoryNode } from '../../lib/trpc.ts';
import { groupByLevel } from './territory-tree.ts';

/** The `<option>`s of a territory select, grouped: Estado, Macrorregiões, Regiões, Municípios. */
export function TerritoryOptions({ territories }: { territories: readonly TerritoryNode[] }) {
  return groupByLevel(territories).map((group) => (
    <optgroup key={group.level} label={group.label}>
      {group.territories.map((node) => (
        <option key={node.code} value={node.code}>
          {node.name}
        </option>
      ))}
    </optgroup>
  ));
}
