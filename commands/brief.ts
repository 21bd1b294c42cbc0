import { alsoInLine, citationOf } from '../src/chat/citation.ts';
import type { Command, CommandData } from '../src/chat/command.ts';
import { allOption, privateOption, visibilityOf } from '../src/chat/common-options.ts';
import type { Reply } from '../src/chat/reply.ts';

export const data: CommandData = {
  name: 'brief',
  description: 'The top stories of the last hours, one cited line each',
  options: [
    { name: 'hours', description: 'How many hours back (1–720, default 24)', type: 'integer', min: 1, max: 720 },
    { name: 'limit', description: 'How many stories (1–15, default 10)', type: 'integer', min: 1, max: 15 },
    allOption,
    privateOption,
  ],
};

function windowText(hours: number): string {
  return hours % 24 === 0 ? `the last ${hours === 24 ? 'day' : `${hours / 24} days`}` : `the last ${hours} hours`;
}

export const execute: Command['execute'] = (context, options) => {
  const hours = typeof options.hours === 'number' ? options.hours : 24;
  const limit = typeof options.limit === 'number' ? options.limit : 10;
  const brief = context.engine.brief({ hours, limit, now: context.now, all: options.all === true });
  const title = `Briefing: ${windowText(hours)}`;
  if (!brief.stories.length) {
    return {
      kind: 'briefing',
      title,
      intro: `No new reports in ${windowText(hours)} (since ${brief.from.toISOString().slice(0, 16).replace('T', ' ')} UTC).`,
      items: [],
      footer: 'Try a longer window, e.g. /brief hours:168.',
      visibility: visibilityOf(options),
    };
  }
  const reply: Reply = {
    kind: 'briefing',
    title,
    intro: `${brief.total} ${brief.total === 1 ? 'story' : 'stories'} since ${brief.from.toISOString().slice(0, 16).replace('T', ' ')} UTC${brief.total > brief.stories.length ? `; the top ${brief.stories.length}` : ''}. Undated articles count from when they were ingested.`,
    items: brief.stories.map((story) => ({
      type: 'quote',
      quote: story.lead.text,
      highlights: story.lead.highlights,
      citation: citationOf(story.article, story.alsoIn),
    })),
    visibility: visibilityOf(options),
    footer: brief.stories.some((s) => alsoInLine(citationOf(s.article, s.alsoIn))) ? 'Copies of one story are shown once.' : undefined,
  };
  return reply;
};
