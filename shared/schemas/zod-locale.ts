import { z } from 'zod';

// Zod's own messages (wrong type, too long…) reach users: they must be in Portuguese too.
z.config(z.locales.ptBR());

export { z };
