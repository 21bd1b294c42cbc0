import { outletLabel } from '../src/articles/article.ts';
import { formatDate } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { type Translate, en, formatMoment, translator } from '../src/i18n/index.ts';
import { formatBytes } from '../src/ingest/read-file.ts';
import { platformStatuses } from '../src/platform-status.ts';

const PLATFORM_NAMES: Record<string, string> = { discord: 'Discord', slack: 'Slack' };

/** "Discord connected since 09:12 UTC; Slack unreachable (ECONNREFUSED; retrying in 20 s)" */
function platformsLine(t: Translate): string | undefined {
  const entries = Object.entries(platformStatuses.all());
  if (!entries.length) return undefined;
  return entries
    .map(([platform, status]) => {
      const values = { name: PLATFORM_NAMES[platform] ?? platform, state: t(`stats.state.${status.state}`, { defaultValue: status.state }), detail: status.detail, since: formatMoment(new Date(status.since)) };
      return t(status.detail ? 'stats.platformDetail' : 'stats.platform', values);
    })
    .join('; ');
}

export const data: CommandData = {
  name: 'stats',
  description: en('commands.stats.description'),
  options: [],
};

export const execute: Command['execute'] = (context) => {
  const t = translator(context.lang);
  const stats = context.engine.stats();
  const newest = stats.newest;
  const platforms = platformsLine(t);
  const none = t('common.none');
  return {
    kind: 'stats',
    title: t('stats.title'),
    items: [
      { type: 'fact', label: t('stats.articles'), value: t('stats.articlesValue', { count: stats.articles, undated: stats.undated }) },
      { type: 'fact', label: t('stats.passages'), value: t('stats.passagesValue', { stored: stats.passages, indexed: stats.indexedPassages }) },
      { type: 'fact', label: t('stats.languages'), value: stats.languages.map((l) => `${l.lang} ${l.articles}`).join(', ') || none },
      { type: 'fact', label: t('stats.outlets'), value: stats.outlets.slice(0, 10).map((o) => `${o.outlet || t('common.unknownOutlet')} ${o.articles}`).join(', ') || none },
      {
        type: 'fact',
        label: t('stats.newest'),
        value: newest ? `${newest.title} — ${outletLabel(newest, t)}, ${newest.publishedAt ? formatDate(newest.publishedAt, t) : t('common.undatedIngested', { date: formatDate(newest.ingestedAt, t) })}` : none,
      },
      { type: 'fact', label: t('stats.index'), value: t(stats.indexMaintainer ? 'stats.indexValue' : 'stats.indexOther', { terms: stats.indexTerms, size: formatBytes(stats.indexBytes) }) },
      ...(platforms ? [{ type: 'fact' as const, label: t('stats.platforms'), value: platforms }] : []),
    ],
    visibility: 'public',
    data: { ...stats, newest: newest ? { id: newest.id, title: newest.title, outlet: newest.outlet ?? null, publishedAt: newest.publishedAt ?? null, ingestedAt: newest.ingestedAt } : null },
  };
};
