// Account roles, with no imports, shared by the server's permission table and the web app.
export const ROLES = ['operator', 'government', 'org_admin', 'org_staff', 'seeker'] as const;
export type Role = (typeof ROLES)[number];
