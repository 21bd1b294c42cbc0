/**
 * What kind of answer a passage can give — a count, a date, a duration — and
 * what kind a question asks for ("how many", "kapan", "berapa lama"). A
 * passage of the asked kind is the likelier answer: "how many drones" is
 * answered by the sentence with the number in it.
 */
export const ANSWER_KIND = { number: 1, date: 2, duration: 4, statement: 8, money: 16, percent: 32, clock: 64, length: 128, age: 256, hours: 512, count: 1024, place: 2048 } as const;

// A time of day: "6:07 a.m.", "16:56", "pukul 04.44", "at 6 p.m.", "jam 3 pagi".
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|\b(?:pukul|jam)\s(?:\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas)\b|\bmidnight\b|\bnoon\b|\btengah (?:malam|hari)\b/i;

// An amount of money: a currency sign or code by a number, or a number and a currency's name ("$7 billion",
// "£2m", "Rp 1,5 triliun", "709 juta dolar AS", "10 million euros").
const MONEY =
  /[$£€¥₽₴]\s?\d|\b(?:US\$|USD|EUR|GBP|Rp\.?|RUB|UAH)\s?\d|\d(?:[\d.,]*)\s?(?:m|bn|k)?\s?(?:(?:million|billion|trillion|juta|miliar|triliun|ribu)\s)?(?:dollars?|dolar|euros?|pounds?|sterling|roubles?|rubles?|rubel|hryvnias?|hryvnia|rupiah|yuan|won|yen)\b/i;
// …or a cost said in round words: "menghabiskan biaya miliaran", "cost billions".
const COST_WORD = /\b(?:biaya|ongkos|harga|senilai|bernilai|anggaran|costs?|costing|price[ds]?|worth|budget)\b/i;
const MAGNITUDE = /\d|\b(?:ribuan|jutaan|miliaran|triliunan|juta|miliar|triliun|thousands|millions?|billions?|trillions?)\b/i;
// A length or height: "186 meter", "19 km", "2.5 kilometres", "a 1,000-kilometre line", "30 feet" (not a bare "m": "$5m" is money).
const LENGTH = /\b\d+(?:[.,]\d+)?[\s-]?(?:square\s|sq\.?\s)?(?:km|kilometers?|kilometres?|kilometer|meters?|metres?|meter|miles?|mil|feet|foot|ft|cm|centimet(?:er|re)s?|sentimeter|mm)\b/i;
// Someone's age as news gives it: "47-year-old", "aged 62", "He was 62", "Navalny, 47, died", "berusia 67 tahun", "remaja 14 tahun", "Navalny (47)".
const AGE =
  /\b\d{1,3}[- ](?:years?|yrs?)[- ]old\b|\baged? \d{1,3}\b|\bage of \d{1,3}\b|\b(?:he|she|who) (?:was|is) \d{1,3}\b|\b(?:berusia|berumur|usia(?:nya)?|umur(?:nya)?) \d{1,3}\b|\b(?:pria|wanita|perempuan|remaja|anak|bocah|bayi|lansia|nenek|kakek|laki-laki|gadis|pemuda|warga|ibu|ayah|pensiunan) (?:berusia )?\d{1,3} tahun\b|\(\d{1,3}\)|\bin age from \d{1,3}\b|\bages? (?:from|between|ranging from) \d{1,3}\b|\b(?:berusia|berumur|usia|umur) (?:antara )?\d{1,3} (?:hingga|sampai|-) \d{1,3}\b/i;
// …and after a name, as wire copy puts it ("Navalny, 47, died").
const AGE_AFTER_NAME = /\p{Lu}\p{L}+, \d{1,3}, /u;
// A place named as where something is or happened: "near the village of Kuzhenkino", "in Grays", "di kota Tomsk", "town of Vojens".
const PLACE =
  /\b(?:(?:in|at|near|from|to|outside|into|toward|towards|across|di|ke|dari|dekat|menuju|sekitar|luar)\s+(?:the\s+)?(?:(?:village|town|city|region|province|oblast|district|port|island|capital|settlement)\s+(?:of\s+)?)?|(?:village|town|city|region|province|oblast|district|settlement|desa|kota|kampung|wilayah|provinsi|kabupaten|pulau|pelabuhan|kawasan|distrik)\s+(?:of\s+)?)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)\p{Lu}\p{L}/u;
