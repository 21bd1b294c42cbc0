/**
 * Colloquial Indonesian as people type it in chat, and the written form news
 * uses ("nelpon" → menelepon, "ketemu" → bertemu, "gak" → tidak). Applied to
 * questions only: articles are written in the standard language.
 */
const COLLOQUIAL: Record<string, string> = {
  aja: 'saja',
  ampe: 'sampai',
  bakal: 'akan',
  banget: 'sangat',
  bener: 'benar',
  bikin: 'membuat',
  bilang: 'mengatakan',
  dapet: 'dapat',
  duit: 'uang',
  emang: 'memang',
  gak: 'tidak',
  ga: 'tidak',
  gimana: 'bagaimana',
  gitu: 'begitu',
  habis: 'setelah',
  jadiin: 'menjadikan',
  kayak: 'seperti',
  kapan2: 'kapan',
  kasih: 'memberi',
  kenapa: 'mengapa',
  ketemu: 'bertemu',
  ketemuan: 'pertemuan',
  kirim2: 'kirim',
  liat: 'lihat',
  makin: 'semakin',
  mulu: 'terus',
  nelpon: 'menelepon',
  nelepon: 'menelepon',
  ngasih: 'memberi',
  ngebom: 'mengebom',
  ngirim: 'mengirim',
  ngobrol: 'berbicara',
  ngomong: 'berbicara',
  nggak: 'tidak',
  ngga: 'tidak',
  ngserang: 'menyerang',
  nyerang: 'menyerang',
  nembak: 'menembak',
  nerima: 'menerima',
  nyampe: 'sampai',
  pake: 'pakai',
  pas: 'saat',
  pengen: 'ingin',
  pingin: 'ingin',
  sampe: 'sampai',
  udah: 'sudah',
  udh: 'sudah',
  tau: 'tahu',
  yg: 'yang',
  dgn: 'dengan',
  krn: 'karena',
  utk: 'untuk',
  tsb: 'tersebut',
  gede: 'besar',
  dah: 'sudah',
  kok: 'mengapa',
};

/** Chat fillers that carry no meaning: "sih", "dong", "deh"… */
export const COLLOQUIAL_FILLERS = ['sih', 'dong', 'deh', 'nih', 'tuh', 'lho', 'loh', 'kan', 'ya', 'yah', 'kah', 'mah', 'wkwk', 'btw'];

/** The written form of a colloquial Indonesian word, or the word itself. */
export function formalIndonesian(word: string): string {
  const lower = word.toLowerCase();
  return Object.hasOwn(COLLOQUIAL, lower) ? COLLOQUIAL[lower] : word;
}
