import type { Localized } from '@tropa/core';

// The DESIGN's channels by the ids the data uses; an unknown id is shown as it is.
const CHANNELS: Record<string, Localized> = {
  site: { en: 'Website', ru: 'Сайт' },
  account: { en: 'Personal account', ru: 'Личный кабинет' },
  phone: { en: 'Phone', ru: 'Телефон' },
  email: { en: 'E-mail', ru: 'Эл. почта' },
  chat: { en: 'Chat', ru: 'Чат' },
  messenger: { en: 'Messenger', ru: 'Мессенджер' },
  social: { en: 'Social networks', ru: 'Соцсети' },
  offline: { en: 'Offline', ru: 'Офлайн' },
  support: { en: 'Support', ru: 'Поддержка' },
};

/** A channel's readable name in the UI language. */
export function channelName(id: string, t: (text: Localized) => string): string {
  const known = CHANNELS[id];
  return known ? t(known) : id;
}
