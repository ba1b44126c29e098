// The incident a path names (/incidents/<id>), and the event the crisis banner sends when it opens one.

export const OPEN_INCIDENT_EVENT = 'parley:open-incident';

/** Sent when the user opened, gathered or closed an incident: the crisis banner asks again at once. */
export const INCIDENTS_CHANGED_EVENT = 'parley:incidents-changed';

export function incidentPath(id: string | null): string {
  return id ? `/incidents/${id}` : '/incidents';
}

/** "/incidents/1b2c…" → "1b2c…"; anything else → null. */
export function incidentFromPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts[0] === 'incidents' && parts[1] ? decodeURIComponent(parts[1]) : null;
}