// …or a share in words: "nearly a quarter", "two-thirds", "tiga perempat", "separuh".
const PERCENT = /%|\bper ?cent\b|\bpercentage\b|\bpersen\b|\bprosen\b|\b(?:a|one|two|three)[\s-](?:quarters?|thirds?|fifths?)\b|\bhalf of\b|\b(?:seperempat|sepertiga|separuh|seperlima|setengah dari|(?:dua|tiga|empat) (?:perempat|pertiga|perlima))\b/i;

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|hundreds?|thousands?|millions?|billions?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|ratusan|ribuan|jutaan|seratus|seribu|sejuta|juta|ribu|ratus|miliar|puluh|belas)\b/i;
const MONTHS =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|agu|okt|des|monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|yesterday|today|tonight|kemarin|semalam)\b/i;
// An older year is a date where it is said as one: "consecrated in 1809", "didirikan pada tahun 1051".
const DATE_PATTERN = /\b(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:19|20)\d\d)\b|\b\d{1,2}[.:]\d{2}\b|\b(?:(?:pada |sejak |hingga |sampai )?tahun|in the year) \d{3,4}\b|\b(?:in|since|until|by) 1[0-8]\d\d\b(?![.,]?\d)(?!\s*(?:%|km|kilomet|miles?|met(?:er|re)s?|people|persons?|troops|soldiers|men|women|children|civilians|tons?|tonnes?))/;
const DURATION =
  /\b(?:\d+(?:[.,]\d+)?|an?|few|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|half|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|se|setengah|berjam|berhari|berminggu|berbulan|bertahun)[- ]?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|detik|menit|jam|hari|pekan|minggu|bulan|tahun)\b|\b(?:day|week|month|year)-long\b/i;
// …in hours, minutes or seconds: "50 minutes", "dua jam", "half an hour", "setengah jam", "berjam-jam".
const HOURS =
  /\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|dozens?|several|few|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan|beberapa|se|setengah|half an?)[- ]?(?:seconds?|minutes?|hours?|detik|menit|jam)\b|\bberjam-jam\b|\bhour-long\b/i;

// Someone's words: a quotation, or a verb of saying.
const STATEMENT =
  /[“"«„]|\b(?:said|says|say|told|tells|stated|added|warned|announced|claimed|wrote|according to|mengatakan|kata|katanya|ujar|ujarnya|tutur|menyatakan|menegaskan|menambahkan|menyebut|menurut|mengungkapkan|menjelaskan|memperingatkan)\b/i;

// What holds figures but counts nothing: a year, a date ("31/7", "29 Agustus", "Jan. 6"), a time of day, a length
// ("650 km"), a model's name ("Il-76", "MQ-9", "KN-23").
const NOT_COUNTS = [
  /\b(?:19|20)\d\d\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  /\b\d{1,2}[:.]\d{2}\b/g,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)\b/gi,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi,
  new RegExp(LENGTH.source, 'gi'),
  /\b\p{L}{1,6}-\d+\p{L}*\b/gu,
];

// A number word that counts nothing: "one of the bloodiest battles", "salah satu kota", "satu sama lain".
const NOT_COUNTING_NUMBER_WORDS = /\b(?:one of|one another|no one|salah satu|satu sama lain|satu-satunya)\b/gi;

/** Whether a text counts something: a figure that is not a year, a date, a time, a length or a model, or a number word. */
function holdsCount(text: string): boolean {
  if (NUMBER_WORDS.test(text.replace(NOT_COUNTING_NUMBER_WORDS, ' '))) return true;
  if (!/\d/.test(text)) return false;
  let rest = text;
  for (const pattern of NOT_COUNTS) rest = rest.replace(pattern, ' ');
  return /\d/.test(rest);
}

/** The kinds of answer a passage's text holds (a bitmask of ANSWER_KIND). */
export function answerKindsOf(text: string): number {
  let kinds = 0;
  if (/\d/.test(text) || NUMBER_WORDS.test(text)) kinds |= ANSWER_KIND.number;
  if (kinds & ANSWER_KIND.number && holdsCount(text)) kinds |= ANSWER_KIND.count;
  if (MONTHS.test(text) || DATE_PATTERN.test(text)) kinds |= ANSWER_KIND.date;
  if (DURATION.test(text)) kinds |= ANSWER_KIND.duration;
  // A time in hours is a length of time too ("the hour-long meeting").
  if (HOURS.test(text)) kinds |= ANSWER_KIND.hours | ANSWER_KIND.duration;
  if (STATEMENT.test(text)) kinds |= ANSWER_KIND.statement;
  if (MONEY.test(text) || (COST_WORD.test(text) && MAGNITUDE.test(text))) kinds |= ANSWER_KIND.money;
  if (PERCENT.test(text)) kinds |= ANSWER_KIND.percent;
  if (PLACE.test(text)) kinds |= ANSWER_KIND.place;
  if (CLOCK.test(text)) kinds |= ANSWER_KIND.clock;
  if (LENGTH.test(text)) kinds |= ANSWER_KIND.length;
  if (AGE.test(text) || AGE_AFTER_NAME.test(text)) kinds |= ANSWER_KIND.age;
  return kinds;
}

