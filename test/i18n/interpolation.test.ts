import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import { CATALOGS, UI_LANGS, translator } from '../../src/i18n/index.ts';

type Catalog = { [key: string]: string | Catalog };
const keysOf = (catalog: Catalog, prefix = ''): [string, string][] =>
  Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : keysOf(value, `${prefix}${key}.`)));

/** Sitrep's translator fills simple messages itself: every message must read as i18next would make it. */
describe('message interpolation', () => {
  const reference = i18next.createInstance();
  void reference.init({
    resources: Object.fromEntries(UI_LANGS.map((lang) => [lang, { translation: CATALOGS[lang] }])),
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

  it('fills every message with values exactly as i18next does, in every language', () => {
    let checked = 0;
    for (const lang of UI_LANGS) {
      const t = translator(lang);
      const fixed = reference.getFixedT(lang);
      for (const [key, text] of keysOf(CATALOGS.en)) {
        const names = [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))];
        if (!names.length) continue;
        const base = key.replace(/_(?:one|other|zero|few|many|two)$/, '');
        const values = Object.fromEntries(names.map((name, i) => [name, name === 'count' ? 3 : `v${i} <b>&amp; {{x}}`]));
        assert.equal(t(base, values), fixed(base, values as never), `${lang} ${base}`);
        // A number, a missing value, and an object are i18next's to decide as well.
        assert.equal(t(base, { ...values, [names[0]]: 7 }), fixed(base, { ...values, [names[0]]: 7 } as never), `${lang} ${base} (number)`);
        assert.equal(t(base, {}), fixed(base, {} as never), `${lang} ${base} (no values)`);
        checked++;
      }
    }
    assert.ok(checked > 100, `only ${checked} messages with values checked`);
  });
});
