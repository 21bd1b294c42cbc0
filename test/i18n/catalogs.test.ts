import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commands } from '../../commands/index.ts';
import { optionKey } from '../../src/chat/options.ts';
import { CATALOGS, UI_LANGS, formatDay, hasKey, plainLanguageOf, replyLang, translator, uiLangOf, uiLangOfEnv } from '../../src/i18n/index.ts';

type Catalog = { [key: string]: string | Catalog };

/** Every key of a catalog, plural forms folded to their base ("brief.intro_one" → "brief.intro"). */
function keysOf(catalog: Catalog, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.add(path.replace(/_(?:zero|one|two|few|many|other)$/, ''));
    else for (const inner of keysOf(value, path)) keys.add(inner);
  }
  return keys;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have every key in every language', () => {
    const all = new Set(UI_LANGS.flatMap((lang) => [...keysOf(CATALOGS[lang])]));
    for (const lang of UI_LANGS) {
      const missing = [...all].filter((key) => !keysOf(CATALOGS[lang]).has(key));
      assert.deepEqual(missing, [], `${lang} lacks keys`);
    }
  });

  it('use the same placeholders in every language', () => {
    /** Key (plural forms folded) → the placeholders its forms use, count aside. */
    const placeholdersOf = (catalog: Catalog, prefix = '', out = new Map<string, Set<string>>()) => {
      for (const [key, value] of Object.entries(catalog)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (typeof value !== 'string') placeholdersOf(value, path, out);
        else {
          const base = path.replace(/_(?:zero|one|two|few|many|other)$/, '');
          const set = out.get(base) ?? new Set<string>();
          for (const name of placeholders(value)) if (name !== 'count') set.add(name);
          out.set(base, set);
        }
      }
      return out;
    };
    const en = placeholdersOf(CATALOGS.en);
    for (const lang of UI_LANGS) {
      for (const [key, names] of placeholdersOf(CATALOGS[lang])) assert.deepEqual([...names].sort(), [...(en.get(key) ?? [])].sort(), `${lang}: ${key}`);
    }
  });

  it('name and describe every command, option and choice for Discord in Indonesian', () => {
    for (const command of commands.values()) {
      const { data } = command;
      assert.ok(hasKey('id', `commands.${data.name}.name`) && hasKey('id', `commands.${data.name}.description`), `/${data.name}`);
      assert.equal(translator('en')(`commands.${data.name}.description`), data.description, `/${data.name} describes itself from the catalog`);
      for (const spec of data.options) {
        const key = optionKey(data, spec);
        assert.ok(hasKey('id', `${key}.name`) && hasKey('id', `${key}.description`), `/${data.name} ${spec.name}`);
        assert.equal(translator('en')(`${key}.name`), spec.name, key);
        for (const choice of spec.choices ?? []) assert.ok(hasKey('id', `${key}.choices.${choice.value}`), `${key} ${choice.value}`);
      }
    }
  });
});

describe('choosing the language', () => {
  it('reads platform locales and the shell environment', () => {
    assert.equal(uiLangOf('id'), 'id');
    assert.equal(uiLangOf('id-ID'), 'id');
    assert.equal(uiLangOf('en-US'), 'en');
    assert.equal(uiLangOf('uk'), 'en');
    assert.equal(uiLangOf(undefined), undefined);
    assert.equal(uiLangOfEnv({ LANG: 'id_ID.UTF-8' }), 'id');
    assert.equal(uiLangOfEnv({ LANG: 'C' }), 'en');
    assert.equal(uiLangOfEnv({ SITREP_UI_LANG: 'en', LANG: 'id_ID.UTF-8' }), 'en');
  });

  it('gives a question plainly in one language its frame in it, whatever the locale', () => {
    assert.equal(plainLanguageOf('berapa jangkauan rudal KN-23'), 'id');
    assert.equal(plainLanguageOf('how far can the KN-23 fly'), 'en');
    assert.equal(plainLanguageOf('KN-23'), undefined);
    assert.equal(replyLang({ question: 'siapa yang memimpin delegasi Rusia di Istanbul', locale: 'en-US' }), 'id');
    assert.equal(replyLang({ question: 'KN-23', locale: 'id' }), 'id');
    assert.equal(replyLang({ question: 'KN-23' }), 'en');
  });

  it('writes dates the way each language does', () => {
    const monday = new Date('2024-11-25T00:00:00Z');
    assert.equal(formatDay(monday, 'id', true), 'Senin, 25 November 2024');
    assert.equal(formatDay(monday, 'en', true), 'Monday, 25 November 2024');
    assert.equal(formatDay(new Date('2024-10-17T00:00:00Z'), 'id'), '17 Okt 2024');
  });
});