/**
 * The measure a question asks for, which its answer must state (ANSWER_KIND.money, .percent,
 * .clock, .length, .age or .hours), or 0: "berapa harga…", "how much did it cost" want an amount of money; "berapa
 * persen" a share; "jam berapa", "what time" a time of day; "how long is the bridge" a length. ("How far" is not one: a place answers it as well
 * as a distance — "advanced to the outskirts of Pokrovsk".)
 */
export function askedMeasure(question: string): number {
  const q = question.toLowerCase();
  if (/\bwhat time\b|\b(?:jam|pukul) berapa\b|\bat what hour\b/.test(q)) return ANSWER_KIND.clock;
  // "how many hours was he inside", "berapa menit": a time in hours or less; "10 years" is no answer.
  if (askedKind(q) === ANSWER_KIND.duration && /\b(?:how many|berapa|selama berapa)\s+(?:seconds|minutes|hours|detik|menit|jam)\b/.test(q)) return ANSWER_KIND.hours;
  if (askedKind(q) !== ANSWER_KIND.number) return 0;
  if (/\b(?:persen|percent|percentage|per cent|prosen)\b|%|\bwhat share\b|\bhow (?:big|large) a share\b/.test(q)) return ANSWER_KIND.percent;
  // "wilayah seluas berapa", "how big an area": an area, which news gives in square kilometres (a length's units).
  if (/\b(?:se)?luas(?:nya)? (?:berapa|brp)\b|\bberapa luas\b|\bhow (?:big|large) an area\b|\bhow many square\b/.test(q)) return ANSWER_KIND.length;
  if (asksAge(q)) return ANSWER_KIND.age;
  // "tingginya brp lantai", "how many storeys": a height counted in floors is a count, not a length.
  if (/\b(?:berapa|brp|how many)\s+(?:lantai|tingkat|floors?|stor(?:e?ys?|ies))\b/.test(q)) return 0;
  // "how long is the razoni", "how tall", "berapa panjang": a length ("how far" and "how deep" are not: a place answers them too).
  if (asksLength(q) || /\bhow (?:tall|high|wide) (?:is|are|was|were)\b|\b(?:se)?berapa (?:panjang|lebar|tinggi)\b|\b(?:panjang|lebar|tinggi)(?:nya)? (?:se)?berapa\b/.test(q)) return ANSWER_KIND.length;
  // (Not "uang kertas", "uang logam": banknotes and coins, counted.)
  if (/\b(?:harga|biaya|ongkos|duit|uang(?! kertas| logam)|dana|money|funds|funding|cash|gaji|bayar|membayar|dibayar|bayaran|cost|costs|costing|price|priced|worth|dollars?|dolar|euros?|pounds?|budget|anggaran|utang|debt|salary|paid|wage|wages)(?:nya)?\b/.test(q)) return ANSWER_KIND.money;
  return 0;
}

/**
 * "where did the plane crash", "di kota mana", "desa apa": a place, which the answer names ("near the village of…").
 * Not "where" joining a clause ("when was the summit where…", "is it an event where…"), nor a country
 * ("negara mana": the answer names it without a "in" or "di").
 */
