import { alsoInLine, citationOf } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { allOption, privateOption, visibilityOf } from '../src/chat/common-options.ts';
import type { Reply } from '../src/chat/reply.ts';
import { commandRef } from '../src/chat/surface.ts';
import { type Translate, en, formatMoment, translator } from '../src/i18n/index.ts';

export const data: CommandData = {
  name: 'brief',
  description: en('commands.brief.description'),
  options: [
    { name: 'hours', description: en('commands.brief.options.hours.description'), type: 'integer', min: 1, max: 720 },
    { name: 'limit', description: en('commands.brief.options.limit.description'), type: 'integer', min: 1, max: 15 },
    allOption,
    privateOption,
  ],
};

function windowText(hours: number, t: Translate): string {
  return hours % 24 === 0 ? t('brief.windowDays', { count: hours / 24 }) : t('brief.windowHours', { count: hours });
}

export const execute: Command['execute'] = (context, options) => {
  const t = translator(context.lang);
  const hours = typeof options.hours === 'number' ? options.hours : 24;
  const limit = typeof options.limit === 'number' ? options.limit : 10;
  const brief = context.engine.brief({ hours, limit, now: context.now, all: options.all === true });
  const window = windowText(hours, t);
  const title = t('brief.title', { window });
  const since = formatMoment(brief.from);
  if (!brief.stories.length) {
    return {
      kind: 'briefing',
      title,
      intro: t('brief.none', { window, since }),
      items: [],
      footer: t('brief.noneHint', { example: `${commandRef('brief', context.caller.platform)} ${context.caller.platform === 'cli' ? '--hours 168' : 'hours:168'}` }),
      visibility: visibilityOf(options),
    };
  }
  const undated = brief.stories.filter((s) => s.dateUnknown).length;
  const intro = [
    `${t('brief.intro', { count: brief.total, since })}${brief.total > brief.stories.length ? t('brief.top', { count: brief.stories.length }) : ''}.`,
    undated ? t('brief.undated', { count: undated }) : '',
  ];
  const reply: Reply = {
    kind: 'briefing',
    title,
    intro: intro.filter(Boolean).join(' '),
    items: brief.stories.map((story) => ({
      type: 'quote',
      quote: story.lead.text,
      highlights: story.lead.highlights,
      citation: citationOf(story.article, story.alsoIn),
    })),
    visibility: visibilityOf(options),
    total: brief.total,
    footer: brief.stories.some((s) => alsoInLine(citationOf(s.article, s.alsoIn))) ? t('brief.copiesOnce') : undefined,
  };
  return reply;
};
