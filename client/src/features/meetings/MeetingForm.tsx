import type { Coordination } from './meeting-permissions.ts';

/** The coordenadorias as a select's options: "COAP — Coordenadoria de …". */
export function CoordinationOptions({ coordinations }: { coordinations: readonly Coordination[] }) {
  return coordinations.map((coordination) => (
    <option key={coordination.code} value={coordination.code}>
      {coordination.code} — {coordination.name}
    </option>
  ));
}
