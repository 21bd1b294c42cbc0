import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyConventions } from '../../src/articles/conventions.ts';

describe('datelines', () => {
  it('takes an outlet’s dateline with the city in capitals, or in Title case after a domain-style outlet', () => {
    assert.deepEqual(applyConventions('KONTAN.CO.ID - JAKARTA. Harga minyak naik.').found, { outlet: 'KONTAN', dateline: 'Jakarta' });
    assert.deepEqual(applyConventions('REPUBLIKA.CO.ID - New York, hari ini sidang dimulai.').found, { outlet: 'REPUBLIKA', dateline: 'New York' });
  });

  it('keeps a story’s first words up to a comma: they are not an outlet’s dateline', () => {
    const brussels = applyConventions('BRUSSELS - The new floating cap on Russian crude, part of the sanctions, takes effect in September.');
    assert.equal(brussels.text, 'The new floating cap on Russian crude, part of the sanctions, takes effect in September.');
    assert.deepEqual(brussels.found, { dateline: 'Brussels' });
    const jakarta = applyConventions('JAKARTA - Presiden Joko Widodo, yang tiba di Kyiv, bertemu Zelensky.');
    assert.equal(jakarta.text, 'Presiden Joko Widodo, yang tiba di Kyiv, bertemu Zelensky.');
    assert.equal(jakarta.found.outlet, undefined);
  });

  it('takes a city in capitals before a dash as the dateline, but not a wire slug', () => {
    assert.equal(applyConventions('KYIV - Russia launched 300 drones overnight.').found.dateline, 'Kyiv');
    assert.equal(applyConventions('EXCLUSIVE - Russia plans a new offensive.').text, 'EXCLUSIVE - Russia plans a new offensive.');
  });
});
