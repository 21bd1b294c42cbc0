/** A feed as the config file lists it. */
export interface FeedSpec {
  url: string;
  /** The outlet its items are credited to (else the feed's own title). */
  title?: string;
  lang?: string;
  /** Fetch each new item's page: the feed carries only a summary. */
  fullText?: boolean;
  intervalMinutes?: number;
}

/**
 * Public RSS/Atom feeds of outlets that cover the war, in English and
 * Indonesian, followed when the config file says nothing about `feeds`.
 * Nearly all carry summaries only, hence `fullText`. Reuters has had no
 * public feed since 2020 and Kompas none per section, so neither is here.
 */
export const DEFAULT_FEEDS: readonly FeedSpec[] = [
  { url: 'https://kyivindependent.com/news-archive/rss/', title: 'The Kyiv Independent', lang: 'en', fullText: true },
  { url: 'https://www.pravda.com.ua/eng/rss/', title: 'Ukrainska Pravda', lang: 'en', fullText: true },
  { url: 'https://www.theguardian.com/world/ukraine/rss', title: 'The Guardian', lang: 'en', fullText: true },
  { url: 'https://feeds.bbci.co.uk/news/world/europe/rss.xml', title: 'BBC News', lang: 'en', fullText: true },
  { url: 'https://www.aljazeera.com/xml/rss/all.xml', title: 'Al Jazeera', lang: 'en', fullText: true },
  { url: 'https://rss.dw.com/rdf/rss-en-world', title: 'DW', lang: 'en', fullText: true },
  { url: 'https://en.antaranews.com/rss/news.xml', title: 'ANTARA News', lang: 'en', fullText: true },
  { url: 'https://www.antaranews.com/rss/dunia.xml', title: 'ANTARA', lang: 'id', fullText: true },
  { url: 'https://internasional.kontan.co.id/rss', title: 'KONTAN', lang: 'id', fullText: true },
  { url: 'https://news.detik.com/internasional/rss', title: 'detikNews', lang: 'id', fullText: true },
  { url: 'https://www.cnnindonesia.com/internasional/rss', title: 'CNN Indonesia', lang: 'id', fullText: true },
  { url: 'https://rss.tempo.co/dunia', title: 'Tempo', lang: 'id', fullText: true },
  { url: 'https://feeds.bbci.co.uk/indonesia/rss.xml', title: 'BBC News Indonesia', lang: 'id', fullText: true },
];
