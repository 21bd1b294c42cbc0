import { outletLabel } from '../src/articles/article.ts';
import { formatDate } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { errorReply } from '../src/chat/reply.ts';
import { feedSettingsOf } from '../src/ingest/feed-config.ts';
import { FetchError } from '../src/ingest/http.ts';
import { fetchArticle } from '../src/ingest/page.ts';
import { articleItem } from './sources.ts';

export const data: CommandData = {
  name: 'ingest',
  description: 'Add one news article from its web address (admins)',
  options: [{ name: 'url', description: 'The article’s http(s) address', type: 'string', required: true, maxLength: 2000 }],
  admin: true,
};

const STATUS_TITLES = { added: 'Article added', updated: 'Article updated', unchanged: 'Article already stored' } as const;

export const execute: Command['execute'] = async (context, options) => {
  const url = String(options.url).trim();
  const { engine } = context;
  let draft;
  try {
    draft = await fetchArticle(url, { allowPrivate: feedSettingsOf(engine.config).allowPrivateHosts });
  } catch (error) {
    if (error instanceof FetchError) return errorReply(`Could not read ${error.url}: ${error.reason}.`);
    throw error;
  }
  const event = engine.ingestDraft(draft, url, context.now);
  engine.saveIndex();
  if (event.status === 'failed' || !event.article) return errorReply(`Could not store ${url}: ${event.reason}.`);
  const { article } = event;
  return {
    kind: 'article',
    title: STATUS_TITLES[event.status],
    intro: `“${article.title}” — ${outletLabel(article)}, ${formatDate(article.publishedAt)} · id ${article.id}`,
    items: [articleItem(article)],
    footer: event.warnings?.length ? `Note: ${event.warnings.join('; ')}` : undefined,
    visibility: 'private',
  };
};
