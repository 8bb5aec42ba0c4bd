import { DEMO_USERS } from '../auth/demo-users.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import type { Db } from '../db/client.ts';
import { countUsers, findUserCredentials, insertUser } from '../db/repositories/user-repository.ts';

/** Demo mode: an empty database gets one user per role (README lists them). */
export async function seedDemoUsers(db: Db, now: Date): Promise<void> {
  if ((await countUsers(db)) > 0) return;
  await db.transaction(async (trx) => {
    for (const demo of DEMO_USERS) {
      await insertUser(trx, {
        username: demo.username,
        displayName: demo.displayName,
        role: demo.role,
        isActive: true,
        email: null,
        receivesReminders: true,
        coordinationCodes: demo.coordinationCodes,
        territoryCodes: demo.territoryCodes,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        passwordHash: await hashPassword(demo.password),
      });
    }
  });
}

/** Active users whose password is still the published demo password. */
export async function usersWithDemoPasswords(db: Db): Promise<string[]> {
  const found: string[] = [];
  for (const demo of DEMO_USERS) {
    const user = await findUserCredentials(db, demo.username);
    if (user?.isActive && (await verifyPassword(demo.password, user.passwordHash))) found.push(demo.username);
  }
  return found;
}
