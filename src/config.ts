import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeedSpec } from './ingest/default-feeds.ts';
import { parseAllowPrivateHosts, parseFeedsSetting } from './ingest/feed-config.ts';
import type { Concept } from './text/glossary.ts';
import { PROJECT_ROOT } from './project-root.ts';

export { PROJECT_ROOT };

export const RESOURCES_DIR = join(PROJECT_ROOT, 'resources');
export const SAMPLE_DIR = join(PROJECT_ROOT, 'sample');
export const GLOSSARY_FILE = join(RESOURCES_DIR, 'glossary.json');
export const LEXICON_FILE = join(RESOURCES_DIR, 'lexicon-en-id.tsv');
/** Everyday news synonyms in both languages ("injured" / "wounded" / "terluka"), as glossary concepts of kind "synonym". */
export const SYNONYMS_FILE = join(RESOURCES_DIR, 'news-synonyms.json');
/** War and world-news vocabulary, hand-made: consulted before the general lexicon. */
export const NEWS_LEXICON_FILE = join(RESOURCES_DIR, 'news-lexicon-en-id.tsv');

export class ConfigError extends Error {}

export interface Config {
  dataDir: string;
  /** Concepts that extend or add to the bundled glossary. */
  glossary: Concept[];
  maxFileBytes: number;
  /** Ingest the bundled sample when the store is empty. */
  sample: boolean;
  /** Feeds to follow: undefined for the default list, false for none. */
  feeds?: FeedSpec[] | false;
  /** Hosts that may be fetched although they resolve to private addresses (e.g. an intranet mirror). */
  allowPrivateHosts: string[];
  configFile?: string;
}

interface ConfigFile {
  dataDir?: string;
  glossary?: Concept[];
  maxFileBytes?: number;
  sample?: boolean;
  feeds?: unknown;
  allowPrivateHosts?: unknown;
}

/** Reads `.env` (if present) into process.env without overriding what is already set. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

function readConfigFile(path: string): ConfigFile {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${path}: expected a JSON object`);
  const file = value as Record<string, unknown>;
  const known = ['dataDir', 'glossary', 'maxFileBytes', 'sample', 'feeds', 'allowPrivateHosts'];
  for (const key of Object.keys(file)) if (!known.includes(key)) throw new ConfigError(`${path}: unknown setting "${key}" (known: ${known.join(', ')})`);
  if (file.glossary !== undefined) {
    if (!Array.isArray(file.glossary)) throw new ConfigError(`${path}: "glossary" must be an array of concepts`);
    file.glossary.forEach((c: unknown, i: number) => {
      const concept = c as Partial<Concept>;
      if (!concept || typeof concept.id !== 'string' || !concept.aliases || typeof concept.aliases !== 'object') {
        throw new ConfigError(`${path}: glossary[${i}] needs an "id" and an "aliases" object ({"en": [...], "id": [...]})`);
      }
    });
  }
  if (file.maxFileBytes !== undefined && (typeof file.maxFileBytes !== 'number' || file.maxFileBytes <= 0)) {
    throw new ConfigError(`${path}: "maxFileBytes" must be a positive number`);
  }
  return file as ConfigFile;
}

/** Settings from flags, the environment and an optional `sitrep.config.json`, validated. */
export function loadConfig(flags: { dataDir?: string; config?: string } = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const configFile = flags.config ?? env.SITREP_CONFIG ?? (existsSync('sitrep.config.json') ? 'sitrep.config.json' : undefined);
  if (configFile && !existsSync(configFile)) throw new ConfigError(`${configFile}: config file not found`);
  const file = configFile ? readConfigFile(configFile) : {};
  return {
    dataDir: resolve(flags.dataDir ?? env.SITREP_DATA_DIR ?? file.dataDir ?? 'data'),
    glossary: (file.glossary ?? []).map((c) => ({ ...c, kind: c.kind ?? 'term' })),
    maxFileBytes: file.maxFileBytes ?? 10 * 1024 * 1024,
    sample: file.sample ?? env.SITREP_SAMPLE !== '0',
    feeds: file.feeds === undefined ? (env.SITREP_FEEDS === '0' ? false : undefined) : parseFeedsSetting(file.feeds, configFile!),
    allowPrivateHosts: file.allowPrivateHosts === undefined ? [] : parseAllowPrivateHosts(file.allowPrivateHosts, configFile!),
    configFile,
  };
}
