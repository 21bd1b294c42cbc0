import { UNKNOWN_OUTLET, outletLabel } from '../src/articles/article.ts';
import { formatDate } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { formatBytes } from '../src/ingest/read-file.ts';
import { platformStatuses } from '../src/platform-status.ts';

const PLATFORM_NAMES: Record<string, string> = { discord: 'Discord', slack: 'Slack' };

/** "Discord connected since 09:12 UTC; Slack unreachable (ECONNREFUSED; retrying in 20 s)" */
function platformsLine(): string | undefined {
  const entries = Object.entries(platformStatuses.all());
  if (!entries.length) return undefined;
  return entries
    .map(([platform, status]) => `${PLATFORM_NAMES[platform] ?? platform} ${status.state}${status.detail ? ` (${status.detail})` : ''} since ${status.since.slice(0, 16).replace('T', ' ')} UTC`)
    .join('; ');
}

export const data: CommandData = {
  name: 'stats',
  description: 'What Sitrep holds: articles, passages, languages, outlets, freshness',
  options: [],
};

export const execute: Command['execute'] = (context) => {
  const stats = context.engine.stats();
  const newest = stats.newest;
  const platforms = platformsLine();
  return {
    kind: 'stats',
    title: 'Sitrep index',
    items: [
      { type: 'fact', label: 'Articles', value: `${stats.articles} (${stats.undated} without a known date)` },
      { type: 'fact', label: 'Passages', value: `${stats.passages} stored, ${stats.indexedPassages} indexed` },
      { type: 'fact', label: 'Languages', value: stats.languages.map((l) => `${l.lang} ${l.articles}`).join(', ') || 'none' },
      { type: 'fact', label: 'Outlets', value: stats.outlets.slice(0, 10).map((o) => `${o.outlet || UNKNOWN_OUTLET} ${o.articles}`).join(', ') || 'none' },
      {
        type: 'fact',
        label: 'Newest article',
        value: newest ? `${newest.title} — ${outletLabel(newest)}, ${newest.publishedAt ? formatDate(newest.publishedAt) : `date unknown, ingested ${formatDate(newest.ingestedAt)}`}` : 'none',
      },
      { type: 'fact', label: 'Index', value: `${stats.indexTerms} terms, ${formatBytes(stats.indexBytes)} on disk${stats.indexMaintainer ? '' : ' (saved by another Sitrep process on this data dir)'}` },
      ...(platforms ? [{ type: 'fact' as const, label: 'Platforms', value: platforms }] : []),
    ],
    visibility: 'public',
  };
};