export function asksPlace(question: string): boolean {
  const q = question.toLowerCase();
  const where = q.search(/\bwhere(?:['’](?:s|d|re))?\b|\bdi ?mana\b|\b(?:kota|desa|kampung|tempat|lokasi|lokasinya|wilayah|daerah|provinsi|pulau|bandara|pelabuhan) (?:mana|apa)\b|\bwhich (?:city|town|village|region|province|port|airport|base)\b/);
  if (where < 0) return false;
  const before = q.search(/\b(?:what|which|who|whom|whose|why|when|how)\b|^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/);
  return before < 0 || before >= where || /\bwhich (?:city|town|village|region|province|port|airport|base)\b/.test(q);
}

/** "how old was navalny", "umurnya brp": a person's age; not an age limit ("umur minimal mobilisasi", "the minimum draft age"). */
function asksAge(q: string): boolean {
  if (/\b(?:minimal|maksimal|minimum|maximum|batas|paling|wajib|mobilisasi|draft|conscription|conscript|limit|retirement|pensiun)\b/.test(q)) return false;
  return /\bhow old\b|\b(?:umur|usia)(?:nya)?\s+(?:\p{L}+\s+)?(?:brp|berapa)\b|\b(?:brp|berapa)\s+(?:umur|usia)(?:nya)?\b/u.test(q);
}

/** What lasts, not what stretches: "how long was the siege" asks a duration. */
const LASTING =
  /\b(?:siege|war|battle|fighting|visit|trip|talks|meeting|ceasefire|truce|blackout|outage|occupation|offensive|flight|journey|operation|mission|conflict|invasion|stay|wait|delay|curfew|mobili[sz]ation|process|negotiations?|sentence|term|shift|service|deployment|pause|break|speech|call|address|interview|session|hearing|debate|summit|discussion|conversation|broadcast|briefing|closure|shutdown|ban)\b|\w+ing\b|\b(?:last|lasts|lasted|take|takes|took|been)\b/;

/** "how long is the razoni", "how long was the bridge": a thing's length, not a duration. */
function asksLength(q: string): boolean {
  const after = /\bhow long (?:is|are|was|were) (?:the|a|an|this|that|its|their|\p{L}+['’]s)(?!\p{L})(.*)$/u.exec(q);
  return after !== null && !LASTING.test(after[1]);
}

/** The kind of answer a question asks for (one of ANSWER_KIND), or 0. */
export function askedKind(question: string): number {
  const q = question.toLowerCase();
  if (/\bwhat (?:did|does|do|has|have)\b.*\b(?:say|said|tell|told|announce|claim|think|respond|reply|call|called|describe|described|label|labelled|labeled)\b|\bapa (?:kata|tanggapan|respons|reaksi|pernyataan)\b|\bapa yang (?:di)?(?:katakan|sampaikan|ucapkan)\b|\b(?:bilang|mengatakan|berkata|berbicara|bicara|ngomong|menyampaikan|komentar) apa\b|\bapa komentar\b|\bhow did .* (?:respond|react|reply)\b|\b(?:gimana|bagaimana) (?:respons|tanggapan|reaksi)\b/.test(q)) return ANSWER_KIND.statement;
  if (asksLength(q)) return ANSWER_KIND.number;
  if (/\bhow long\b|\bhow many (?:seconds|minutes|hours|days|weeks|months|years)\b|\bberapa (?:lama|detik|menit|jam|hari|minggu|pekan|bulan|tahun)\b|\bsudah berapa (?:hari|minggu|bulan|tahun)\b|\bselama berapa\b/.test(q)) return ANSWER_KIND.duration;
  // "how many … when the bridge blew up" asks a number: the first question word says what is asked.
  const date = q.search(/\bwhen\b|\bkapan\b|\bwhat (?:exact |precise |specific )?(?:date|day|time|year|yr|month)s?\b|\b(?:tanggal|hari|jam|pukul|tahun|bulan) (?:berapa|apa)\b|\bwhich (?:exact |precise |specific )?(?:date|day|year|yr|month)s?\b/);
  const number = q.search(/\bhow (?:many|much|far|big|large|high|low|small|tall|heavy|fast|deep|wide|old|expensive|cheap)\b|\b(?:se)?berapa\b|\bwhat (?:percentage|share|number|amount)\b/);
  // "what was the final tally when the bundestag killed it", "did putin get arrested when he went…": a "when" after
  // another question word, or in a yes/no question, joins a clause; it asks nothing.
  const otherWord = q.search(/\b(?:what|which|who|whom|whose|where|why)\b|^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/);
  // ("did russia capture vuhledar and when", "…ratify it yet, when?" still ask one.)
  const joining = otherWord >= 0 && otherWord < date && /^when\s+\p{L}/u.test(q.slice(date)) && !/(?:\band|,)\s*$/.test(q.slice(0, date));
  if (date >= 0 && !joining && (number < 0 || date < number)) return ANSWER_KIND.date;
  return number >= 0 ? ANSWER_KIND.number : 0;
}

/**
 * Whether a question asks how many of something ("how many drones", "berapa orang", "brp unit"), which a
 * year, a date or a distance does not answer; not how much, how far or how long, nor a measure ("berapa jauh").
 */
export function asksCount(question: string): boolean {
  const q = question.toLowerCase();
  if (askedKind(q) !== ANSWER_KIND.number || askedMeasure(q) !== 0) return false;
  // …with Indonesian's "-nya" ("jauhnya berapa": how far it is).
  if (/\b(?:jauh|jarak|far|distance|panjang|long|tinggi|high|tall|luas|area|besar|big|large|berat|heavy|harga|nilai|value|kecepatan|cepat|fast|speed|dalam|deep|kilometers?|km|meters?|miles?|tons?|tonnes?|ton|years?|tahun)(?:nya)?\b/.test(q)) return false;
  return /\bhow many\b|\b(?:se)?berapa\b/.test(q);
}
