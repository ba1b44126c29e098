import { Title } from '@mantine/core';
import type { Me } from '../logic/navigation';

export function ComplaintsScreen(_props: { me: Me }) {
  return <Title order={2}>Complaint library</Title>;
}
