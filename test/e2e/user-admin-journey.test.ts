/**
 * The administrator's users page in Chromium (issue 12): a new user's form says every problem at
 * once, coordenadorias are ticked from the plan's list, and a login left waiting after wrong
 * passwords is released with "Desbloquear".
 */
import { describe, expect, it } from 'vitest';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney({ seedExampleData: false });

describe('usuários', () => {
  it('creates a coordenadoria user after one attempt that lists every problem', async () => {
    const page = await journey.openAs('admin', '/admin/usuarios');
    await page.getByRole('button', { name: 'Novo usuário' }).click();
    const form = page.locator('form.admin-form');
    await form.getByLabel('Usuário').fill('M');
    await form.getByLabel('Nome completo').fill('M');
    await form.getByLabel('Senha inicial').fill('curta');
    await form.getByRole('button', { name: 'Criar usuário' }).click();
    const problems = await form.getByRole('alert').innerText();
    for (const problem of [
      'Usuário: de 3 a 40 letras',
      'Informe o nome completo.',
      'A senha deve ter ao menos 12 caracteres.',
      'precisa de ao menos uma coordenadoria',
    ])
      expect(problems).toContain(problem);
    // Each problem is also said under its own field, and the first field to fix has the focus.
    const username = form.getByLabel('Usuário');
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    expect(await username.evaluate((input) => input === document.activeElement)).toBe(true);
    const underPassword = await form.getByLabel('Senha inicial').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${underPassword?.split(' ').at(-1)}"]`).innerText()).toContain(
      'A senha deve ter ao menos 12 caracteres.',
    );
    expect(await form.getByRole('group', { name: 'Coordenadorias' }).innerText()).toContain(
      'Um usuário de coordenadoria precisa de ao menos uma coordenadoria.',
    );

    await form.getByLabel('Usuário').fill('ana.souza');
    await form.getByLabel('Nome completo').fill('Ana Souza');
    await form.getByLabel('Senha inicial').fill('uma-senha-longa-2026');
    await form.getByRole('checkbox', { name: /\(COAP\)$/ }).check();
    await form.getByRole('button', { name: 'Criar usuário' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText(), POLL)
      .toBe('Usuário ana.souza criado.');
    const row = page.getByRole('row', { name: /ana\.souza/ });
    expect(await row.innerText()).toMatch(/Ana Souza.*Coordenadoria.*COAP/s);
    expect(journey.pageProblems).toEqual([]);
  });

  it('releases a login left waiting after five wrong passwords', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      await fetch(`${journey.server.url}/api/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
        body: JSON.stringify({ username: 'norte', password: 'palpite-errado' }),
      });
    const page = await journey.openAs('admin', '/admin/usuarios');
    const hold = 'Conta norte no endereço 10.9.9.9';
    await expect
      .poll(() => page.getByRole('row', { name: new RegExp(hold) }).innerText(), POLL)
      .toMatch(/\t5\t30 segundos/);
    await page.getByRole('button', { name: `Desbloquear: ${hold}` }).click();
    await expect.poll(() => page.getByText('Nenhuma entrada em espera agora.').count(), POLL).toBe(1);
    expect(await page.getByText(`Desbloqueado: ${hold}.`).count()).toBe(1);
    // The audit log says it in the same words.
    await page.getByRole('link', { name: 'Auditoria' }).click();
    await expect
      .poll(() => page.locator('main').innerText(), POLL)
      .toMatch(
        /Desbloqueio\s+Sessão \(entrada no sistema\): Conta norte no endereço 10\.9\.9\.9\s+senhas erradas: 5/,
      );
  });
});
