import { describe, expect, it } from 'vitest';
import { incidentFromPath, incidentPath } from './route';

describe('incident paths', () => {
  it('names an incident in the path, and reads it back', () => {
    expect(incidentPath('6f1c2d9e')).toBe('/incidents/6f1c2d9e');
    expect(incidentFromPath('/incidents/6f1c2d9e')).toBe('6f1c2d9e');
    expect(incidentPath(null)).toBe('/incidents');
  });

  it('finds none on the list or another screen', () => {
    expect(incidentFromPath('/incidents')).toBeNull();
    expect(incidentFromPath('/inbox/6f1c2d9e')).toBeNull();
  });
});
