import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { NetworkPreview } from './Preview';

afterEach(cleanup);

describe('the network preview', () => {
  it('cuts a long Instagram caption with “… more”, shows the image first and the name before the caption', () => {
    render(<NetworkPreview platform="instagram" channelName="acme.pl" text={'Wiosna '.repeat(40)} link={null}
      images={[{ id: 'm1', src: '/m1' }, { id: 'm2', src: '/m2' }]} />);
    const figure = screen.getByRole('figure', { name: 'Preview on Instagram' });
    expect(figure.getAttribute('data-truncated')).toBe('true');
    expect(screen.getByTestId('preview-text').textContent).toMatch(/^acme\.pl Wiosna.*… more$/);
    expect(screen.getByRole('img', { name: 'Image 1 of 2' })).toBeTruthy();
    expect(screen.getByText('1 / 2')).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Image 2 of 2' })).toBeNull();
  });

  it('keeps line breaks, shows a link card without images, and says when Instagram needs an image', () => {
    const { rerender } = render(<NetworkPreview platform="linkedin" channelName="Acme" text={'Raz\nDwa'} images={[]}
      link="https://www.acme.example/wiosna?utm_source=linkedin" />);
    expect(screen.getByTestId('preview-text').textContent).toBe('Raz\nDwa');
    expect(screen.getByTestId('preview-link-card').textContent).toContain('acme.example');
    rerender(<NetworkPreview platform="instagram" channelName="Acme" text="Hej" images={[]} link="https://acme.example" />);
    expect(screen.getByText('Instagram needs an image')).toBeTruthy();
    expect(screen.getByText(/link goes in the bio/)).toBeTruthy();
  });
});
