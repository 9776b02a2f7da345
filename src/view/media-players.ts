/**
 * The providers whose players the detail card may embed, and how a page address of theirs
 * becomes the address of their player. Only these hosts ever reach an iframe, and only with
 * an id read from the address by a strict pattern: nothing else of the dataset's text does.
 */

/** The player hosts an iframe may load. */
export const PLAYER_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://geo.dailymotion.com',
  'https://w.soundcloud.com',
] as const;

/** A YouTube video id: eleven letters, digits, `-` or `_`. */
const YOUTUBE_ID = /^[\w-]{11}$/;

function youtube(url: URL, host: string): string | undefined {
  const path = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (path[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
  else if (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '')) id = path[1];
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  // `t=90` or `t=1m30s`: where the author wanted the video to start.
  const t = /^(?:(\d+)h)?(?:(\d+)m)?(\d+)s?$/.exec(url.searchParams.get('t') ?? '');
  const start = t ? Number(t[1] ?? 0) * 3600 + Number(t[2] ?? 0) * 60 + Number(t[3]) : 0;
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`;
}

function vimeo(url: URL): string | undefined {
  const id = /(?:^|\/)(\d{5,12})(?:\/|$)/.exec(url.pathname)?.[1];
  return id && `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`;
}

function dailymotion(url: URL, host: string): string | undefined {
  const path = host === 'dai.ly' ? url.pathname : url.pathname.replace(/^\/(?:embed\/)?video/, '');
  const id = /^\/(x[0-9a-z]{4,12})(?:[_/]|$)/i.exec(path)?.[1];
  return id && `https://geo.dailymotion.com/player.html?video=${id}`;
}

function soundcloud(url: URL): string | undefined {
  // A track or a set: /artist/track, /artist/sets/name.
  if (!/^\/[\w-]+\/(?:sets\/)?[\w-]+\/?$/.test(url.pathname)) return undefined;
  const page = encodeURIComponent(`https://soundcloud.com${url.pathname}`);
  return `https://w.soundcloud.com/player/?url=${page}&auto_play=true&visual=true`;
}

/**
 * The embeddable player for a provider's page address, or undefined when the address is not
 * one of theirs we can read (it is then shown as a link).
 */
export function playerAddress(src: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/^(?:www|m|mobile)\./, '');
  let player: string | undefined;
  if (/^(?:youtube\.com|youtube-nocookie\.com|youtu\.be)$/.test(host)) player = youtube(url, host);
  else if (/^(?:player\.)?vimeo\.com$/.test(host)) player = vimeo(url);
  else if (/^(?:dailymotion\.com|dai\.ly)$/.test(host)) player = dailymotion(url, host);
  else if (host === 'soundcloud.com') player = soundcloud(url);
  // A second guard: whatever the patterns above let through, only these hosts are framed.
  return player && PLAYER_ORIGINS.some((o) => player.startsWith(`${o}/`)) ? player : undefined;
}

/**
 * The page a link card names: a Wikipedia article's title, else the address without its
 * scheme, shortened.
 */
export function pageName(src: string): string {
  try {
    const url = new URL(src);
    const wiki = /^\/wiki\/([^?#]+)/.exec(url.pathname);
    if (wiki && url.hostname.endsWith('wikipedia.org')) {
      return decodeURIComponent(wiki[1]!).replace(/_/g, ' ');
    }
    const page = (url.hostname.replace(/^www\./, '') + url.pathname).replace(/\/$/, '');
    return page.length > 60 ? `${page.slice(0, 59)}…` : page;
  } catch {
    return src;
  }
}
