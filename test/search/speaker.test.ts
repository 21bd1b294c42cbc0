import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spokenBy } from '../../src/search/speaker.ts';
import { analyzeText } from '../../src/text/analyze.ts';

const alias = (name: string, lang = 'en') => analyzeText(name, lang);

describe('spokenBy', () => {
  it('gives a speaker named before a verb of saying, through titles and appositions', () => {
    assert.ok(spokenBy('The Kremlin spokesman, Dmitry Peskov, said Moscow viewed the step very negatively.', 'en', [alias('Kremlin')]));
    assert.ok(spokenBy("Ukraine's Deputy Foreign Minister Mariana Betsa said on X that it was a massacre.", 'en', [alias('Deputy Foreign Minister')]));
    assert.ok(spokenBy('Donald Trump ragu adanya pertemuan puncak dengan Putin, dengan mengatakan bahwa ia tidak mau membuang waktu.', 'id', [alias('Trump', 'id')]));
  });

  it('gives a speaker named just after the verb (“kata Presiden Zelensky”, “according to the ministry”)', () => {
    assert.ok(spokenBy('Dua tentara Korea Utara ditangkap di Kursk, kata Presiden Volodymyr Zelensky.', 'id', [alias('Zelensky', 'id')]));
    assert.ok(spokenBy('About 600 soldiers were killed, according to the intelligence service.', 'en', [alias('intelligence service')]));
  });

  it('does not give words to one only mentioned: Kim is whom the soldiers would be handed back to', () => {
    assert.ok(!spokenBy('Zelenskyy said Kyiv was ready to hand the soldiers back to Kim Jong-un if Pyongyang could arrange an exchange.', 'en', [alias('Kim Jong-un')]));
    assert.ok(!spokenBy('Lukashenko hosted Prigozhin in Minsk in June.', 'en', [alias('Lukashenko')]));
  });

  it('finds a name of several words only in its order', () => {
    assert.ok(!spokenBy('The minister of defence said the foreign deputy was wrong.', 'en', [alias('Deputy Foreign Minister')]));
  });
});
