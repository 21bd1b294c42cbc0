import { type Config, ConfigError } from '../config.ts';
import type { NewFeed } from '../store/feeds.ts';
import { normalizeLanguage } from '../text/language.ts';
import { DEFAULT_FEEDS, type FeedSpec } from './default-feeds.ts';

/** The config's `feeds`: false for none, a list, or absent for the default list. */
export type FeedsSetting = FeedSpec[] | false | undefined;

/** Validates the config file's `feeds` value. */
export function parseFeedsSetting(value: unknown, path: string): FeedSpec[] | false {
  if (value === false) return false;
  if (!Array.isArray(value)) throw new ConfigError(`${path}: "feeds" must be false or a list of {"url", "lang"?, "fullText"?, "intervalMinutes"?, "title"?}`);
  return value.map((entry: unknown, i): FeedSpec => {
    const where = `${path}: feeds[${i}]`;
    const spec = (typeof entry === 'string' ? { url: entry } : entry) as Record<string, unknown> | null;
    if (!spec || typeof spec !== 'object' || typeof spec.url !== 'string') throw new ConfigError(`${where} needs a "url"`);
    let url: URL;
    try {
      url = new URL(spec.url);
    } catch {
      throw new ConfigError(`${where}: "${spec.url}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${where}: only http and https feeds can be followed`);
    const known = ['url', 'title', 'lang', 'fullText', 'intervalMinutes'];
    for (const key of Object.keys(spec)) if (!known.includes(key)) throw new ConfigError(`${where}: unknown setting "${key}" (known: ${known.join(', ')})`);
    const result: FeedSpec = { url: spec.url };
    if (spec.title !== undefined) {
      if (typeof spec.title !== 'string' || !spec.title.trim()) throw new ConfigError(`${where}: "title" must be a name`);
      result.title = spec.title.trim();
    }
    if (spec.lang !== undefined) {
      const lang = typeof spec.lang === 'string' ? normalizeLanguage(spec.lang) : null;
      if (!lang) throw new ConfigError(`${where}: "lang" must be a language code such as "en" or "id"`);
      result.lang = lang;
    }
    if (spec.fullText !== undefined) {
      if (typeof spec.fullText !== 'boolean') throw new ConfigError(`${where}: "fullText" must be true or false`);
      result.fullText = spec.fullText;
    }
    if (spec.intervalMinutes !== undefined) {
      if (typeof spec.intervalMinutes !== 'number' || !(spec.intervalMinutes >= 1)) throw new ConfigError(`${where}: "intervalMinutes" must be at least 1`);
      result.intervalMinutes = spec.intervalMinutes;
    }
    return result;
  });
}

/** Validates the config file's `allowPrivateHosts`: host names or IP addresses. */
export function parseAllowPrivateHosts(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
    throw new ConfigError(`${path}: "allowPrivateHosts" must be a list of host names or IP addresses (e.g. ["127.0.0.1", "intranet.local"])`);
  }
  return value.map((v: string) => v.trim());
}

/** The feeds to follow from the config: the default list unless it says otherwise. */
export function configuredFeeds(setting: FeedsSetting): NewFeed[] {
  const specs = setting === false ? [] : (setting ?? DEFAULT_FEEDS);
  return specs.map((spec) => ({
    url: spec.url,
    title: spec.title,
    lang: spec.lang,
    fullText: spec.fullText ?? false,
    intervalSeconds: spec.intervalMinutes !== undefined ? spec.intervalMinutes * 60 : undefined,
    origin: 'config',
  }));
}

/** The feed settings of a loaded config. */
export function feedSettingsOf(config: Config): { feeds: FeedsSetting; allowPrivateHosts: string[] } {
  return { feeds: config.feeds, allowPrivateHosts: config.allowPrivateHosts };
}
