/**
 * Colloquial Indonesian as people type it in chat, and the written form news
 * uses ("nelpon" → menelepon, "ketemu" → bertemu, "gak" → tidak). Applied to
 * questions only: articles are written in the standard language.
 */
import { isDictionaryWord, isEnglishWord, isIndonesianRoot } from './dictionary.ts';
import { hasStemOverride, stem } from './stem.ts';
import { isStopword } from './stopwords.ts';

const COLLOQUIAL: Record<string, string> = {
  aja: 'saja',
  ampe: 'sampai',
  modif: 'modifikasi',
  dimodif: 'dimodifikasi',
  memodif: 'memodifikasi',
  bakal: 'akan',
  banget: 'sangat',
  bener: 'benar',
  beneran: 'benar-benar',
  bneran: 'benar-benar',
  beres: 'selesai',
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
  megang: 'memegang',
  mulu: 'terus',
  nelpon: 'menelepon',
  nelepon: 'menelepon',
  nemu: 'menemukan',
  nyebrang: 'menyeberang',
  nyeberang: 'menyeberang',
  ngacir: 'kabur',
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
  nanggapin: 'menanggapi',
  nanggepin: 'menanggapi',
  ditanggepin: 'ditanggapi',
  ngandalin: 'mengandalkan',
  ngandelin: 'mengandalkan',
  // Speech's words for women and men.
  cewek: 'perempuan',
  cewe: 'perempuan',
  cowok: 'laki-laki',
  cowo: 'laki-laki',
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
  dkt: 'dekat',
  matok: 'mematok',
  grebek: 'gerebek',
  digrebek: 'digerebek',
  grebeg: 'gerebek',
  digrebeg: 'digerebek',
  krn: 'karena',
  utk: 'untuk',
  tsb: 'tersebut',
  gede: 'besar',
  dah: 'sudah',
  kok: 'mengapa',
  // Chat abbreviations.
  brp: 'berapa',
  kpn: 'kapan',
  brapa: 'berapa',
  bbrp: 'beberapa',
  org: 'orang',
  tgl: 'tanggal',
  thn: 'tahun',
  bln: 'bulan',
  sdh: 'sudah',
  blm: 'belum',
  jg: 'juga',
  tp: 'tapi',
  ttp: 'tetap',
  dr: 'dari',
  pd: 'pada',
  kpd: 'kepada',
  sm: 'dengan',
  ama: 'dengan',
  spt: 'seperti',
  kyk: 'seperti',
  skrg: 'sekarang',
  skr: 'sekarang',
  gmn: 'bagaimana',
  gmna: 'bagaimana',
  knp: 'mengapa',
  sblm: 'sebelum',
  stlh: 'setelah',
  sbg: 'sebagai',
  ttg: 'tentang',
  msh: 'masih',
  lg: 'lagi',
  tdk: 'tidak',
  gk: 'tidak',
  dpt: 'dapat',
  jd: 'jadi',
  bs: 'bisa',
  lbh: 'lebih',
  kmrn: 'kemarin',
  kemaren: 'kemarin',
  emg: 'memang',
  nimbrung: 'bergabung',
  sebiji: 'satu',
  nyerahin: 'menyerahkan',
  kalo: 'kalau',
  // A "c" root nasalized as an "s" one would be ("nyari" is mencari, not menyari):
  nyari: 'mencari',
  nyariin: 'mencarikan',
  nyoba: 'mencoba',
  nyuri: 'mencuri',
  nyulik: 'menculik',
  nyabut: 'mencabut',
  nyegah: 'mencegah',
  nyapai: 'mencapai',
  nyatat: 'mencatat',
  nyetak: 'mencetak',
  nyium: 'mencium',
  nyeritain: 'menceritakan',
  nyiptain: 'menciptakan',
  mama: 'ibu',
  mamah: 'ibu',
  mamanya: 'ibunya',
  nyokap: 'ibu',
  papa: 'ayah',
  papah: 'ayah',
  papanya: 'ayahnya',
  bokap: 'ayah',
  heli: 'helikopter',
  helinya: 'helikopternya',
  sbnrnya: 'sebenarnya',
  sbnernya: 'sebenarnya',
  sbnrny: 'sebenarnya',
  sebenernya: 'sebenarnya',
  sempet: 'sempat',
  mantep: 'mantap',
  janjiin: 'menjanjikan',
  mundurin: 'memundurkan',
  dlm: 'dalam',
  bgt: 'sangat',
  klo: 'kalau',
  abis: 'setelah',
  bkn: 'bukan',
  hr: 'hari',
  jt: 'juta',
  rb: 'ribu',
  krna: 'karena',
  mrk: 'mereka',
  blom: 'belum',
  blum: 'belum',
  ato: 'atau',
  trus: 'terus',
  duluan: 'pertama',
  msk: 'masuk',
  klr: 'keluar',
  bnyk: 'banyak',
  byk: 'banyak',
  prnh: 'pernah',
  smpe: 'sampai',
  sblmnya: 'sebelumnya',
  pny: 'punya',
  pnya: 'punya',
  bru: 'baru',
  taun: 'tahun',
  walkot: 'walikota',
  pemred: 'pemimpin redaksi',
  pimred: 'pemimpin redaksi',
};

