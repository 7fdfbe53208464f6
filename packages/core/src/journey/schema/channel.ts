import { z } from 'zod';
import { Id, ShortText } from './common.ts';

/** Icons the renderer and the web app know; a channel picks one or gets `other`. */
export const CHANNEL_ICONS = [
  'site',
  'account',
  'phone',
  'email',
  'chat',
  'messenger',
  'social',
  'offline',
  'support',
  'app',
  'marketplace',
  'event',
  'other',
] as const;
export const ChannelIcon = z.enum(CHANNEL_ICONS);
export type ChannelIcon = z.infer<typeof ChannelIcon>;

export const Channel = z
  .strictObject({
    id: Id,
    name: ShortText.optional(),
    icon: ChannelIcon.optional().describe('Defaults to the id when the id is a known icon, else `other`.'),
    kind: z.enum(['human', 'digital', 'physical']).optional(),
  })
  .describe('A medium of interaction: site, personal account, phone, e-mail, chat, messengers, offline...');
export type Channel = z.infer<typeof Channel>;

/** The icon a channel is drawn with. */
export function channelIcon(channel: Pick<Channel, 'id' | 'icon'>): ChannelIcon {
  if (channel.icon) return channel.icon;
  return (CHANNEL_ICONS as readonly string[]).includes(channel.id) ? (channel.id as ChannelIcon) : 'other';
}
