import { type ReactNode, useState } from 'react';
import { Group, Select, Title } from '@mantine/core';
import type { Me } from '../../logic/navigation';

/** The brand a screen shows: the user's first brand until they pick another in the {@link ScreenHeader}. */
export function useBrandChoice(me: Me): [string | null, (brand: string | null) => void] {
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  return [brand, setBrand];
}

/**
 * A screen's title and, for a user of more than one brand, the brand picker (labelled in the screen's own words),
 * with the screen's own controls after it.
 */
export function ScreenHeader({ title, brandLabel, brands, brand, onBrand, children }: {
  title: string;
  brandLabel: string;
  brands: string[];
  brand: string | null;
  onBrand: (brand: string | null) => void;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="end">
      <Title order={2}>{title}</Title>
      <Group align="end">
        {brands.length > 1 && (
          <Select label={brandLabel} data={brands} value={brand} onChange={onBrand} allowDeselect={false} w={180} />
        )}
        {children}
      </Group>
    </Group>
  );
}
