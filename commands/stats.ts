import { formatDate } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { formatBytes } from '../src/ingest/read-file.ts';

export const data: CommandData = {
  name: 'stats',
  description: 'What Sitrep holds: articles, passages, languages, outlets, freshness',
  options: [],
};

export const execute: Command['execute'] = (context) => {
  const stats = context.engine.stats();
  const newest = stats.newest;
  return {
    kind: 'stats',
    title: 'Sitrep index',
    items: [
      { type: 'fact', label: 'Articles', value: `${stats.articles} (${stats.undated} without a known date)` },
      { type: 'fact', label: 'Passages', value: `${stats.passages} stored, ${stats.indexedPassages} indexed` },
      { type: 'fact', label: 'Languages', value: stats.languages.map((l) => `${l.lang} ${l.articles}`).join(', ') || 'none' },
      { type: 'fact', label: 'Outlets', value: stats.outlets.slice(0, 10).map((o) => `${o.outlet} ${o.articles}`).join(', ') || 'none' },
      {
        type: 'fact',
        label: 'Newest article',
        value: newest ? `${newest.title} — ${newest.outlet}, ${newest.publishedAt ? formatDate(newest.publishedAt) : `date unknown, ingested ${formatDate(newest.ingestedAt)}`}` : 'none',
      },
      { type: 'fact', label: 'Index', value: `${stats.indexTerms} terms, ${formatBytes(stats.indexBytes)} on disk` },
    ],
    visibility: 'public',
  };
};
