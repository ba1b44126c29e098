import { type ReactNode, useEffect, useRef } from 'react';
import { Alert, Text } from '@mantine/core';

/**
 * A notice that a save (or a restore) happened, where the user is looking: beside the button that did it, brought
 * into view, and announced to screen readers (role status).
 */
export function SavedNotice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }); }, [children]);
  return (
    <Alert ref={ref} color="green" variant="light" role="status" data-testid="saved" mt="sm">
      <Text size="sm" c="gray.9">{children}</Text>
    </Alert>
  );
}
