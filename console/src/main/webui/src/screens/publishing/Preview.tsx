import { networkName } from '../../logic/publishing/limits';
import { imageGrid, linkCard, truncate } from '../../logic/publishing/preview';

export interface PreviewImage { id: string; src: string; width?: number; height?: number }

/**
 * A variant as its network shows it in the feed: the account's name and an avatar placeholder, the text with its
 * line breaks cut where the network cuts it ("… See more"), the images laid out as the network lays them out, and
 * a link card. Used by the composer and by the external review page.
 */
export function NetworkPreview({ platform, channelName, text, images, link, scheduledText }: {
  platform: string; channelName: string; text: string; images: PreviewImage[]; link: string | null;
  scheduledText?: string;
}) {
  const cut = truncate(text, platform);
  const grid = imageGrid(platform, images.length);
  const card = linkCard(platform, link, images.length);
  const initial = (channelName.trim()[0] ?? '?').toUpperCase();
  const shownImages = images.slice(0, grid.shown);
  const imageBlock = grid.layout === 'none' ? null : (
    <div className={`preview-images layout-${grid.layout}`} data-testid="preview-images">
      {shownImages.map((m, i) => (
        <div key={m.id} className="preview-image">
          <img src={m.src} alt={`Image ${i + 1} of ${images.length}`} loading="lazy" />
          {i === shownImages.length - 1 && grid.more > 0 && (
            <span className="preview-image-more">{grid.layout === 'carousel' ? `1 / ${images.length}` : `+${grid.more}`}</span>
          )}
        </div>
      ))}
    </div>
  );
  const textBlock = (
    <div className="preview-text" data-testid="preview-text">
      {platform === 'instagram' && <strong>{channelName} </strong>}
      {cut.shown}
      {cut.truncated && <span className="preview-more">{platform === 'x' ? ' ' : ''}{cut.more}</span>}
      {!text.trim() && <span className="preview-meta">(no text yet)</span>}
    </div>
  );
  return (
    <figure className={`preview preview-${platform}`} data-platform={platform} data-truncated={cut.truncated}
      aria-label={`Preview on ${networkName(platform)}`} style={{ margin: 0 }}>
      <div className="preview-head">
        <span className="preview-avatar" aria-hidden="true">{initial}</span>
        <div>
          <div className="preview-name">{channelName}</div>
          <div className="preview-meta">{networkName(platform)} · {scheduledText || 'not scheduled'}</div>
        </div>
      </div>
      {/* Instagram shows the image first and the caption under it; the others the text first. */}
      {platform === 'instagram' ? <>{imageBlock ?? <div className="preview-placeholder">Instagram needs an image</div>}{textBlock}</>
        : <>{textBlock}{imageBlock}</>}
      {card.show && (
        <div className="preview-card" data-testid="preview-link-card">
          <div className="preview-card-domain">{card.domain}</div>
          <div>{link}</div>
        </div>
      )}
      {card.note && <div className="preview-foot">{card.note}</div>}
      {!card.show && link && !card.note && <div className="preview-foot">Link: {link}</div>}
    </figure>
  );
}
