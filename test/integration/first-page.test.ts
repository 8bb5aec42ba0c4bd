/**
 * The first page comes rendered by the server, with its data (issue 14): what a signed-in reader
 * opens is in the HTML, with the answers it was rendered from, read with that reader's permissions.
 * Needs the built client and its server render (npm run build).
 */
import fs from 'node:fs';
import { createTRPCClient, httpLink, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVER_ENTRY } from '../../server/http/first-page.ts';
import type { AppRouter } from '../../server/trpc/router.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeAll(async () => {
  expect(fs.existsSync(SERVER_ENTRY), 'rode npm run build antes').toBe(true);
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

type Dehydrated = { queries: { queryKey: unknown[]; state: { status: string; data: unknown } }[] };

async function openPage(pathname: string, cookie: string) {
  const response = await fetch(`${server.url}${pathname}`, { headers: { cookie }, redirect: 'manual' });
  const html = await response.text();
  const block = /<script type="application\/json" id="dados-da-primeira-pagina">(.*?)<\/script>/s.exec(html);
  const state = block ? (JSON.parse(block[1] as string) as Dehydrated) : null;
  const rendered = /<div id="root">(.*)<\/div>/s.exec(html)?.[1] ?? '';
  const answer = (path: string) =>
    state?.queries.find((query) => (query.queryKey[0] as string[]).join('.') === path)?.state.data;
  return { response, html, rendered, state, answer };
}

/**
 * The server's render of `pathname` for the reader of `cookie` (the built entry, as the server runs
 * it), with every read held until `open()`: what the render does before any data has come. By
 * default another reader each time, for whom the server remembers no earlier render.
 */
async function renderWithHeldReads(pathname: string, cookie: string, reader = `teste ${Math.random()}`) {
  const entry = (await import(SERVER_ENTRY)) as typeof import('../../client/src/entry-server.tsx');
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const asked: string[] = [];
  const hold: TRPCLink<AppRouter> =
    () =>
    ({ op, next }) =>
      observable((observer) => {
        asked.push(op.path);
        let subscription: { unsubscribe: () => void } | undefined;
        void opened.then(() => {
          subscription = next(op).subscribe(observer);
        });
        return () => subscription?.unsubscribe();
      });
  const trpcClient = createTRPCClient<AppRouter>({
    links: [hold, httpLink({ url: `${server.url}/trpc`, headers: () => ({ cookie }) })],
  });
  const statuses: number[] = [];
  const page = entry.renderFirstPage(pathname, {
    trpcClient,
    reader,
    boundaries: async () => null,
    onError: () => {},
    onStatus: (status) => statuses.push(status),
  });
  return { page, asked, statuses, open };
}

