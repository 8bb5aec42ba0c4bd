import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/permissions.ts';

type RoleSelectProps = {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  isDisabled?: boolean;
  describedBy?: string;
};

export function RoleSelect({ id, value, onChange, isDisabled = false, describedBy }: RoleSelectProps) {
  return (
    <select
      id={id}
      value={value}
      disabled={isDisabled}
      aria-describedby={describedBy}
      onChange={(event) => {
        const role = ROLES.find((candidate) => candidate === event.target.value);
        if (role) onChange(role);
      }}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
