import fs from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES_FILE } from '../../../../server/api/boundaries.ts';
import { readTerritoryFiles } from '../../../../server/db/territory-file.ts';
import { type MunicipalityTopology, polygonCodes } from '../../../../shared/domain/boundaries.ts';
import { groupShapes, projectShapes, type TerritoryPlace } from './map-shapes.ts';

/**
 * Four unit squares: A | B | C side by side (sharing two edges) and D apart.
 * A and B are in região R1, C in R2 (both in macro M1); D is in R3 of macro M2.
 */
const SQUARES: MunicipalityTopology = {
  type: 'Topology',
  arcs: [
    [
      [1, 1],
      [1, 0],
    ],
    [
      [2, 1],
      [2, 0],
    ],
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ],
    [
      [1, 1],
      [2, 1],
    ],
    [
      [2, 0],
      [1, 0],
    ],
    [
      [2, 1],
      [3, 1],
      [3, 0],
      [2, 0],
    ],
    [
      [5, 0],
      [5, 1],
      [6, 1],
      [6, 0],
      [5, 0],
    ],
  ],
  objects: {
    municipios: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[2, 0]], properties: { ibge7: 'A' } },
        { type: 'Polygon', arcs: [[-1, 3, 1, 4]], properties: { ibge7: 'B' } },
        { type: 'Polygon', arcs: [[-2, 5]], properties: { ibge7: 'C' } },
        { type: 'Polygon', arcs: [[6]], properties: { ibge7: 'D' } },
      ],
    },
  },
};

const place = (
  code: string,
  level: TerritoryPlace['level'],
  macroCode: string | null,
  regionCode: string | null,
) => ({
  code,
  level,
  macroCode,
  regionCode,
});

const TERRITORIES: TerritoryPlace[] = [
  place('M1', 'macro', null, null),
  place('M2', 'macro', null, null),
  place('R1', 'region', 'M1', null),
  place('R2', 'region', 'M1', null),
  place('R3', 'region', 'M2', null),
  place('A', 'municipality', 'M1', 'R1'),
  place('B', 'municipality', 'M1', 'R1'),
  place('C', 'municipality', 'M1', 'R2'),
  place('D', 'municipality', 'M2', 'R3'),
];

/** The polygons of a geometry and the x extent of each outer ring. */
function outline(geometry: Polygon | MultiPolygon) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => {
    const xs = (rings[0] ?? []).map(([x]) => x ?? Number.NaN);
    return { rings: rings.length, minX: Math.min(...xs), maxX: Math.max(...xs) };
  });
}

function byCode(shapes: { code: string; geometry: Polygon | MultiPolygon }[]) {
  return Object.fromEntries(shapes.map((shape) => [shape.code, outline(shape.geometry)]));
}

