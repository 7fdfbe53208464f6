import type { ChannelIcon, Journey } from '@tropa/core';

// Line icons on a 24-unit grid, drawn with the current colour: no icon font, no emoji.
const PATHS: Record<ChannelIcon, string> = {
  site: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  account: 'M12 12a4 4 0 1 0 0-8a4 4 0 1 0 0 8M4 21c1-4 4-6 8-6s7 2 8 6',
  phone: 'M5 4h4l2 5l-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  email: 'M3 6h18v12H3zM3 6l9 7l9-7',
  chat: 'M4 5h16v11H9l-5 4z',
  messenger: 'M7 3h10v18H7zM11 18h2',
  social: 'M4 10v4h3l6 4V6L7 10zM17 9a4 4 0 0 1 0 6',
  offline: 'M4 21V7l8-4l8 4v14M9 21v-6h6v6',
  support: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8',
  app: 'M7 3h10v18H7zM10 6h4',
  marketplace: 'M4 6h16l-2 9H6zM8 20a1 1 0 1 0 0.01 0M16 20a1 1 0 1 0 0.01 0',
  event: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  other: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8',
};

function iconOf(journey: Journey, channelId: string | undefined): ChannelIcon {
  if (channelId === undefined) return 'other';
  const channel = journey.channels.find((c) => c.id === channelId);
  return channel?.icon ?? (channelId in PATHS ? (channelId as ChannelIcon) : 'other');
}

/** A channel's name as the map declares it (or its id). */
export function channelName(journey: Journey, channelId: string | undefined): string {
  if (channelId === undefined) return '';
  return journey.channels.find((c) => c.id === channelId)?.name ?? channelId;
}

/** The channel's icon in a small tinted square, named for screen readers. */
export function ChannelBadge({ journey, channelId }: { journey: Journey; channelId: string | undefined }) {
  const name = channelName(journey, channelId);
  return (
    <span className="channel-icon" title={name}>
      <svg viewBox="0 0 24 24" role="img" aria-label={name}>
        <path d={PATHS[iconOf(journey, channelId)]} />
      </svg>
    </span>
  );
}