/** English as it is typed in chat ("whats", "ppl", "govt"): the spelled-out word. */
const CHAT_ENGLISH: Record<string, string> = {
  comms: 'communications',
  whats: 'what',
  wats: 'what',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  thru: 'through',
  tho: 'though',
  b4: 'before',
  hows: 'how',
  whos: 'who',
  wheres: 'where',
  ppl: 'people',
  govt: 'government',
  dept: 'department',
  prez: 'president',
  conf: 'conference',
  confs: 'conferences',
  temp: 'temporary',
  gov: 'government',
  intl: 'international',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  thx: 'thanks',
  pls: 'please',
  plz: 'please',
  u: 'you',
  ur: 'your',
  reps: 'representatives',
  acc: 'according',
  mins: 'minutes',
  hrs: 'hours',
  yrs: 'years',
  yr: 'year',
  evac: 'evacuation',
  evacs: 'evacuations',
  yt: 'youtube',
  vid: 'video',
  vids: 'videos',
  org: 'organization',
  orgs: 'organizations',
  nuke: 'remove',
  nuked: 'removed',
  secs: 'seconds',
  till: 'until',
  til: 'until',
  mcd: 'McDonald’s',
  intel: 'intelligence',
  op: 'operation',
  avg: 'average',
  approx: 'approximately',
  ops: 'operations',
  econ: 'economics',
};

/** An age as chat types it: "14yo", "14yr old" is a "14-year-old". */
const CHAT_AGE = /^(\d{1,3})(?:yo|yro|yrold|yearold)$/;

/** Jakarta chat's "-in" for "-kan" after the passive "di-": "dipulangin" → dipulangkan, "dikirimin" → dikirimkan. */
const PASSIVE_IN = /^di(\p{L}{3,})in$/u;
/** …and for an active verb's "-kan": "bebasin" → bebaskan, "matiin" → matikan. */
const ACTIVE_IN = /^(\p{L}{3,})in$/u;
/** Chat's bare nasal verbs: "ngancam" (mengancam), "nyumbang" (menyumbang), "nembakin" (menembakkan). */
const NASAL = /^(?:ng|ny|n)[aiueo]\p{L}{2,}$|^nge\p{L}{3,}$/u;
/** "kira2", "negara2nya": a word typed in lower case and a 2 is the word said twice ("An2", "MiG2" are names). */
const REPEATED = /^(\p{Ll}{3,})2(an|nya|annya)?$/u;
/** A prefix typed without its vowel before a consonant: "brlaku", "trjadi", "prnah", "mnjadi". */
const DROPPED_PREFIX_E = /^([btp]r|m[nm])([^aeiou\P{L}]\p{L}{2,})$/u;
/** Chat's "-e" for "-ai" and "-o" for "-au": "dipake" → dipakai, "rame" → ramai, "ijo" → hijau. */
const OPEN_ENDING = /^(\p{L}{2,})([eo])$/u;
/** Jakarta speech's "e" for a closed last syllable's "a": "tuker" → tukar, "bener" → benar, "dalem" → dalam. */
const CLOSED_E = /^(\p{L}*[^aiueo\P{L}])e([^aiueo\P{L}]{1,2})$/u;
/** Speech's "ke-" for the accidental passive "ter-" ("ketangkep"), and an English verb with the passive's "di-" ("dipublish"). */
const KE_PASSIVE = /^ke(\p{L}{4,})$/u;
const DI_ENGLISH = /^di(\p{L}{4,})$/u;

