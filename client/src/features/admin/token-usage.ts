/** How an API token is shown: never whole except once, right after it is issued. */
export function tokenPrefixLabel(prefix: string): string {
  return `${prefix}…`;
}

/** A command the admin can paste to check the token works (`origin`: this panel's address). */
export function curlExample(origin: string, secret: string): string {
  return `curl -H "Authorization: Bearer ${secret}" ${origin.replace(/\/+$/, '')}/api/v1/indicators`;
}
