import { Title } from '@mantine/core';
import type { Me } from '../logic/navigation';

export function IncidentsScreen(_props: { me: Me }) {
  return <Title order={2}>Incidents</Title>;
}