/** Words after which "ketemu" is "found", not "met": "jasad yg ketemu", "udah ketemu". */
const FOUND_AFTER = new Set(['yg', 'yang', 'udah', 'sudah', 'belum', 'baru', 'akhirnya']);

/**
 * The written form of a colloquial Indonesian (or chat English) word, or the word itself; `previous` is the
 * word before it. The forms guessed by rule (not listed) are not guessed for a word the news holds as it is
 * (`inNews`): "biden" is the name, not "bidan".
 */
export function formalIndonesian(word: string, previous?: string, inNews?: (word: string) => boolean): string {
  const lower = word.toLowerCase();
  const age = CHAT_AGE.exec(lower);
  if (age) return `${age[1]}-year-old`;
  if (lower === 'ketemu' && FOUND_AFTER.has(previous?.toLowerCase() ?? '')) return 'ditemukan';
  if (Object.hasOwn(COLLOQUIAL, lower)) return COLLOQUIAL[lower];
  if (Object.hasOwn(CHAT_ENGLISH, lower)) return CHAT_ENGLISH[lower];
  // A chat form joined by a hyphen: "anti-govt" is anti-government.
  if (lower.includes('-')) {
    const parts = lower.split('-');
    const listed = (part: string) => part.length >= 3 && (Object.hasOwn(CHAT_ENGLISH, part) || Object.hasOwn(COLLOQUIAL, part));
    if (parts.some(listed)) return parts.map((part) => (listed(part) ? (CHAT_ENGLISH[part] ?? COLLOQUIAL[part]) : part)).join('-');
    // …and a word said twice, each time in speech's form: "tuker-tukeran" is tukar-tukaran.
    if (parts.length === 2 && parts[1].startsWith(parts[0]) && /^\p{L}{3,}$/u.test(parts[0])) {
      const written = parts.map((part) => formalIndonesian(part, previous, inNews));
      if (written.some((part, i) => part !== parts[i])) return written.join('-');
    }
  }
  const repeated = REPEATED.exec(word);
  if (repeated) return formalIndonesian(`${repeated[1]}-${repeated[1]}${repeated[2] ?? ''}`, previous, inNews);
  if (inNews?.(lower)) return word;
  // Only where the written form has a root, and the word is not one itself ("disiplin" is discipline,
  // not "disipl-kan"; "nyata", "nanti" and "negara" are words).
  const hasRoot = (written: string) => {
    const root = stem(written, 'id');
    return (root !== written && root !== lower) || hasStemOverride(written, 'id');
  };
  const passive = PASSIVE_IN.exec(lower);
  if (passive) {
    // …with speech's "e" in the root too: "dibatesin" → dibataskan (batas).
    const closedRoot = CLOSED_E.exec(passive[1]);
    for (const root of [passive[1], ...(closedRoot ? [`${closedRoot[1]}a${closedRoot[2]}`] : [])]) if (hasRoot(`di${root}kan`)) return `di${root}kan`;
    return word;
  }
  // The chat forms below are never a word of its own ("nato", "the", "kemarin"): looked up once, if asked.
  let known: boolean | undefined;
  const isWord = () => (known ??= isDictionaryWord(lower));
  if (NASAL.test(lower) && stem(lower, 'id') === lower && !isWord()) {
    for (const base of lower.endsWith('in') ? [`${lower.slice(0, -2)}kan`, lower] : [lower]) {
      if (hasRoot(`me${base}`)) return `me${base}`;
      // Speech nasalizes a "c" root too ("nyari", "nyoba", "nyoblos"), where the written verb keeps it: mencari, mencoba, mencoblos.
      if (base.startsWith('ny') && hasRoot(`menc${base.slice(2)}`)) return `menc${base.slice(2)}`;
    }
  }
  // Chat drops the "e" of a prefix: "brlaku" → berlaku, "trjadi" → terjadi, "mnjadi" → menjadi.
  const dropped = DROPPED_PREFIX_E.exec(lower);
  if (dropped && !isWord()) {
    const written = `${dropped[1][0]}e${dropped[1].slice(1)}${dropped[2]}`;
    if (hasRoot(written)) return written;
  }
  const open = OPEN_ENDING.exec(lower);
  if (open && lower.length >= 4 && !isStopword(lower, 'en') && !isStopword(lower, 'id') && !isWord()) {
    const written = `${open[1]}${open[2] === 'e' ? 'ai' : 'au'}`;
    if (hasRoot(written) || isDictionaryWord(written)) return written;
  }
  const closed = CLOSED_E.exec(lower);
  if (closed && lower.length >= 4 && !isStopword(lower, 'id') && !isWord() && isIndonesianRoot(`${closed[1]}a${closed[2]}`)) return `${closed[1]}a${closed[2]}`;
  // …before a suffix: "tukeran" → tukaran, "benernya" → benarnya.
  const suffixed = /^(\p{L}{3,}?)(an|nya)$/u.exec(lower);
  const closedBefore = suffixed && !isWord() ? CLOSED_E.exec(suffixed[1]) : null;
  if (closedBefore && isIndonesianRoot(`${closedBefore[1]}a${closedBefore[2]}`)) return `${closedBefore[1]}a${closedBefore[2]}${suffixed![2]}`;
  // …after the passive's "di-": "dituker" → ditukar.
  const passiveClosed = lower.startsWith('di') ? CLOSED_E.exec(lower.slice(2)) : null;
  if (passiveClosed && lower.length >= 6 && !isWord() && isIndonesianRoot(`${passiveClosed[1]}a${passiveClosed[2]}`)) return `di${passiveClosed[1]}a${passiveClosed[2]}`;
  // An English verb with the Indonesian passive's "di-": "dipublish", "dicancel" say "published", "cancelled".
  const borrowed = DI_ENGLISH.exec(lower);
  if (borrowed && !isWord() && isEnglishWord(borrowed[1])) return borrowed[1];
  // Speech drops a first "h": "ancur" → hancur, "ilang" → hilang.
  if (/^[aiueo]\p{L}{3,}$/u.test(lower) && !isWord() && isIndonesianRoot(`h${lower}`)) return `h${lower}`;
  // Speech's "ke-" for the accidental passive "ter-": "kebuang" → terbuang, "ketangkep" → tertangkap.
  const accidental = KE_PASSIVE.exec(lower);
  if (accidental && !isWord()) {
    const rest = CLOSED_E.exec(accidental[1]);
    for (const root of [accidental[1], ...(rest ? [`${rest[1]}a${rest[2]}`] : [])]) if (isIndonesianRoot(root) && hasRoot(`ter${root}`)) return `ter${root}`;
  }
  const active = ACTIVE_IN.exec(lower);
  if (active && !isWord() && hasRoot(`${active[1]}kan`)) return `${active[1]}kan`;
  return word;
}
