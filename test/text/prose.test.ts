import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeEncodedData } from '../../src/text/prose.ts';

describe('telling encoded data from prose', () => {
  it('takes base64 and hex dumps for data', () => {
    const base64 = Buffer.from(Array.from({ length: 3_000 }, (_, i) => (i * 7919) % 251)).toString('base64').replace(/.{76}/g, '$&\n');
    assert.equal(looksLikeEncodedData(base64), true);
    const hex = Array.from({ length: 200 }, (_, i) => `${((i + 1) * 2654435761 >>> 0).toString(16).padStart(8, '0')}a1b2c3d4`).join(' ');
    assert.equal(looksLikeEncodedData(hex), true);
  });

  it('keeps news full of weapon codes and figures for prose', () => {
    const news = Array.from({ length: 20 }, () => 'Russia launched 728 drones and 13 missiles, among them KN-23 and Kh-101, while MiG-31K and Su-34 jets flew near Kharkiv on 9/7/2025.').join(' ');
    assert.equal(looksLikeEncodedData(news), false);
    assert.equal(looksLikeEncodedData('Rudal KN-23 memiliki jangkauan sekitar 450 km dan membawa hulu ledak seberat 500 kg.'), false);
  });
});
