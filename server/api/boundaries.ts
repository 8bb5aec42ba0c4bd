/**
 * `GET /api/v1/boundaries`: the município polygons of Mato Grosso (TopoJSON, `data/boundaries/`,
 * provenance in `data/README.md`) for the map page. The file is read once and never changes while
 * the server runs, so browsers keep it (private: it sits behind the login like everything else)
 * and revalidate it with its ETag.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';
import { type MunicipalityTopology, polygonCodes } from '../../shared/domain/boundaries.ts';
import { DATA_DIR } from '../db/data-files.ts';

export const BOUNDARIES_FILE = path.join(DATA_DIR, 'boundaries/mt_saude_municipios_regioes_macros.topojson');

type Boundaries = { body: Buffer; etag: string };

let loaded: Promise<Boundaries> | null = null;

function loadBoundaries(): Promise<Boundaries> {
  if (!loaded) {
    loaded = fs.readFile(BOUNDARIES_FILE).then((body) => ({
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    }));
    // A failed read is not remembered: the next request tries again.
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}

let parsed: Promise<unknown> | null = null;

/** The topology as the map reads it: for the server's render of the map page (first-page.ts). */
export function readBoundaries(): Promise<unknown> {
  if (!parsed) {
    parsed = loadBoundaries().then(({ body }) => JSON.parse(body.toString('utf8')) as unknown);
    // A failed read is not remembered: the next render tries again.
    parsed.catch(() => {
      parsed = null;
    });
  }
  return parsed;
}

let withPolygon: Promise<ReadonlySet<string>> | null = null;

/** The municípios the file has a polygon for: the map's answer says which have none (territory.map). */
export function readPolygonCodes(): Promise<ReadonlySet<string>> {
  if (!withPolygon) {
    withPolygon = readBoundaries().then((topology) => polygonCodes(topology as MunicipalityTopology));
    withPolygon.catch(() => {
      withPolygon = null;
    });
  }
  return withPolygon;
}

export function boundariesHandler() {
  return async (request: Request, response: Response) => {
    const { body, etag } = await loadBoundaries();
    response.set({ 'Cache-Control': 'private, max-age=86400', ETag: etag });
    if (request.fresh) {
      response.status(304).end();
      return;
    }
    response.type('application/json').send(body);
  };
}
