import type { Me } from '../logic/navigation';

/** The crisis banner above every screen while an incident is open for one of the user's brands. */
export function IncidentBanner(_props: { me: Me; onOpen: () => void }) {
  return null;
}