describe('groupShapes', () => {
  it('dissolves the municípios of each macro, as our territory table groups them', () => {
    const { shapes, outside } = groupShapes(SQUARES, TERRITORIES, 'macro');
    // A, B and C become one square 3 wide with no inner edges; D stays alone.
    expect(byCode(shapes)).toEqual({
      M1: [{ rings: 1, minX: 0, maxX: 3 }],
      M2: [{ rings: 1, minX: 5, maxX: 6 }],
    });
    expect(outside).toBeNull();
  });

  it('follows our composition, not the file: moving C to another região moves its polygon', () => {
    expect(byCode(groupShapes(SQUARES, TERRITORIES, 'region').shapes)).toEqual({
      R1: [{ rings: 1, minX: 0, maxX: 2 }],
      R2: [{ rings: 1, minX: 2, maxX: 3 }],
      R3: [{ rings: 1, minX: 5, maxX: 6 }],
    });
    const moved = TERRITORIES.map((row) => (row.code === 'C' ? { ...row, regionCode: 'R1' } : row));
    expect(byCode(groupShapes(SQUARES, moved, 'region').shapes)).toEqual({
      R1: [{ rings: 1, minX: 0, maxX: 3 }],
      R3: [{ rings: 1, minX: 5, maxX: 6 }],
    });
  });

  it('draws each município with its own polygon', () => {
    const { shapes } = groupShapes(SQUARES, TERRITORIES, 'municipality');
    expect(shapes.map((shape) => shape.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(byCode(shapes).B).toEqual([{ rings: 1, minX: 1, maxX: 2 }]);
  });

  it('puts what a gestor regional may not read into one grey area outside', () => {
    // The territory tree of a gestor of M1: their macro, its regiões and municípios (and the state).
    const readable = TERRITORIES.filter((row) => row.code === 'M1' || row.macroCode === 'M1');
    const macro = groupShapes(SQUARES, readable, 'macro');
    expect(macro.shapes.map((shape) => shape.code)).toEqual(['M1']);
    expect(macro.outside && outline(macro.outside)).toEqual([{ rings: 1, minX: 5, maxX: 6 }]);
    const municipalities = groupShapes(SQUARES, readable, 'municipality');
    expect(municipalities.shapes.map((shape) => shape.code)).toEqual(['A', 'B', 'C']);
    expect(municipalities.outside?.coordinates).toHaveLength(1);
  });

  it('leaves a polygon with no territory row outside, and a município with no polygon undrawn', () => {
    const withNewTown = [
      ...TERRITORIES.filter((row) => row.code !== 'D'),
      place('E', 'municipality', 'M2', 'R3'),
    ];
    const { shapes, outside } = groupShapes(SQUARES, withNewTown, 'macro');
    expect(shapes.map((shape) => shape.code)).toEqual(['M1']);
    expect(outside && outline(outside)).toEqual([{ rings: 1, minX: 5, maxX: 6 }]);
    expect([...polygonCodes(SQUARES)]).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('projectShapes', () => {
  it('fits the whole drawing to the width, the height following the shape of the state', () => {
    const projected = projectShapes(groupShapes(SQUARES, TERRITORIES, 'region'), 300);
    expect(projected.width).toBe(300);
    // 6° wide and 1° tall near the equator: about a sixth of the width.
    expect(projected.height).toBeGreaterThanOrEqual(50);
    expect(projected.height).toBeLessThanOrEqual(52);
    expect(projected.paths.map((path) => path.code)).toEqual(['R1', 'R2', 'R3']);
    for (const path of projected.paths) expect(path.d).toMatch(/^M[\d.,LZ-]+$/);
    expect(projected.outside).toBeNull();
  });

  it('zooms to the shapes of one territory, the rest running past the edges', () => {
    const grouped = groupShapes(
      SQUARES,
      TERRITORIES.filter((place) => place.code === 'M1' || place.macroCode === 'M1'),
      'region',
    );
    const whole = projectShapes(grouped, 300);
    const zoomed = projectShapes(grouped, 300, { zoomToShapes: true });
    expect(zoomed.paths.map((path) => path.code)).toEqual(whole.paths.map((path) => path.code));
    expect(zoomed.outside).not.toBeNull();
    // Fewer degrees across the same 300 px: the drawing is taller than the whole state's.
    expect(zoomed.height).toBeGreaterThan(whole.height);
  });

  it('draws nothing when there is nothing to draw', () => {
    expect(projectShapes({ shapes: [], outside: null }, 300)).toEqual({
      width: 300,
      height: 0,
      paths: [],
      outside: null,
    });
  });
});

describe('the boundary file against our territory table', () => {
  const topology = JSON.parse(fs.readFileSync(BOUNDARIES_FILE, 'utf8')) as MunicipalityTopology;
  const { territories } = readTerritoryFiles();

  it('has a polygon for every município but Boa Esperança do Norte (installed in 2025)', () => {
    const codes = polygonCodes(topology);
    const missing = territories.filter((row) => row.level === 'municipality' && !codes.has(row.code));
    expect(missing.map((row) => [row.code, row.name, row.installedYear])).toEqual([
      ['5101837', 'Boa Esperança do Norte', 2025],
    ]);
    expect(codes.size).toBe(141);
  });

  it('draws 6 macrorregiões, 16 regiões and 141 municípios with nothing left outside', () => {
    for (const [level, count] of [
      ['macro', 6],
      ['region', 16],
      ['municipality', 141],
    ] as const) {
      const grouped = groupShapes(topology, territories, level);
      expect(grouped.shapes).toHaveLength(count);
      expect(grouped.outside).toBeNull();
    }
  });
});
