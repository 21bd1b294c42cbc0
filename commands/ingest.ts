import { outletLabel } from '../src/articles/article.ts';
import { formatDate } from '../src/chat/citation.ts';
import { en, translator } from '../src/i18n/index.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { errorReply } from '../src/chat/reply.ts';
import { feedSettingsOf } from '../src/ingest/feed-config.ts';
import { FetchError } from '../src/ingest/http.ts';
import { fetchArticle } from '../src/ingest/page.ts';
import { articleItem } from './sources.ts';

export const data: CommandData = {
  name: 'ingest',
  description: en('commands.ingest.description'),
  options: [{ name: 'url', description: en('commands.ingest.options.url.description'), type: 'string', required: true, maxLength: 2000 }],
  admin: true,
};


export const execute: Command['execute'] = async (context, options) => {
  const t = translator(context.lang);
  const url = String(options.url).trim();
  const { engine } = context;
  let draft;
  try {
    draft = await fetchArticle(url, { allowPrivate: feedSettingsOf(engine.config).allowPrivateHosts });
  } catch (error) {
    if (error instanceof FetchError) return errorReply(t('ingest.cannotRead', { url: error.url, reason: error.reason }), t);
    throw error;
  }
  const event = engine.ingestDraft(draft, url, context.now);
  engine.saveIndex();
  if (event.status === 'failed' || !event.article) return errorReply(t('ingest.cannotStore', { url, reason: event.reason }), t);
  const { article } = event;
  return {
    kind: 'article',
    title: t(`ingest.${event.status}`),
    intro: t('ingest.intro', { title: article.title, outlet: outletLabel(article, t), date: formatDate(article.publishedAt, t), id: article.id }),
    items: [articleItem(article, undefined, [], t)],
    footer: event.warnings?.length ? t('ingest.note', { warnings: event.warnings.join('; ') }) : undefined,
    visibility: 'private',
  };
};
