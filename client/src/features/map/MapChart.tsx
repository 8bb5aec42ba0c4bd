import { type KeyboardEvent, type MouseEvent, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';

export type MapArea = {
  code: string;
  /** SVG path data in the map's coordinate system. */
  d: string;
  /** The link's accessible name: "Macrorregião Norte: 18,20 % — Meta não atingida". */
  label: string;
  /** The territory page this area opens. */
  href: string;
  /** The CSS class that colours it (status or value class). */
  fillClass: string;
};

type MapChartProps = {
  /** The map's accessible name: what is coloured, by which level, which year. */
  title: string;
  width: number;
  height: number;
  areas: readonly MapArea[];
  /** The state outside the reader's territory: grey, not a link. */
  outside: string | null;
  /** What the box above the map says for the area under the pointer or the keyboard focus. */
  renderReadout: (code: string | null) => ReactNode;
};

/** Referenced by the CSS of "número pequeno" areas (one map per page). */
const HATCH_ID = 'map-hatch';

/**
 * Draws the areas as SVG links (in the Tab order; Enter or click opens the territory) and shows the
 * pointed or focused one in the readout. Colours and shapes arrive ready; nothing is computed here.
 */
export function MapChart({ title, width, height, areas, outside, renderReadout }: MapChartProps) {
  const navigate = useNavigate();
  const [focusedCode, setFocusedCode] = useState<string | null>(null);
  const [hoveredCode, setHoveredCode] = useState<string | null>(null);
  const focused = areas.find((area) => area.code === focusedCode);
  const hovered = areas.find((area) => area.code === hoveredCode);
  const clear = (code: string) => (current: string | null) => (current === code ? null : current);

  function open(event: MouseEvent, href: string) {
    // A new tab or window (Ctrl, ⌘, middle button) stays the browser's business.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }

  function openWithKey(event: KeyboardEvent, href: string) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    navigate(href);
  }

  return (
    <div className="map">
      <div className="map__readout" data-testid="map-readout">
        {renderReadout((hovered ?? focused)?.code ?? null)}
      </div>
      <svg className="map__svg" viewBox={`0 0 ${width} ${height}`}>
        <title>{title}</title>
        <defs>
          <pattern
            id={HATCH_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect className="map__hatch-ground" width="6" height="6" />
            <line className="map__hatch-line" x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        {outside && <path className="map__outside" d={outside} />}
        {areas.map((area) => (
          <a
            key={area.code}
            href={area.href}
            // Some browsers leave SVG links out of the Tab order unless told.
            tabIndex={0}
            className="map__link"
            aria-label={area.label}
            data-territory={area.code}
            onClick={(event) => open(event, area.href)}
            onKeyDown={(event) => openWithKey(event, area.href)}
            onMouseEnter={() => setHoveredCode(area.code)}
            onMouseLeave={() => setHoveredCode(clear(area.code))}
            onFocus={() => setFocusedCode(area.code)}
            onBlur={() => setFocusedCode(clear(area.code))}
          >
            {/* Its own title, or the browser's hover tip would repeat the map's. */}
            <title>{area.label}</title>
            <path className={`map__area ${area.fillClass}`} d={area.d} />
          </a>
        ))}
        {/* Drawn last so no neighbour covers the outline of the pointed or focused area. */}
        {hovered && hovered !== focused && <path className="map__hover" d={hovered.d} />}
        {focused && (
          <g className="map__focus" data-testid="map-focus">
            <path className="map__focus-outer" d={focused.d} />
            <path className="map__focus-inner" d={focused.d} />
          </g>
        )}
      </svg>
    </div>
  );
}
