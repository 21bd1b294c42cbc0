/** Feeds and pages written for the tests: the shapes and the mess of real ones. */

export const PARA = 'Ukrainian air defences shot down most of the drones launched overnight, the air force said on Tuesday, while debris damaged homes in the Kyiv region.';

export interface RssItem {
  guid?: string;
  title?: string;
  link?: string;
  description?: string;
  pubDate?: string;
}

export function rss(items: RssItem[], channel: { title?: string; link?: string; language?: string } = {}): string {
  const tag = (name: string, value?: string) => (value === undefined ? '' : `<${name}>${value}</${name}>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
${tag('title', channel.title ?? 'Example Wire')}${tag('link', channel.link ?? 'https://wire.example/')}${tag('language', channel.language)}
${items
  .map((i) => `<item>${tag('title', i.title)}${tag('link', i.link)}${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${tag('description', i.description)}${tag('pubDate', i.pubDate)}</item>`)
  .join('\n')}
</channel>
</rss>`;
}

/** RSS 2.0 with CDATA, entities, a relative link, dc:creator, an odd date, a title-only item and a repeated guid. */
export const MESSY_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Wire &amp; Co</title>
  <link>https://wire.example/</link>
  <language>en-GB</language>
  <item>
    <title><![CDATA[Drones hit <em>Kyiv</em> region & Odesa]]></title>
    <link>/news/2024/10/drones?utm_source=rss</link>
    <guid isPermaLink="false">wire-1</guid>
    <dc:creator>Olena Example</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>${PARA}</p><p>Officials said the attack lasted &quot;several hours&quot; &amp; involved dozens of Shahed drones.</p>]]></content:encoded>
    <pubDate>Tue, 15 Oct 2024 06:30:00 +0300</pubDate>
  </item>
  <item>
    <title>Grain corridor reopens &#8212; ports busy</title>
    <link>https://wire.example/news/grain</link>
    <description>&lt;p&gt;Ships loaded grain at Odesa ports again on Wednesday after a pause caused by missile strikes on the port infrastructure.&lt;/p&gt;</description>
    <pubDate>sometime last week</pubDate>
  </item>
  <item>
    <title>Title only, no text</title>
    <link>https://wire.example/news/title-only</link>
  </item>
  <item>
    <title>Drones hit Kyiv region again (repeat)</title>
    <guid isPermaLink="false">wire-1</guid>
    <description>${PARA} A repeat of the first item under the same guid.</description>
  </item>
</channel>
</rss>`;

export const RSS1 = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://berita.example/">
    <title>Berita Contoh</title>
    <link>https://berita.example/</link>
    <description>Berita dunia</description>
    <dc:language>id</dc:language>
    <items><rdf:Seq><rdf:li rdf:resource="https://berita.example/dunia/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://berita.example/dunia/1">
    <title>Rusia dan Ukraina bertukar tawanan perang</title>
    <link>https://berita.example/dunia/1</link>
    <description>Rusia dan Ukraina kembali bertukar tawanan perang pada Jumat dengan mediasi Uni Emirat Arab, kata pejabat kedua negara.</description>
    <dc:date>Jumat, 18 Oktober 2024 14:05 WIB</dc:date>
    <dc:creator>Redaksi Contoh</dc:creator>
  </item>
</rdf:RDF>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/world/" xml:lang="en">
  <title type="text">Atom Example</title>
  <id>tag:atom.example,2024:world</id>
  <updated>2024-10-16T12:00:00Z</updated>
  <entry xml:base="ukraine/">
    <id>tag:atom.example,2024:1</id>
    <title type="html">Zelensky presents &lt;b&gt;victory plan&lt;/b&gt;</title>
    <link rel="alternate" href="victory-plan.html"/>
    <published>2024-10-16T09:00:00Z</published>
    <updated>2024-10-16T11:00:00Z</updated>
    <author><name>Atom Reporter</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>President Volodymyr Zelensky presented his victory plan to parliament on Wednesday, asking allies for long-range weapons.</p><p>Lawmakers applauded &amp; some abstained.</p></div></content>
  </entry>
  <entry>
    <id>tag:atom.example,2024:2</id>
    <title>Only updated</title>
    <link href="/other/only-updated"/>
    <updated>2024-10-15T08:00:00Z</updated>
    <summary>An entry with only an updated date still names a real day, and the summary is long enough to be an article.</summary>
  </entry>
</feed>`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Example',
  home_page_url: 'https://json.example/',
  language: 'en',
  items: [
    {
      id: 'j-1',
      url: '/articles/sanctions',
      title: 'EU agrees new sanctions package',
      summary: 'Short.',
      content_html: '<p>The European Union agreed a new sanctions package against Russia on Thursday, targeting shadow-fleet tankers.</p>',
      date_published: '2024-10-17T15:00:00+02:00',
      authors: [{ name: 'Jay Son' }],
    },
    { id: 'j-2', title: 'No content at all' },
    { id: 'j-3', content_text: 'A JSON item without a title but with enough text to stand as an article on its own.', date_published: 'not a date' },
  ],
});

export const HTML_INSTEAD = `<!DOCTYPE html>
<html lang="en"><head><title>Example Wire — Home</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/all.xml">
</head><body><h1>Welcome</h1><p>Our home page, not a feed.</p></body></html>`;

export const TRUNCATED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>
<item><title>Complete item</title><link>https://cut.example/1</link><description>${PARA}</description></item>
<item><title>Cut item</title><link>https://cut.example/2</link><description>${PARA} and then the connection dro`;

/** A news page with JSON-LD NewsArticle metadata and Open Graph. */
export function newsPage(options: { headline?: string; date?: string; lang?: string; body?: string } = {}): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: options.headline ?? 'Kharkiv hit by glide bombs',
    ...(options.date === '' ? {} : { datePublished: options.date ?? '2024-10-18T07:45:00Z' }),
    author: [{ '@type': 'Person', name: 'Page Author' }],
    publisher: { '@type': 'Organization', name: 'Page Times' },
  };
  const body = options.body ?? `<p>Russian aircraft dropped glide bombs on Kharkiv on Friday, wounding at least twelve people, the regional governor said.</p><p>${PARA}</p><p>Rescuers searched the rubble of a five-storey building through the night.</p>`;
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head>
<meta charset="utf-8"><title>${options.headline ?? 'Kharkiv hit by glide bombs'} | Page Times</title>
<meta property="og:site_name" content="Page Times">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>${options.headline ?? 'Kharkiv hit by glide bombs'}</h1>${body}</article><footer>© Page Times</footer></body></html>`;
}
