import type { Role } from '../../shared/domain/permissions.ts';

/** One user per role for the demo (README). Outside demo mode the app refuses to start while any is still set. */
export const DEMO_USERS: readonly {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  coordinationCodes: string[];
  territoryCodes: string[];
}[] = [
  {
    username: 'admin',
    password: 'admin-demo-2026',
    displayName: 'Administrador (demonstração)',
    role: 'admin',
    coordinationCodes: [],
    territoryCodes: [],
  },
  {
    username: 'superintendencia',
    password: 'sas-demo-2026',
    displayName: 'Superintendência SAS (demonstração)',
    role: 'superintendence',
    coordinationCodes: [],
    territoryCodes: [],
  },
  {
    username: 'coap',
    password: 'coap-demo-2026',
    displayName: 'Coordenadoria de Atenção Primária (demonstração)',
    role: 'coordination',
    coordinationCodes: ['COAP'],
    territoryCodes: [],
  },
  {
    username: 'norte',
    password: 'norte-demo-2026',
    displayName: 'Gestor da Macrorregião Norte (demonstração)',
    role: 'regional',
    coordinationCodes: [],
    territoryCodes: ['5103'],
  },
];