describe('the first page, rendered by the server', () => {
  it('shows the Painel’s rows and figures in the HTML, from the same answer the page asks for', async () => {
    const cookie = await logInAs(server, 'superintendencia');
    const page = await openPage('/?ano=2025', cookie);
    expect(page.response.status).toBe(200);
    expect(page.response.headers.get('cache-control')).toBe('no-store');
    const scorecard = await trpcAs(server.url, cookie).scorecard.state.query({ year: 2025 });
    expect(page.answer('scorecard.state')).toEqual(scorecard);
    const rows = scorecard.groups.flatMap((group) => group.rows);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(page.rendered, row.code).toContain(`data-indicator="${row.code}"`);
    // ICSAPS's 2025 figure as the reader sees it: the rate with two decimals, Brazilian style.
    const icsaps = rows.find((row) => row.code === '713');
    const value = icsaps?.figure.value;
    expect(value).toEqual(expect.any(Number));
    expect(page.rendered).toContain((value as number).toFixed(2).replace('.', ','));
    // Nothing is left loading, and the page is named for who is reading it.
    expect(page.rendered).not.toContain('class="loading"');
    expect(page.rendered).toContain('Superintendência SAS (demonstração)');
  });

  it('renders with the reader’s own permissions: a page they may not read comes without its data', async () => {
    const asAdmin = await openPage('/admin/usuarios', server.adminCookie);
    const users = await trpcAs(server.url, server.adminCookie).admin.users.query();
    expect(asAdmin.answer('admin.users')).toEqual(users);
    const someone = users.find((user) => user.username === 'norte');
    expect(asAdmin.rendered).toContain(someone?.displayName);

    const asSuperintendencia = await openPage('/admin/usuarios', await logInAs(server, 'superintendencia'));
    expect(asSuperintendencia.response.status).toBe(200);
    expect(asSuperintendencia.answer('admin.users')).toBeUndefined();
    expect(asSuperintendencia.html).not.toContain(someone?.displayName);
    // Left for the browser to ask, which then shows why it may not.
    expect(asSuperintendencia.rendered).toContain('class="loading"');
  });

  it('follows the reader’s scope and the address: the indicator opens on the gestor regional’s macro', async () => {
    const page = await openPage('/indicador/713?ano=2025', await logInAs(server, 'norte'));
    expect(page.response.status).toBe(200);
    const contribution = page.state?.queries.find(
      (query) => (query.queryKey[0] as string[]).join('.') === 'indicator.contribution',
    );
    expect(contribution?.queryKey[1]).toMatchObject({ input: { territoryCode: '5103' } });
    expect(page.rendered).toContain('Macrorregião Norte');
  });

  it('opens an indicator recorded only for the state on the state for a gestor regional', async () => {
    const page = await openPage('/indicador/RAS-CIB?ano=2025', await logInAs(server, 'norte'));
    expect(page.response.status).toBe(200);
    const series = page.state?.queries.filter(
      (query) => (query.queryKey[0] as string[]).join('.') === 'indicator.series',
    );
    expect(series?.map((query) => query.queryKey[1])).toEqual([
      { input: { code: 'RAS-CIB' }, type: 'query' },
    ]);
    expect(page.rendered).toContain('Mato Grosso em 2025');
    expect(page.rendered).not.toContain('Não foi possível');
  });

  it('keeps what people wrote as they wrote it, in the page and in its data, whatever characters', async () => {
    const explanation = "Alta de $' e $& nas internações </script><script>alert(1)</script> \u2028 fim.";
    await trpcAs(server.url, await logInAs(server, 'coap')).analysis.write.mutate({
      code: '713',
      territoryCode: '51',
      month: '2026-10',
      explanation,
      response: 'Oficinas com as equipes da APS.',
      actionCodes: [],
    });
    const page = await openPage('/indicador/713', await logInAs(server, 'superintendencia'));
    expect(page.response.status).toBe(200);
    // One script element for the app, one for the data: the text opened none.
    expect(page.html.match(/<script/g)).toHaveLength(2);
    // React writes ' as &#x27;: what matters is that $' and $& were not taken as replacement patterns.
    expect(page.rendered).toContain('Alta de $&#x27; e $&amp; nas internações &lt;/script&gt;');
    expect(JSON.stringify(page.answer('analysis.list'))).toContain(JSON.stringify(explanation).slice(1, -1));
  });

  it('answers an address that has a canonical form with an HTTP redirect to it', async () => {
    const cookie = await logInAs(server, 'superintendencia');
    const cuiaba = await openPage('/territorio/510340?ano=2025', cookie);
    expect(cuiaba.response.status).toBe(302);
    expect(cuiaba.response.headers.get('location')).toBe('/territorio/5103403?ano=2025');
    const semester = await openPage('/relatorios/semestral', cookie);
    expect(semester.response.status).toBe(302);
    const location = semester.response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/relatorios\/semestral\/\d{4}-S[12]$/);
    const report = await openPage(location, cookie);
    expect(report.response.status).toBe(200);
    expect(report.answer('report.semester')).toBeDefined();
  });

  it('gives its HTTP status before any read when the address decides it, and waits when the data does', async () => {
    const cookie = await logInAs(server, 'superintendencia');
    // The indicator page: a 200 as soon as its first render has asked for its reads, none answered.
    const indicator = await renderWithHeldReads('/indicador/713', cookie);
    await vi.waitFor(() => expect(indicator.asked).toContain('indicator.sheet'));
    expect(indicator.statuses).toEqual([200]);
    indicator.open();
    const rendered = await indicator.page;
    expect('rootHtml' in rendered && rendered.rootHtml).toContain('class="municipality-table"');
    expect(indicator.statuses).toEqual([200]);
    // An address that is no page: a 404, known from the address alone.
    const nowhere = await renderWithHeldReads('/pagina-que-nao-existe', cookie);
    await vi.waitFor(() => expect(nowhere.statuses).toEqual([404]));
    nowhere.open();
    expect(await nowhere.page).toMatchObject({ status: 404 });
    // The semester report's index goes where its periods point: no status until they come, then
    // the redirect, never a 200 first.
    const semester = await renderWithHeldReads('/relatorios/semestral', cookie);
    await vi.waitFor(() => expect(semester.asked).toContain('report.periods'));
    expect(semester.statuses).toEqual([]);
    semester.open();
    expect(await semester.page).toEqual({
      redirectTo: expect.stringMatching(/^\/relatorios\/semestral\/\d{4}-S[12]$/),
    });
    expect(semester.statuses).toEqual([]);
  });

  it('asks at once for what an address read at its last render for the reader, and renders the same page', async () => {
    const cookie = await logInAs(server, 'superintendencia');
    const first = await renderWithHeldReads('/indicador/713', cookie, 'leitor que volta');
    first.open();
    const firstPage = await first.page;
    // The breakdowns and the municípios are asked for only once the sheet has come: the first time,
    // not before the first render has given its status.
    expect(first.asked).toContain('indicator.municipalities');
    const again = await renderWithHeldReads('/indicador/713', cookie, 'leitor que volta');
    await vi.waitFor(() => expect(again.statuses).toEqual([200]));
    expect(again.asked).toContain('indicator.municipalities');
    expect(again.asked).toContain('indicator.sheet');
    again.open();
    const againPage = await again.page;
    // The same page, with the answers of the same reads (their times aside).
    const sentReads = (page: typeof firstPage) => {
      const json = 'stateHtml' in page ? /<script[^>]*>(.*)<\/script>/s.exec(page.stateHtml)?.[1] : undefined;
      return json
        ? (JSON.parse(json) as Dehydrated).queries.map((query) => JSON.stringify(query.queryKey))
        : [];
    };
    expect('rootHtml' in againPage && againPage.rootHtml).toBe('rootHtml' in firstPage && firstPage.rootHtml);
    expect(sentReads(againPage).sort()).toEqual(sentReads(firstPage).sort());
    expect(sentReads(firstPage)).toContain(
      JSON.stringify([['indicator', 'sheet'], { input: { code: '713' }, type: 'query' }]),
    );
    // Another reader of the same address starts from nothing.
    const other = await renderWithHeldReads('/indicador/713', cookie);
    await vi.waitFor(() => expect(other.statuses).toEqual([200]));
    expect(other.asked).not.toContain('indicator.municipalities');
    other.open();
    await other.page;
  });

  it('never redirects to another site, whatever the address says', async () => {
    const cookie = await logInAs(server, 'superintendencia');
    // The 6-digit código would be rewritten into the same address: here, another site's.
    const response = await fetch(`${server.url}//outro.site.example/x?territorio=510340`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    await response.arrayBuffer();
  });

  it('renders each reader’s own page when several open pages at once', async () => {
    const readers = ['superintendencia', 'coap', 'norte'] as const;
    const cookies = await Promise.all(readers.map((username) => logInAs(server, username)));
    const pages = await Promise.all(
      Array.from({ length: 12 }, (_, index) => openPage('/indicador/713', cookies[index % 3] as string)),
    );
    pages.forEach((page, index) => {
      const me = page.answer('auth.me') as { username: string } | undefined;
      expect(me?.username, `página ${index}`).toBe(readers[index % 3]);
    });
  });

  it('renders the Painel for a coordenadoria when the address names it, and leaves the bare / to the browser', async () => {
    const cookie = await logInAs(server, 'coap');
    // `/?ano=2025` is the Painel for everyone: the server renders it.
    expect((await openPage('/?ano=2025', cookie)).rendered).toContain('data-indicator="713"');
    // The bare `/` opens the coordenadoria's pendências on a fresh open, the Painel on a reload:
    // only the browser's history tells them apart.
    const bare = await openPage('/', cookie);
    expect(bare.rendered).not.toContain('data-indicator="713"');
    expect(bare.rendered).toContain('class="loading"');
  });

  it('answers an address that is no page with a 404, and the page that says so', async () => {
    const cookie = await logInAs(server, 'superintendencia');
    for (const pathname of ['/pagina-que-nao-existe', '/favicon.ico']) {
      const page = await openPage(pathname, cookie);
      expect(page.response.status, pathname).toBe(404);
      expect(page.rendered, pathname).toContain('Página não encontrada');
    }
    expect((await openPage('/acoes', cookie)).response.status).toBe(200);
  });

  it('sends the login page bare, and a page to the login when nobody is signed in', async () => {
    const login = await openPage('/login', '');
    expect(login.response.status).toBe(200);
    expect(login.state).toBeNull();
    expect(login.rendered).toBe('');
    const painel = await openPage('/', '');
    expect(painel.response.status).toBe(302);
    expect(painel.response.headers.get('location')).toBe('/login?proximo=%2F');
  });
});
