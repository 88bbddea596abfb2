// pipeline.mjs FILE [--reps N] [--min-group K] [--out PUBLIK.json]
//
// The benchmark's plain-JavaScript twin of bench_pipeline.cpp: the same
// pipeline on the same bundle file, written the way a JS developer would —
// JSON.parse, then a validating walk over the same fields with the same
// checks (core/model/parse.cpp, core/model/parse_check.cpp), the same scoring
// (core/calc/score.cpp and the rule modules it calls), the same aggregation and
// small-group suppression (core/calc/aggregate.cpp, core/calc/suppression.cpp). Rules
// come from the same assets/rules/*.json. It prints one JSON line shaped like
// bench_pipeline's, including the `check` figures, which must be identical;
// run.sh compares them and the two publik documents.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RULES_DIRS = [path.join(HERE, '..', '..', 'assets', 'rules'), path.join(HERE, '..', '..', 'assets', 'catalog')];

// ---------------------------------------------------------------------------
// Rules (the fields the pipeline reads)

const RATING = ['di-bawah', 'sesuai', 'di-atas'];  // rating_index order
const PREDIKAT = ['sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'sangat-baik'];  // Predikat 1..5
const PREDIKAT_LABEL = { 'sangat-kurang': 'Sangat Kurang', 'kurang': 'Kurang/Misconduct',
  'butuh-perbaikan': 'Butuh Perbaikan', 'baik': 'Baik', 'sangat-baik': 'Sangat Baik' };
const CKO_LABEL = { 'sangat-kurang': 'Sangat Kurang', 'kurang': 'Kurang', 'butuh-perbaikan': 'Butuh Perbaikan',
  'baik': 'Baik', 'istimewa': 'Istimewa' };

// core/rules/rules.hpp kRuleIds: the order RuleSet::metas() reports them in.
const RULE_IDS = ['predikat-matrix', 'rating-perilaku', 'rating-hasil-kerja', 'kurva-distribusi', 'ikm', 'sampel-skm',
  'sp4n-lapor', 'permenpanrb-8-2021', 'pp-30-2019', 'pp-46-2011', 'angka-kredit', 'katalog-pelatihan', 'berakhlak',
  'skm-kuesioner', 'keberatan', 'kewenangan'];

function loadRules(dirs) {
  const byId = {};
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const j = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (!byId[j.id] || compareVersions(j.version, byId[j.id].version) >= 0) byId[j.id] = j;
    }
  }
  const m = byId['predikat-matrix'];
  const matriks = {};
  for (const c of m.cells) matriks[c.hasil_kerja + '|' + c.perilaku] = c.predikat;
  const rp = byId['rating-perilaku'];
  const rh = byId['rating-hasil-kerja'];
  const kurva = {};
  for (const p of byId['kurva-distribusi'].pola) kurva[p.cko] = p.batas;
  const ikm = byId['ikm'];
  const lapor = byId['sp4n-lapor'];
  const p8 = byId['permenpanrb-8-2021'];
  const p46 = byId['pp-46-2011'];
  return {
    matriks,
    perilaku: {
      jumlah: rp.jumlah_nilai ?? 7,
      aturan: rp.aturan.map((a) => ({ k: a.kondisi, rating: a.rating })),
      lainnya: rp.lainnya,
    },
    hasil: {
      diAtas: rh.klasifikasi_capaian.di_atas_lebih_dari, sesuai: rh.klasifikasi_capaian.sesuai_minimal,
      desimal: rh.klasifikasi_capaian.desimal, ...rh.saran, kepala: rh.kepala_unit,
    },
    kurva,
    ikm: {
      unsur: ikm.unsur, min: ikm.skala.min, maks: ikm.skala.maks, konversi: ikm.konversi,
      desimal: ikm.desimal_banding,
      mutu: ikm.mutu.map((x) => ({ mutu: x.mutu, seratus: Math.round(x.min * 100) })),
    },
    sampel: (() => {
      const x = byId['sampel-skm'] ?? {};
      return { chi: x.chi_kuadrat ?? 3.841, p: x.proporsi ?? 0.5, d: x.galat ?? 0.05, terdekat: (x.pembulatan ?? 'terdekat') === 'terdekat' };
    })(),
    lapor: {
      kerja: lapor.satuan === 'hari-kerja', tanggapan: lapor.tanggapan_pertama_hari,
      zona: lapor.zona_waktu_menit ?? 480, batas: new Map(lapor.penyelesaian.map((b) => [b.kategori, b.hari])),
      bawaan: lapor.kategori_bawaan ?? '',
    },
    p8: {
      pita: p8.pita, diAtas: p8.di_atas?.persen ?? 110, nilaiDiAtas: p8.di_atas?.nilai ?? 120,
      bobotTambahan: p8.nilai_skp?.bobot_tambahan ?? 0,
    },
    p46: { faktor: p46.waktu_biaya.faktor, batas: p46.waktu_biaya.batas_efisiensi, dasar: p46.waktu_biaya.dasar },
    meta: RULE_IDS.filter((id) => byId[id]).map((id) => ({ id, version: byId[id].version })),
  };
}

function compareVersions(a, b) {
  const x = String(a).split('.'), y = String(b).split('.');
  for (let i = 0; i < Math.max(x.length, y.length); ++i) {
    const p = Number(x[i] ?? 0) || 0, q = Number(y[i] ?? 0) || 0;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Field helpers (core/model/model.cpp)

const ID_RE = /^[A-Za-z0-9._:-]{1,64}$/;
const isValidId = (s) => typeof s === 'string' && ID_RE.test(s);

function daysFromCivil(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (d > dim) return null;
  const yy = y - (m <= 2 ? 1 : 0);
  const era = Math.floor((yy >= 0 ? yy : yy - 399) / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(s) {
  const m = typeof s === 'string' && DATE_RE.exec(s);
  return m ? daysFromCivil(+m[1], +m[2], +m[3]) : null;
}
const TS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
function parseTs(s) {
  const m = typeof s === 'string' && TS_RE.exec(s);
  if (!m) return null;
  const day = daysFromCivil(+m[1], +m[2], +m[3]);
  const hh = +m[4], mi = +m[5], ss = +m[6];
  if (day === null || hh > 23 || mi > 59 || ss > 60) return null;
  const ms = m[7] ? Math.floor(Number((m[7] + '00').slice(0, 3))) : 0;
  return ((day * 24 + hh) * 60 + mi) * 60000 + ss * 1000 + ms;
}
const HLC_RE = /^([^/]+)\/(\d{4})\/(.+)$/;
function isValidHlc(s) {
  const m = typeof s === 'string' && HLC_RE.exec(s);
  return !!m && parseTs(m[1]) !== null && isValidId(m[3]);
}
const NIP_RE = /^\d{18}$/;
function nipProblem(n) {
  if (typeof n !== 'string' || n.length !== 18) return 'a NIP has exactly 18 digits';
  if (!NIP_RE.test(n)) return 'a NIP has digits only';
  const by = +n.slice(0, 4), bm = +n.slice(4, 6), bd = +n.slice(6, 8);
  if (by < 1900 || daysFromCivil(by, bm, bd) === null) return 'digits 1-8 are not a birth date (yyyymmdd)';
  const ay = +n.slice(8, 12), am = +n.slice(12, 14);
  if (am < 1 || am > 12 || ay < 1900) return 'digits 9-14 are not an appointment year and month (yyyymm)';
  if (ay * 12 + am <= by * 12 + bm) return 'the appointment (digits 9-14) is not after the birth date';
  if (n[14] !== '1' && n[14] !== '2') return 'digit 15 (sex) must be 1 or 2';
  if (n.slice(15) === '000') return 'digits 16-18 (sequence) must not be 000';
  return '';
}
const JENJANG = new Set(['pemula', 'terampil', 'mahir', 'penyelia', 'ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama']);
const RUANG = ['I', 'II', 'III', 'IV'];
const PPPK = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']);
function validGolongan(g) {
  const s = g.indexOf('/');
  if (s >= 0) {
    const i = RUANG.indexOf(g.slice(0, s)), r = g.slice(s + 1);
    return i >= 0 && r.length === 1 && r >= 'a' && r <= (i === 3 ? 'e' : 'd');
  }
  return PPPK.has(g);
}

// ---------------------------------------------------------------------------
// Validation (core/model/parse.cpp + core/model/parse_check.cpp)

const E = {
  unitKind: new Set(['opd', 'bidang', 'seksi', 'uptd', 'kecamatan', 'kelurahan']),
  jenisJabatan: new Set(['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional']),
  status: new Set(['pns', 'pppk']),
  jenis: new Set(['bulanan', 'triwulanan', 'tahunan']),
  metode: new Set(['permenpanrb-6-2022', 'permenpanrb-8-2021', 'pp-30-2019', 'pp-46-2011']),
  assignment: new Set(['definitif', 'plt', 'plh']),
  polaritas: new Set(['naik', 'turun', 'rentang', 'tepat']),
  aspek: new Set(['kuantitas', 'kualitas', 'waktu', 'biaya']),
  pendekatan: new Set(['kuantitatif', 'kualitatif']),
  kategori: new Set(['utama', 'tambahan']),
  perspektif: new Set(['penerima-layanan', 'proses-bisnis', 'penguatan-internal', 'anggaran']),
  nilai: new Set(['berorientasi-pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif']),
  rating: new Set(RATING),
  predikat: new Set(PREDIKAT),
  cko: new Set(['sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'istimewa']),
  keputusan: new Set(['diterima', 'ditolak']),
  kanal: new Set(['kiosk', 'web', 'lapor', 'telepon', 'langsung', 'surat', 'media-sosial', 'lainnya']),
  scope: new Set(['bkpsdm', 'penilai', 'pegawai', 'publik']),
};

class Validator {
  constructor() { this.errors = []; }
  err(ptr, id, en) { if (this.errors.length < 200) this.errors.push({ pointer: ptr, id, en }); }
  type(ptr, want) { this.err(ptr, 'harus berupa ' + want, 'must be ' + want); return false; }
  isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  // value checkers: (value, ptr) → boolean (ok)
  str(v, p) {
    if (v === null) return true;
    if (typeof v !== 'string') return this.type(p, 'a string');
    if (v.length > 65536) { this.err(p, 'teks terlalu panjang', 'string too long'); return false; }
    return true;
  }
  text(v, p) {
    if (typeof v !== 'string') return this.type(p, 'a string');
    if (v.length === 0) { this.err(p, 'tidak boleh kosong', 'must not be empty'); return false; }
    return true;
  }
  id(v, p) {
    if (!this.text(v, p)) return false;
    if (!isValidId(v)) { this.err(p, 'id tidak valid', 'invalid id'); return false; }
    return true;
  }
  optId(v, p) {
    if (!this.str(v, p)) return false;
    if (v && !isValidId(v)) { this.err(p, 'id tidak valid', 'invalid id'); return false; }
    return true;
  }
  enm(v, p, set) {
    if (typeof v !== 'string') return this.type(p, 'a string');
    if (!set.has(v)) { this.err(p, "nilai '" + v + "' tidak dikenal", "unknown value '" + v + "'"); return false; }
    return true;
  }
  optEnm(v, p, set) { return v === null || this.enm(v, p, set); }
  num(v, p) { return v === null || (typeof v === 'number' && Number.isFinite(v)) || this.type(p, 'a number'); }
  int(v, p, lo, hi) {
    if (typeof v !== 'number' || !Number.isInteger(v)) return this.type(p, 'an integer');
    if (v < lo || v > hi) { this.err(p, 'di luar rentang', 'out of range'); return false; }
    return true;
  }
  bool(v, p) { return typeof v === 'boolean' || this.type(p, 'true or false'); }
  ts(v, p) {
    if (!this.text(v, p)) return false;
    if (parseTs(v) === null) { this.err(p, 'waktu harus ISO 8601 UTC', 'a time must be ISO 8601 UTC'); return false; }
    return true;
  }
  optTs(v, p) {
    if (!this.str(v, p)) return false;
    if (v && parseTs(v) === null) { this.err(p, 'waktu harus ISO 8601 UTC', 'a time must be ISO 8601 UTC'); return false; }
    return true;
  }
  date(v, p) {
    if (!this.text(v, p)) return false;
    if (parseDate(v) === null) { this.err(p, 'tanggal harus yyyy-mm-dd', 'a date must be yyyy-mm-dd'); return false; }
    return true;
  }
  arr(v, p) { return Array.isArray(v) || this.type(p, 'an array'); }
  list(v, p, fn) {
    if (!this.arr(v, p)) return;
    for (let i = 0; i < v.length; ++i) fn(v[i], p + '/' + i);
  }
  // fields: {name: [required, check(value, ptr, record)]}
  plain(v, p, fields) {
    if (!this.isObj(v)) return this.type(p, 'an object');
    for (const k in v) {
      const f = fields[k];
      if (f) f[1](v[k], p + '/' + k, v);
    }
    for (const k in fields) if (fields[k][0] && !(k in v)) this.err(p + '/' + k, 'kolom wajib tidak ada', 'required field is missing');
    return true;
  }
  record(v, p, fields) {
    if (!this.isObj(v)) return this.type(p, 'an object');
    this.meta(v, p);
    for (const k in v) {
      const f = fields[k];
      if (f) f[1](v[k], p + '/' + k, v);
    }
    if (v.deleted === true) return true;
    for (const k in fields) if (fields[k][0] && !(k in v)) this.err(p + '/' + k, 'kolom wajib tidak ada', 'required field is missing');
    return true;
  }
  meta(v, p) {
    if ('id' in v) { if (this.text(v.id, p + '/id') && !isValidId(v.id)) this.err(p + '/id', 'id tidak valid', 'invalid id'); }
    else this.err(p + '/id', 'kolom wajib tidak ada', 'required field is missing');
    if ('ver' in v) {
      if (this.isObj(v.ver)) {
        for (const d in v.ver) {
          const n = v.ver[d];
          if (!(typeof n === 'number' && Number.isInteger(n))) this.type(p + '/ver/' + d, 'an integer');
          else if (!isValidId(d)) this.err(p + '/ver/' + d, 'id perangkat tidak valid', 'invalid device id');
          else if (n <= 0) this.err(p + '/ver/' + d, 'penghitung versi harus > 0', 'a version counter must be > 0');
        }
      } else this.type(p + '/ver', 'an object');
    } else this.err(p + '/ver', 'kolom wajib tidak ada', 'required field is missing');
    if ('hlc' in v) { if (this.text(v.hlc, p + '/hlc') && !isValidHlc(v.hlc)) this.err(p + '/hlc', 'hlc tidak valid', 'invalid hlc'); }
    else this.err(p + '/hlc', 'kolom wajib tidak ada', 'required field is missing');
    if ('author' in v) this.text(v.author, p + '/author');
    else this.err(p + '/author', 'kolom wajib tidak ada', 'required field is missing');
    if ('created' in v) this.ts(v.created, p + '/created');
    else this.err(p + '/created', 'kolom wajib tidak ada', 'required field is missing');
    if ('updated' in v) this.ts(v.updated, p + '/updated');
    else this.err(p + '/updated', 'kolom wajib tidak ada', 'required field is missing');
    if ('deleted' in v) this.bool(v.deleted, p + '/deleted');
  }
}

function validate(doc) {
  const V = new Validator();
  if (!V.isObj(doc)) { V.err('/', 'dokumen harus berupa objek JSON', 'the document must be a JSON object'); return V.errors; }
  if (!('format' in doc)) { V.err('/format', 'bukan bundel', 'not a bundle'); return V.errors; }
  if (doc.format !== 'kinerja-samarinda/bundle') { V.err('/format', 'format salah', 'wrong format'); return V.errors; }
  if (!(typeof doc.schema === 'number' && Number.isInteger(doc.schema))) { V.err('/schema', 'schema salah', 'bad schema'); return V.errors; }
  if (doc.schema > 1 || doc.schema < 1) { V.err('/schema', 'schema tidak dikenal', 'unknown schema'); return V.errors; }
  if ('created' in doc) V.ts(doc.created, '/created'); else V.err('/created', 'kolom wajib tidak ada', 'required field is missing');
  if ('origin' in doc) { if (V.text(doc.origin, '/origin') && !isValidId(doc.origin)) V.err('/origin', 'id tidak valid', 'invalid id'); }
  else V.err('/origin', 'kolom wajib tidak ada', 'required field is missing');
  if ('note' in doc) V.str(doc.note, '/note');
  if ('scope' in doc) {
    V.plain(doc.scope, '/scope', {
      kind: [true, (v, p) => V.enm(v, p, E.scope)],
      nip: [false, (v, p) => { if (V.str(v, p) && v && nipProblem(v)) V.err(p, 'NIP tidak valid', 'invalid NIP'); }],
    });
    const s = doc.scope;
    if (V.isObj(s) && (s.kind === 'penilai' || s.kind === 'pegawai') && !s.nip) V.err('/scope/nip', 'cakupan wajib NIP', 'scope needs a NIP');
  } else V.err('/scope', 'kolom wajib tidak ada', 'required field is missing');
  if (!('data' in doc)) { V.err('/data', 'kolom wajib tidak ada', 'required field is missing'); return V.errors; }
  const d = doc.data;
  if (!V.isObj(d)) { V.type('/data', 'an object'); return V.errors; }

  const evidence = {
    link: [false, (v, p) => { if (V.str(v, p) && v && !v.startsWith('https://') && !v.startsWith('http://')) V.err(p, 'tautan salah', 'bad link'); }],
    note: [false, (v, p) => V.str(v, p)],
    sha256: [false, (v, p) => { if (V.str(v, p) && v && !/^[0-9a-f]{64}$/.test(v)) V.err(p, 'sha256 salah', 'bad sha256'); }],
    size: [false, (v, p) => { if (v !== null && V.int(v, p, -Infinity, Infinity) && v < 0) V.err(p, 'ukuran negatif', 'negative size'); }],
  };
  const skpIndicator = (pend) => ({
    id: [true, (v, p) => V.id(v, p)], library_id: [false, (v, p) => V.optId(v, p)], text: [true, (v, p) => V.text(v, p)],
    aspek: [true, (v, p) => V.enm(v, p, E.aspek)], polaritas: [true, (v, p) => V.enm(v, p, E.polaritas)],
    target: [false, (v, p) => V.num(v, p)], target_min: [false, (v, p) => V.num(v, p)], target_max: [false, (v, p) => V.num(v, p)],
    satuan: [false, (v, p) => V.str(v, p)],
  });
  const checkTargets = (ind, p, quantitative) => {
    if (!E.polaritas.has(ind.polaritas)) return;
    const has = (k) => typeof ind[k] === 'number';
    if (ind.polaritas === 'rentang') {
      if (quantitative && (!has('target_min') || !has('target_max'))) V.err(p, 'rentang butuh target_min dan target_max', 'rentang needs target_min and target_max');
      else if (has('target_min') && has('target_max') && ind.target_min > ind.target_max) V.err(p + '/target_max', 'target_max < target_min', 'target_max < target_min');
    } else if (quantitative && !has('target')) V.err(p + '/target', 'kolom wajib tidak ada', 'required field is missing');
  };
  const schemas = {
    units: { name: [true, (v, p) => V.text(v, p)], kind: [true, (v, p) => V.enm(v, p, E.unitKind)],
      parent_id: [false, (v, p) => V.optId(v, p)], is_service_unit: [false, (v, p) => V.bool(v, p)] },
    employees: {
      nip: [true, (v, p) => { if (V.text(v, p) && nipProblem(v)) V.err(p, 'NIP tidak valid', 'invalid NIP: ' + nipProblem(v)); }],
      name: [true, (v, p) => V.text(v, p)], jabatan: [false, (v, p) => V.str(v, p)],
      jenis_jabatan: [false, (v, p) => V.optEnm(v, p, E.jenisJabatan)],
      jenjang: [false, (v, p) => { if (V.str(v, p) && v && !JENJANG.has(v)) V.err(p, 'jenjang tidak dikenal', 'unknown jenjang'); }],
      golongan: [false, (v, p) => { if (V.str(v, p) && v && !validGolongan(v)) V.err(p, 'golongan salah', 'bad golongan'); }],
      status: [false, (v, p) => V.optEnm(v, p, E.status)], unit_id: [true, (v, p) => V.id(v, p)],
      is_unit_head: [false, (v, p) => V.bool(v, p)] },
    periods: { name: [true, (v, p) => V.text(v, p)], jenis: [true, (v, p) => V.enm(v, p, E.jenis)],
      year: [true, (v, p) => V.int(v, p, 1990, 2200)], start: [true, (v, p) => V.date(v, p)], end: [true, (v, p) => V.date(v, p)],
      deadline: [true, (v, p) => V.date(v, p)], locked: [false, (v, p) => V.bool(v, p)], metode: [true, (v, p) => V.enm(v, p, E.metode)] },
    assignments: { period_id: [true, (v, p) => V.id(v, p)], employee_id: [true, (v, p) => V.id(v, p)],
      penilai_id: [true, (v, p) => V.id(v, p)], atasan_penilai_id: [false, (v, p) => V.optId(v, p)],
      kind: [true, (v, p) => V.enm(v, p, E.assignment)] },
    indicators: { text: [true, (v, p) => V.text(v, p)], satuan: [false, (v, p) => V.str(v, p)],
      polaritas: [true, (v, p) => V.enm(v, p, E.polaritas)], aspek: [true, (v, p) => V.enm(v, p, E.aspek)] },
    skps: { employee_id: [true, (v, p) => V.id(v, p)], year: [true, (v, p) => V.int(v, p, 1990, 2200)],
      pendekatan: [true, (v, p) => V.enm(v, p, E.pendekatan)],
      rhk: [true, (v, p, rec) => V.list(v, p, (h, hp) => {
        const pend = rec.pendekatan === 'kuantitatif' ? 'kuantitatif' : 'kualitatif';
        V.plain(h, hp, { id: [true, (x, xp) => V.id(x, xp)], kategori: [true, (x, xp) => V.enm(x, xp, E.kategori)],
          text: [true, (x, xp) => V.text(x, xp)], rhk_atasan_id: [false, (x, xp) => V.optId(x, xp)],
          rhk_atasan_text: [false, (x, xp) => V.str(x, xp)], perspektif: [false, (x, xp) => V.optEnm(x, xp, E.perspektif)],
          indicators: [true, (x, xp) => V.list(x, xp, (ind, ip) => {
            if (V.plain(ind, ip, skpIndicator(pend))) checkTargets(ind, ip, pend === 'kuantitatif');
          })] });
      })],
      ekspektasi: [false, (v, p) => V.list(v, p, (k, kp) => V.plain(k, kp, {
        nilai: [true, (x, xp) => V.enm(x, xp, E.nilai)], text: [true, (x, xp) => V.str(x, xp)] }))],
      lampiran: [false, (v, p) => V.plain(v, p, Object.fromEntries(['dukungan_sumber_daya', 'skema_pertanggungjawaban', 'konsekuensi']
        .map((k) => [k, [false, (x, xp) => V.list(x, xp, (s, sp) => V.text(s, sp))]])))] },
    realisations: { skp_id: [true, (v, p) => V.id(v, p)], indicator_id: [true, (v, p) => V.id(v, p)],
      period_id: [true, (v, p) => V.id(v, p)], value: [false, (v, p) => V.num(v, p)], text: [false, (v, p) => V.str(v, p)],
      evidence: [false, (v, p) => V.list(v, p, (ev, ep) => V.plain(ev, ep, evidence))],
      submitted: [false, (v, p) => V.optTs(v, p)] },
    evaluations: { employee_id: [true, (v, p) => V.id(v, p)], period_id: [true, (v, p) => V.id(v, p)],
      perilaku: [false, (v, p) => V.list(v, p, (x, xp) => V.plain(x, xp, {
        nilai: [true, (y, yp) => V.enm(y, yp, E.nilai)], self_rating: [false, (y, yp) => V.optEnm(y, yp, E.rating)],
        self_note: [false, (y, yp) => V.str(y, yp)], rating: [false, (y, yp) => V.optEnm(y, yp, E.rating)],
        umpan_balik: [false, (y, yp) => V.str(y, yp)] }))],
      rating_hasil_kerja: [false, (v, p) => V.optEnm(v, p, E.rating)], rating_perilaku: [false, (v, p) => V.optEnm(v, p, E.rating)],
      reason: [false, (v, p) => V.str(v, p)],
      umpan_balik_rhk: [false, (v, p) => V.list(v, p, (x, xp) => V.plain(x, xp, {
        rhk_id: [true, (y, yp) => V.id(y, yp)], text: [true, (y, yp) => V.str(y, yp)] }))],
      predikat: [false, (v, p) => V.optEnm(v, p, E.predikat)],
      recommendations: [false, (v, p) => V.list(v, p, (x, xp) => V.id(x, xp))],
      keberatan: [false, (v, p) => v === null || V.plain(v, p, {
        text: [true, (y, yp) => V.text(y, yp)], submitted: [false, (y, yp) => V.optTs(y, yp)],
        penjelasan_penilai: [false, (y, yp) => V.str(y, yp)], decision: [false, (y, yp) => V.optEnm(y, yp, E.keputusan)],
        decision_note: [false, (y, yp) => V.str(y, yp)], decided_by: [false, (y, yp) => V.optId(y, yp)],
        predikat_akhir: [false, (y, yp) => V.optEnm(y, yp, E.predikat)] })],
      self_submitted: [false, (v, p) => V.optTs(v, p)], rated: [false, (v, p) => V.optTs(v, p)] },
    org_ratings: { unit_id: [true, (v, p) => V.id(v, p)], period_id: [true, (v, p) => V.id(v, p)],
      cko: [true, (v, p) => V.enm(v, p, E.cko)], note: [false, (v, p) => V.str(v, p)] },
    skm_responses: { unit_id: [true, (v, p) => V.id(v, p)], period_id: [true, (v, p) => V.id(v, p)],
      timestamp: [true, (v, p) => V.ts(v, p)],
      answers: [true, (v, p) => {
        if (!V.isObj(v)) return V.type(p, 'an object');
        for (const k in v) if (UNSUR.has(k) && v[k] !== null) V.int(v[k], p + '/' + k, 1, 4);
      }],
      respondent: [false, (v, p) => v === null || V.plain(v, p, {
        jenis_kelamin: [false, (y, yp) => { if (V.str(y, yp) && y && y !== 'l' && y !== 'p') V.err(yp, 'l atau p', 'l or p'); }],
        umur: [false, (y, yp) => y === null || V.int(y, yp, 10, 120)],
        pendidikan: [false, (y, yp) => V.str(y, yp)], pekerjaan: [false, (y, yp) => V.str(y, yp)] })] },
    complaints: { unit_id: [true, (v, p) => V.id(v, p)], channel: [true, (v, p) => V.enm(v, p, E.kanal)],
      category: [true, (v, p) => V.text(v, p)], received: [true, (v, p) => V.ts(v, p)],
      first_response: [false, (v, p) => V.optTs(v, p)], resolved: [false, (v, p) => V.optTs(v, p)] },
    service_volumes: { unit_id: [true, (v, p) => V.id(v, p)], layanan: [true, (v, p) => V.text(v, p)],
      tanggal: [false, (v, p) => V.str(v, p)], period_id: [false, (v, p) => V.optId(v, p)],
      jumlah: [true, (v, p) => V.int(v, p, 0, 10000000)] },
    trainings: { title: [true, (v, p) => V.text(v, p)], description: [false, (v, p) => V.str(v, p)],
      nilai: [false, (v, p) => V.list(v, p, (x, xp) => V.enm(x, xp, E.nilai))],
      aspek: [false, (v, p) => V.list(v, p, (x, xp) => V.enm(x, xp, E.aspek))],
      hours: [false, (v, p) => v === null || V.int(v, p, 0, 10000)] },
  };
  for (const coll of Object.keys(schemas)) {
    if (!(coll in d)) continue;
    const list = d[coll], base = '/data/' + coll;
    if (!V.arr(list, base)) continue;
    const fields = schemas[coll];
    for (let i = 0; i < list.length; ++i) {
      const rec = list[i], p = base + '/' + i;
      if (!V.record(rec, p, fields)) continue;
      if (rec.deleted === true) continue;
      if (coll === 'periods') {
        const s = parseDate(rec.start), e = parseDate(rec.end);
        if (s !== null && e !== null && s > e) V.err(p + '/end', 'akhir sebelum awal', 'ends before it starts');
      } else if (coll === 'service_volumes') {
        if (!rec.tanggal === !rec.period_id) V.err(p, 'isi salah satu: tanggal atau period_id', 'give one of tanggal or period_id');
        else if (rec.tanggal && parseDate(rec.tanggal) === null) V.err(p + '/tanggal', 'tanggal harus yyyy-mm-dd', 'a date must be yyyy-mm-dd');
      } else if (coll === 'complaints') {
        const r = parseTs(rec.received), f = parseTs(rec.first_response), x = parseTs(rec.resolved);
        if (r !== null && f !== null && f < r) V.err(p + '/first_response', 'tanggapan sebelum diterima', 'response before receipt');
        if (r !== null && x !== null && x < r) V.err(p + '/resolved', 'selesai sebelum diterima', 'resolved before receipt');
      }
    }
  }
  if ('conflicts' in doc && doc.conflicts !== null) {
    V.list(doc.conflicts, '/conflicts', (c, cp) => V.plain(c, cp, {
      collection: [true, (v, p) => { if (V.text(v, p) && !(v in schemas)) V.err(p, 'koleksi tidak dikenal', 'unknown collection'); }],
      id: [true, (v, p) => V.id(v, p)],
      versions: [true, (v, p) => V.list(v, p, (x, xp) => V.isObj(x) || V.type(xp, 'an object'))] }));
  }
  if (V.errors.length === 0) crossCheck(doc, V);
  return V.errors;
}
const UNSUR = new Set(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']);

function crossCheck(doc, V) {
  const d = doc.data;
  const C = (k) => d[k] ?? [];
  const index = (coll) => {
    const m = new Map();
    C(coll).forEach((r, i) => {
      if (m.has(r.id)) V.err(`/data/${coll}/${i}/id`, `id '${r.id}' sudah dipakai`, `id '${r.id}' is already used`);
      else m.set(r.id, i);
    });
    return m;
  };
  const ref = (idx, coll, value, where) => {
    if (!value || idx.has(value)) return;
    V.err(where, `merujuk '${value}' yang tidak ada di ${coll}`, `refers to '${value}', which is not in ${coll}`);
  };
  const units = index('units'), employees = index('employees'), periods = index('periods');
  index('assignments');
  const indicators = index('indicators'), skps = index('skps');
  index('realisations'); index('evaluations'); index('org_ratings'); index('skm_responses'); index('complaints');
  index('service_volumes');
  const trainings = index('trainings');
  const U = C('units');
  U.forEach((u, i) => {
    if (u.deleted === true || !u.parent_id) return;
    const p = `/data/units/${i}/parent_id`;
    if (u.parent_id === u.id) { V.err(p, 'induk sendiri', 'own parent'); return; }
    ref(units, 'units', u.parent_id, p);
    let steps = 0, cur = u;
    while (cur.parent_id && steps <= U.length) {
      const j = units.get(cur.parent_id);
      if (j === undefined) break;
      cur = U[j];
      ++steps;
    }
    if (steps > U.length) V.err(p, 'siklus', 'cycle');
  });
  const nips = new Map();
  C('employees').forEach((e, i) => {
    if (e.deleted === true) return;
    ref(units, 'units', e.unit_id, `/data/employees/${i}/unit_id`);
    if (nips.has(e.nip)) V.err(`/data/employees/${i}/nip`, 'NIP ganda', 'same NIP');
    else nips.set(e.nip, i);
  });
  C('periods').forEach((p, i) => {
    if (p.deleted === true) return;
    if (parseDate(p.start) !== null && p.start.slice(0, 4) !== String(p.year)) V.err(`/data/periods/${i}/year`, 'tahun beda', 'year differs');
  });
  C('assignments').forEach((a, i) => {
    if (a.deleted === true) return;
    const p = `/data/assignments/${i}/`;
    ref(periods, 'periods', a.period_id, p + 'period_id');
    ref(employees, 'employees', a.employee_id, p + 'employee_id');
    ref(employees, 'employees', a.penilai_id, p + 'penilai_id');
    ref(employees, 'employees', a.atasan_penilai_id, p + 'atasan_penilai_id');
    if (a.penilai_id === a.employee_id) V.err(p + 'penilai_id', 'menilai diri sendiri', 'rates themselves');
  });
  const rhkIds = new Map();
  const S = C('skps');
  S.forEach((s, i) => {
    if (s.deleted === true) return;
    ref(employees, 'employees', s.employee_id, `/data/skps/${i}/employee_id`);
    const indIds = new Set();
    (s.rhk ?? []).forEach((h, k) => {
      const rp = `/data/skps/${i}/rhk/${k}`;
      if (rhkIds.has(h.id)) V.err(rp + '/id', 'id RHK ganda', 'duplicate RHK id');
      else rhkIds.set(h.id, rp);
      (h.indicators ?? []).forEach((ind, n) => {
        const ip = rp + '/indicators/' + n;
        if (indIds.has(ind.id)) V.err(ip + '/id', 'id indikator ganda', 'duplicate indicator id');
        indIds.add(ind.id);
        ref(indicators, 'indicators', ind.library_id, ip + '/library_id');
        if (s.pendekatan === 'kuantitatif') {
          const has = (x) => typeof ind[x] === 'number';
          if (ind.polaritas === 'rentang' && (!has('target_min') || !has('target_max'))) V.err(ip, 'rentang', 'rentang');
          else if (ind.polaritas !== 'rentang' && !has('target')) V.err(ip + '/target', 'kolom wajib tidak ada', 'required field is missing');
        }
      });
    });
    const vals = new Set();
    (s.ekspektasi ?? []).forEach((k, n) => {
      if (vals.has(k.nilai)) V.err(`/data/skps/${i}/ekspektasi/${n}/nilai`, 'ganda', 'duplicate');
      vals.add(k.nilai);
    });
  });
  const bkpsdm = doc.scope?.kind === 'bkpsdm';
  if (bkpsdm) S.forEach((s, i) => {
    if (s.deleted === true) return;
    (s.rhk ?? []).forEach((h, k) => {
      if (h.rhk_atasan_id && !rhkIds.has(h.rhk_atasan_id)) V.err(`/data/skps/${i}/rhk/${k}/rhk_atasan_id`, 'RHK atasan tidak ada', 'superior RHK missing');
    });
  });
  C('realisations').forEach((z, i) => {
    if (z.deleted === true) return;
    const p = `/data/realisations/${i}/`;
    ref(periods, 'periods', z.period_id, p + 'period_id');
    const j = skps.get(z.skp_id);
    if (j === undefined) ref(skps, 'skps', z.skp_id, p + 'skp_id');
    else {
      let found = false;
      for (const h of S[j].rhk ?? []) for (const ind of h.indicators ?? []) found = found || ind.id === z.indicator_id;
      if (!found && S[j].deleted !== true) V.err(p + 'indicator_id', 'indikator tidak ada di SKP', 'indicator not in SKP');
    }
    if (typeof z.value !== 'number' && !z.text) V.err(p + 'value', 'butuh value atau text', 'needs a value or a text');
  });
  C('evaluations').forEach((ev, i) => {
    if (ev.deleted === true) return;
    const p = `/data/evaluations/${i}/`;
    ref(employees, 'employees', ev.employee_id, p + 'employee_id');
    ref(periods, 'periods', ev.period_id, p + 'period_id');
    const vals = new Set();
    (ev.perilaku ?? []).forEach((x, k) => {
      if (vals.has(x.nilai)) V.err(p + 'perilaku/' + k + '/nilai', 'ganda', 'appears twice');
      vals.add(x.nilai);
    });
    if (bkpsdm) (ev.umpan_balik_rhk ?? []).forEach((u, k) => {
      if (!rhkIds.has(u.rhk_id)) V.err(p + 'umpan_balik_rhk/' + k + '/rhk_id', 'RHK tidak ada', 'RHK missing');
    });
    (ev.recommendations ?? []).forEach((t, k) => ref(trainings, 'trainings', t, p + 'recommendations/' + k));
    if (ev.keberatan) ref(employees, 'employees', ev.keberatan.decided_by, p + 'keberatan/decided_by');
  });
  C('org_ratings').forEach((o, i) => {
    if (o.deleted === true) return;
    ref(units, 'units', o.unit_id, `/data/org_ratings/${i}/unit_id`);
    ref(periods, 'periods', o.period_id, `/data/org_ratings/${i}/period_id`);
  });
  C('skm_responses').forEach((s, i) => {
    if (s.deleted === true) return;
    ref(units, 'units', s.unit_id, `/data/skm_responses/${i}/unit_id`);
    ref(periods, 'periods', s.period_id, `/data/skm_responses/${i}/period_id`);
  });
  C('complaints').forEach((x, i) => {
    if (x.deleted === true) return;
    ref(units, 'units', x.unit_id, `/data/complaints/${i}/unit_id`);
  });
}

// ---------------------------------------------------------------------------
// Scoring (core/calc/score.cpp and the rule modules)

function hitungCapaian(pol, target, targetMaks, r) {
  // returns percent or null (an error)
  if (!Number.isFinite(target) || !Number.isFinite(r) || (targetMaks !== null && !Number.isFinite(targetMaks))) return null;
  if (target < 0 || (targetMaks !== null && targetMaks < 0)) return null;
  if (r < 0) return null;
  if (pol === 'rentang' && targetMaks === null) return null;
  const lo = target, hi = targetMaks ?? target;
  if (lo > hi) return null;
  const range = targetMaks !== null;
  const pct = (x) => (x < 0 ? 0 : x);
  switch (pol) {
    case 'naik': case 'rentang': {
      if (range && r >= lo && r <= hi) return 100;
      const t = r > hi ? hi : lo;
      return t > 0 ? pct(r / t * 100) : null;
    }
    case 'turun': {
      if (range && r >= lo && r <= hi) return 100;
      const t = r > hi ? hi : lo;
      return t > 0 ? pct((2 - r / t) * 100) : null;
    }
    case 'tepat': {
      if (r >= lo && r <= hi && (range || r === lo)) {
        if (!range && !(lo > 0)) return null;
        return 100;
      }
      const t = r > hi ? hi : lo;
      return t > 0 ? pct((1 - Math.abs(r - t) / t) * 100) : null;
    }
  }
  return null;
}

function saranHasilKerja(R, items) {
  const f = Math.pow(10, R.desimal);
  const a = { jumlah: 0, diAtas: 0, sesuai: 0, diBawah: 0, belum: 0, utama: 0, utamaDiBawah: 0 };
  for (const it of items) {
    if (it.capaian === null || !Number.isFinite(it.capaian)) { ++a.belum; continue; }
    const c = Math.round(it.capaian * f) / f;  // std::round: half away from zero; capaian ≥ 0 so the same
    ++a.jumlah;
    const utama = it.kategori !== 'tambahan';
    if (utama) ++a.utama;
    if (c > R.diAtas) ++a.diAtas;
    else if (c >= R.sesuai) ++a.sesuai;
    else { ++a.diBawah; if (utama) ++a.utamaDiBawah; }
  }
  // The reason stays counts, as in the core: worded only where a screen shows it.
  let rating = null;  // none while no result has a capaian
  if (a.jumlah > 0) {
    if (a.diAtas * 100 > R.porsi_di_atas_lebih_dari * a.jumlah && a.utamaDiBawah <= R.utama_di_bawah_maks) rating = 'di-atas';
    else if (a.diBawah * 100 > R.porsi_di_bawah_lebih_dari * a.jumlah) rating = 'di-bawah';
    else if (a.utama > 0 && a.utamaDiBawah * 100 > R.porsi_utama_di_bawah_lebih_dari * a.utama) rating = 'di-bawah';
    else rating = 'sesuai';
  }
  return { rating, alasan: a };
}

function saranPerilaku(R, ratings) {
  let atas = 0, sesuai = 0, bawah = 0, belum = 0;
  for (const r of ratings) {
    if (r === 'di-atas') ++atas; else if (r === 'sesuai') ++sesuai; else if (r === 'di-bawah') ++bawah; else ++belum;
  }
  const rated = atas + sesuai + bawah;
  if (rated + belum < R.jumlah) belum = R.jumlah - rated;
  if (belum > 0 || rated !== R.jumlah) return { rating: null, atas, sesuai, bawah, belum, aturan: -1 };
  const within = (n, lo, hi) => (lo === undefined || n >= lo) && (hi === undefined || n <= hi);
  for (let i = 0; i < R.aturan.length; ++i) {
    const k = R.aturan[i].k;
    if (within(atas, k.di_atas_min, k.di_atas_maks) && within(sesuai, k.sesuai_min, k.sesuai_maks) &&
        within(bawah, k.di_bawah_min, k.di_bawah_maks))
      return { rating: R.aturan[i].rating, atas, sesuai, bawah, belum, aturan: i };
  }
  return { rating: R.lainnya.rating, atas, sesuai, bawah, belum, aturan: -1 };
}

function persenTeks(n, total, sep) {
  const x10 = Math.floor((n * 1000 * 2 + total) / (2 * total));
  let s = String(Math.floor(x10 / 10));
  if (x10 % 10 !== 0) s += sep + String(x10 % 10);
  return s + '%';
}

function periksaKurva(rules, cko, jumlah) {
  const out = [];
  let total = 0;
  for (const p of PREDIKAT) total += jumlah[p];
  if (!cko || total <= 0) return out;
  const ckoId = CKO_LABEL[cko];
  for (const b of rules.kurva[cko] ?? []) {
    let n = 0;
    for (const p of b.predikat) n += jumlah[p];
    const share = n * 100, limit = b.nilai * total;
    let violated = false;
    if (b.jenis === 'maks-persen') violated = share > limit;
    else if (b.jenis === 'min-persen') violated = share < limit;
    else if (b.jenis === 'lebih-dari-persen') violated = share <= limit;
    else if (b.jenis === 'min-jumlah') violated = n < b.nilai;
    if (!violated) continue;
    const apaId = b.predikat.map((p) => PREDIKAT_LABEL[p]).join(' dan/atau ');
    const apaEn = b.predikat.map((p) => PREDIKAT_LABEL[p]).join(' and/or ');
    const dariId = `${apaId} ${n} dari ${total} (${persenTeks(n, total, ',')})`;
    const dariEn = `${apaEn} ${n} of ${total} (${persenTeks(n, total, '.')})`;
    const v = String(b.nilai);
    let id, en;
    if (b.jenis === 'maks-persen') { id = `${dariId} melebihi batas maksimal ${v}% untuk CKO ${ckoId}`; en = `${dariEn} exceeds the maximum of ${v}% for CKO ${ckoId}`; }
    else if (b.jenis === 'min-persen') { id = `${dariId} di bawah batas minimal ${v}% untuk CKO ${ckoId}`; en = `${dariEn} is below the minimum of ${v}% for CKO ${ckoId}`; }
    else if (b.jenis === 'lebih-dari-persen') { id = `${dariId} tidak lebih dari ${v}% (bukan sebagian besar) untuk CKO ${ckoId}`; en = `${dariEn} is not more than ${v}% (not a majority) for CKO ${ckoId}`; }
    else { id = `${apaId} ${n} dari ${total}: minimal harus ada ${v} pegawai untuk CKO ${ckoId}`; en = `${apaEn} ${n} of ${total}: at least ${v} employee(s) required for CKO ${ckoId}`; }
    out.push({ cko, batas: b, jumlah: n, total, id, en });
  }
  return out;
}

// Legacy methods (core/calc/legacy.cpp)
function rapikan(x) { const r = Math.round(x); return Math.abs(x - r) < 1e-9 ? r : x; }
function nilaiCapaian8(P, c0) {
  if (!Number.isFinite(c0) || c0 < 0) return null;
  const c = rapikan(c0);
  if (c > P.diAtas) return P.nilaiDiAtas;
  for (const p of P.pita) {
    const dari = c > p.dari || (p.dari_inklusif && c === p.dari);
    const sampai = c < p.sampai || (p.sampai_inklusif && c === p.sampai);
    if (!(dari && sampai)) continue;
    const [[x0, y0], [x1, y1]] = p.titik;
    const n = x1 === x0 ? y0 : y0 + (y1 - y0) / (x1 - x0) * (c - x0);
    return rapikan(Math.min(Math.max(n, p.nilai_min), p.nilai_maks));
  }
  return null;
}
function waktuBiaya46(P, t, r) {
  if (!Number.isFinite(t) || !Number.isFinite(r) || t <= 0 || r < 0) return null;
  const ef = 100 - r / t * 100, dasar = (P.faktor * t - r) / t * 100;
  return ef <= P.batas ? dasar : P.dasar - (dasar - 100);
}
function legacyScore(rules, metode, skp, caps) {
  if (!skp) return { ok: false };
  if (metode === 'pp-46-2011') {
    const keg = [];
    skp.rhk.forEach((h, r) => {
      const k = { tb: null, rb: null };
      let kn = false, kl = false, wk = false;
      for (const c of caps) {
        if (c.rhk !== r || c.realisasi === null) continue;
        const ind = h.indicators[c.indikator];
        if (typeof ind.target !== 'number') continue;
        if (ind.aspek === 'kuantitas') { k.to = ind.target; k.ro = c.realisasi; kn = true; }
        else if (ind.aspek === 'kualitas') { k.tk = ind.target; k.rk = c.realisasi; kl = true; }
        else if (ind.aspek === 'waktu') { k.tw = ind.target; k.rw = c.realisasi; wk = true; }
        else if (ind.aspek === 'biaya') { k.tb = ind.target; k.rb = c.realisasi; }
      }
      if (kn && kl && wk) keg.push(k);
    });
    if (keg.length === 0) return { ok: false };
    let total = 0;
    for (const k of keg) {
      if (!(k.to > 0) || !(k.ro >= 0) || !(k.tk > 0) || !(k.rk >= 0)) return { ok: false };
      const w = waktuBiaya46(rules.p46, k.tw, k.rw);
      if (w === null) return { ok: false };
      let sum = k.ro / k.to * 100 + k.rk / k.tk * 100 + w, n = 3;
      if (k.tb !== null || k.rb !== null) {
        const b = waktuBiaya46(rules.p46, k.tb, k.rb);
        if (b === null) return { ok: false };
        sum += b; n = 4;
      }
      total += sum / n;
    }
    return { ok: true, nilai: total / keg.length };
  }
  const utama = [], tambahan = [];
  for (const c of caps) {
    if (c.capaian === null) continue;
    const n = nilaiCapaian8(rules.p8, c.capaian);
    if (n === null) continue;
    (c.kategori === 'tambahan' ? tambahan : utama).push(n);
  }
  if (utama.length === 0) return { ok: false };
  let nilai = utama.reduce((s, x) => s + x, 0) / utama.length;
  if (tambahan.length) nilai += rules.p8.bobotTambahan * tambahan.reduce((s, x) => s + x, 0) / tambahan.length;
  return { ok: true, nilai };
}

const WITA_MS = 8 * 3600 * 1000;
const live = (list) => (list ?? []);

function indexById(list) {
  const m = new Map();
  list.forEach((r, i) => { if (r.deleted !== true) m.set(r.id, i); });
  return m;
}

function topUnits(units, unitIx) {
  const parent = units.map((u) => (u.parent_id ? unitIx.get(u.parent_id) ?? -1 : -1));
  return units.map((u, i) => {
    let at = i, steps = 0;
    while (parent[at] !== -1 && steps <= units.length) { at = parent[at]; ++steps; }
    return steps > units.length ? i : at;
  });
}

// A unit's service data in a period (core/calc/sumber.cpp kumpulkan_data_layanan).
const namaLayanan = (x) => String(x ?? '').trim().replace(/[A-Z]/g, (c) => c.toLowerCase());

// The live complaints received in [from, to) at a unit `unitIx` knows, as
// [unit index, complaint] for the SKM figures.
function* complaintsBetween(d, from, to, unitIx) {
  for (const c of live(d.complaints)) {
    if (c.deleted === true) continue;
    const rcv = parseTs(c.received);
    if (rcv === null || rcv < from || rcv >= to) continue;
    const u = unitIx.get(c.unit_id);
    if (u === undefined) continue;
    yield [u, { kategori: c.category, diterima: rcv, tanggap: parseTs(c.first_response), selesai: parseTs(c.resolved) }];
  }
}
function kumpulkanDataLayanan(d, units, period, menurutTanggal) {
  const out = units.map(() => ({ jawaban: [], keluhan: [], volume: [] }));
  const ix = indexById(units);
  const sd = parseDate(period.start), ed = parseDate(period.end);
  const from = sd === null ? 0 : sd * 86400000 - WITA_MS, to = ed === null ? 0 : (ed + 1) * 86400000 - WITA_MS;
  for (const r of live(d.skm_responses)) {
    if (r.deleted === true) continue;
    let inside = r.period_id === period.id;
    if (!inside && menurutTanggal && sd !== null && ed !== null) { const at = parseTs(r.timestamp); inside = at !== null && at >= from && at < to; }
    if (!inside) continue;
    const u = ix.get(r.unit_id);
    if (u === undefined) continue;
    const a = r.answers ?? {};
    out[u].jawaban.push([a.u1 ?? 0, a.u2 ?? 0, a.u3 ?? 0, a.u4 ?? 0, a.u5 ?? 0, a.u6 ?? 0, a.u7 ?? 0, a.u8 ?? 0, a.u9 ?? 0]);
  }
  if (sd === null || ed === null) return out;
  for (const [u, k] of complaintsBetween(d, from, to, ix)) out[u].keluhan.push(k);
  for (const v of live(d.service_volumes)) {
    if (v.deleted === true) continue;
    const u = ix.get(v.unit_id);
    if (u === undefined) continue;
    if (v.tanggal) {
      const day = parseDate(v.tanggal);
      if (day === null || day < sd || day > ed) continue;
      out[u].volume.push({ layanan: namaLayanan(v.layanan), harian: true, jumlah: v.jumlah });
    } else if (v.period_id === period.id) {
      out[u].volume.push({ layanan: namaLayanan(v.layanan), harian: false, jumlah: v.jumlah });
    }
  }
  return out;
}

// The measured figure of one source (core/calc/sumber.cpp ukur_realisasi): the value, or null.
function ukurRealisasi(rules, jenis, data, k, sekarang, layanan) {
  k = Math.max(k, 1);
  switch (jenis) {
    case 'ikm': {
      if (data.jawaban.length < k) return null;
      const h = hitungIkm(rules.ikm, data.jawaban);
      return h ? h.seratus / 100 : null;
    }
    case 'tanggapan-median':
    case 'selesai-median': {
      const s = statistikKeluhan(rules.lapor, data.keluhan, sekarang);
      const w = jenis === 'tanggapan-median' ? s.tg : s.sl;
      return w.dasarMedian < k || w.median === null ? null : roundTo(w.median, 2);
    }
    case 'selesai-tepat-waktu': {
      const w = statistikKeluhan(rules.lapor, data.keluhan, sekarang).sl;
      return w.jumlah < k || w.porsi === null ? null : roundTo(w.porsi * 100, 1);
    }
    case 'volume':
    case 'volume-harian': {
      const name = namaLayanan(layanan);
      let days = 0, daySum = 0, total = 0, hasTotal = false;
      for (const v of data.volume) {
        if (v.layanan !== name) continue;
        if (v.harian) { ++days; daySum += v.jumlah; } else { hasTotal = true; total = v.jumlah; }
      }
      if (jenis === 'volume') return !hasTotal && days === 0 ? null : hasTotal ? total : daySum;
      return days === 0 ? null : roundTo(daySum / days, 1);
    }
    default: return null;
  }
}

// An employee may use the data of their own unit or one under it.
function sumberUnitBoleh(parent, pegawaiUnit, sumberUnit) {
  for (let at = sumberUnit, steps = 0; at !== -1 && at !== undefined && steps <= parent.length; at = parent[at], ++steps)
    if (at === pegawaiUnit) return true;
  return false;
}

function score(doc, rules) {
  const d = doc.data;
  const units = live(d.units), employees = live(d.employees), periods = live(d.periods), skps = live(d.skps);
  const reals = live(d.realisations), evals = live(d.evaluations);
  const unitIx = indexById(units), empIx = indexById(employees), perIx = indexById(periods), skpIx = indexById(skps);
  const parent = units.map((u) => (u.parent_id ? unitIx.get(u.parent_id) ?? -1 : -1));
  const skpOf = employees.map(() => []), evalOf = employees.map(() => []), realOf = skps.map(() => []);
  const assigned = periods.map(() => []);
  skps.forEach((s, i) => { if (s.deleted !== true) { const e = empIx.get(s.employee_id); if (e !== undefined) skpOf[e].push(i); } });
  evals.forEach((s, i) => { if (s.deleted !== true) { const e = empIx.get(s.employee_id); if (e !== undefined) evalOf[e].push(i); } });
  reals.forEach((s, i) => { if (s.deleted !== true) { const k = skpIx.get(s.skp_id); if (k !== undefined) realOf[k].push(i); } });
  for (const a of live(d.assignments)) {
    if (a.deleted === true) continue;
    const p = perIx.get(a.period_id), e = empIx.get(a.employee_id);
    if (p !== undefined && e !== undefined) assigned[p].push(e);
  }
  const ckoOf = units.map(() => []);
  for (const o of live(d.org_ratings)) {
    if (o.deleted === true) continue;
    const u = unitIx.get(o.unit_id), p = perIx.get(o.period_id);
    if (u !== undefined && p !== undefined) ckoOf[u].push([p, o.cko]);
  }
  const ckoFor = (u, p) => {
    if (u === undefined || u < 0) return null;
    for (const [pp, c] of ckoOf[u]) if (pp === p) return c;
    return null;
  };
  // Employees in id order, sorted once; each period's list is ordered by this rank.
  const byId = employees.map((e, i) => i);
  byId.sort((x, y) => (employees[x].id < employees[y].id ? -1 : employees[x].id > employees[y].id ? 1 : x - y));
  const rank = new Int32Array(employees.length);
  const allEmployees = [];
  byId.forEach((e, r) => { rank[e] = r; if (employees[e].deleted !== true) allEmployees.push(e); });
  const byEmpId = (x, y) => rank[x] - rank[y];
  const periodOrder = [];
  periods.forEach((p, i) => { if (p.deleted !== true) periodOrder.push(i); });
  periodOrder.sort((x, y) => {
    const a = periods[x], b = periods[y];
    if (a.start !== b.start) return a.start < b.start ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const asOf = parseTs(doc.created);
  const report = { pegawai: [], kurva: [] };
  const library = live(d.indicators), libIx = indexById(library);

  for (const p of periodOrder) {
    const period = periods[p];
    // Measured realisations (core/calc/sumber.cpp), once per (unit, source) of the period.
    let dataLayanan = null;
    const terukurOf = new Map();
    const endDay = parseDate(period.end);
    const sekarang = asOf ?? (endDay !== null ? (endDay + 1) * 86400000 - WITA_MS : 0);
    const ukur = (sumber, pegawaiUnit) => {
      const u = sumber.unit_id ? unitIx.get(sumber.unit_id) : pegawaiUnit;
      if (u === undefined || pegawaiUnit === undefined || !sumberUnitBoleh(parent, pegawaiUnit, u)) return null;
      const key = `${u}/${sumber.jenis}/${sumber.layanan ?? ''}`;
      if (terukurOf.has(key)) return terukurOf.get(key);
      if (dataLayanan === null) dataLayanan = kumpulkanDataLayanan(d, units, period, period.jenis === 'tahunan');
      const v = ukurRealisasi(rules, sumber.jenis, dataLayanan[u], 5, sekarang, sumber.layanan ?? '');
      terukurOf.set(key, v);
      return v;
    };
    const dday = parseDate(period.deadline);
    const deadline = dday === null ? null : (dday + 1) * 86400000 - WITA_MS;
    let people = assigned[p];
    if (people.length === 0) people = allEmployees;
    else {
      people = people.slice().sort(byEmpId);
      people = people.filter((e, i) => i === 0 || e !== people[i - 1]);
    }
    const perUnit = units.map(() => ({ 'sangat-kurang': 0, 'kurang': 0, 'butuh-perbaikan': 0, 'baik': 0, 'sangat-baik': 0 }));
    for (const e of people) {
      const emp = employees[e];
      const s = { employee: e, period: p, skp: -1, evaluation: -1, capaian: [], capaianRata: null };
      for (const i of skpOf[e]) {
        if (skps[i].year !== period.year) continue;
        if (s.skp === -1 || skps[s.skp].updated < skps[i].updated) s.skp = i;
      }
      for (const i of evalOf[e]) if (evals[i].period_id === period.id) s.evaluation = i;
      let anySubmitted = false;
      if (s.skp !== -1) {
        const skp = skps[s.skp], rl = realOf[s.skp];
        skp.rhk.forEach((rhk, r) => {
          rhk.indicators.forEach((ind, k) => {
            let value = null;
            for (const ri of rl) {
              const re = reals[ri];
              if (re.period_id !== period.id || re.indicator_id !== ind.id) continue;
              value = typeof re.value === 'number' ? re.value : null;
              anySubmitted = anySubmitted || !!re.submitted;
            }
            // Its own source, else its library entry's: measured, what was typed does not count.
            let sumber = ind.sumber ?? null;
            if (!sumber && ind.library_id) { const li = libIx.get(ind.library_id); if (li !== undefined) sumber = library[li].sumber ?? null; }
            if (sumber) value = ukur(sumber, unitIx.get(emp.unit_id));
            let cap = null;
            if (value !== null) {
              const hasMin = typeof ind.target_min === 'number', hasMax = typeof ind.target_max === 'number';
              if (hasMin && hasMax) cap = hitungCapaian(ind.polaritas, ind.target_min, ind.target_max, value);
              else if (typeof ind.target === 'number') cap = hitungCapaian(ind.polaritas, ind.target, null, value);
            }
            s.capaian.push({ rhk: r, indikator: k, kategori: rhk.kategori, realisasi: value, capaian: cap });
          });
        });
      }
      let sum = 0, n = 0;
      for (const c of s.capaian) if (c.capaian !== null) { sum += c.capaian; ++n; }
      if (n > 0) s.capaianRata = sum / n;
      s.saranHasil = saranHasilKerja(rules.hasil, s.capaian);
      const ev = s.evaluation === -1 ? null : evals[s.evaluation];
      if (ev) {
        s.saranPerilaku = saranPerilaku(rules.perilaku, (ev.perilaku ?? []).map((x) => x.rating ?? null));
        anySubmitted = anySubmitted || !!ev.self_submitted;
      }
      s.kepalaUnit = emp.is_unit_head === true;
      s.ckoUnit = s.kepalaUnit ? ckoFor(unitIx.get(emp.unit_id), p) : null;
      const raterHk = ev && ev.rating_hasil_kerja ? ev.rating_hasil_kerja : null;
      s.ratingHasil = raterHk;
      if (s.ckoUnit) { const r = rules.hasil.kepala[s.ckoUnit]; if (r) s.ratingHasil = r; }
      s.ratingPerilaku = ev && ev.rating_perilaku ? ev.rating_perilaku : null;
      s.bedaDariSaran = false; s.alasanKurang = false;
      if (raterHk && s.saranHasil.rating && !s.ckoUnit) {
        s.bedaDariSaran = raterHk !== s.saranHasil.rating;
        s.alasanKurang = s.bedaDariSaran && !ev.reason;
      }
      s.predikatMatriks = s.ratingHasil && s.ratingPerilaku ? rules.matriks[s.ratingHasil + '|' + s.ratingPerilaku] : null;
      // As core/calc/score.cpp: keberatan, then the stored (calibrated) predikat, then the kuadran.
      s.predikat = s.predikatMatriks;
      s.predikatTersimpanBeda = !!(ev && ev.predikat && s.predikat && ev.predikat !== s.predikatMatriks);
      if (ev && ev.predikat && s.predikat) s.predikat = ev.predikat;
      if (ev && ev.keberatan && ev.keberatan.decision === 'diterima' && ev.keberatan.predikat_akhir && s.predikat)
        s.predikat = ev.keberatan.predikat_akhir;
      const rated = ev ? parseTs(ev.rated) : null;
      const isRated = rated !== null && !!s.predikat;
      const past = deadline !== null && asOf !== null && asOf >= deadline;
      s.sudahDinilai = isRated;
      s.tepatWaktu = false;
      if (isRated) {
        s.tepatWaktu = deadline === null || rated < deadline;
        s.status = s.tepatWaktu ? 'dinilai' : 'terlambat';
      } else if (past) s.status = 'terlambat';
      else s.status = anySubmitted ? 'diajukan' : 'belum-mulai';
      if (period.metode !== 'permenpanrb-6-2022')
        s.legacy = legacyScore(rules, period.metode, s.skp === -1 ? null : skps[s.skp], s.capaian);
      if (isRated) {
        let u = unitIx.get(emp.unit_id) ?? -1, steps = 0;
        while (u !== -1 && steps++ <= units.length) { ++perUnit[u][s.predikat]; u = parent[u]; }
      }
      report.pegawai.push(s);
    }
    const ratedUnits = [];
    units.forEach((u, i) => { if (u.deleted !== true && ckoFor(i, p)) ratedUnits.push(i); });
    ratedUnits.sort((x, y) => (units[x].id < units[y].id ? -1 : 1));
    for (const u of ratedUnits) {
      const cko = ckoFor(u, p);
      report.kurva.push({ unit: u, period: p, cko, jumlah: perUnit[u], peringatan: periksaKurva(rules, cko, perUnit[u]) });
    }
  }
  return report;
}

// ---------------------------------------------------------------------------
// Suppression (core/calc/suppression.cpp)

function fillTotals(t) {
  const w = t.cols + (t.rowTotals ? 1 : 0), h = t.rows + (t.colTotals ? 1 : 0);
  if (t.rowTotals) for (let r = 0; r < h - (t.colTotals ? 1 : 0); ++r) {
    let s = 0; for (let c = 0; c < t.cols; ++c) s += t.v[r * w + c]; t.v[r * w + t.cols] = s;
  }
  if (t.colTotals) for (let c = 0; c < w; ++c) {
    let s = 0; for (let r = 0; r < t.rows; ++r) s += t.v[r * w + c]; t.v[t.rows * w + c] = s;
  }
}

function suppress(t, k) {
  k = Math.max(k, 1);
  const w = t.cols + (t.rowTotals ? 1 : 0), h = t.rows + (t.colTotals ? 1 : 0), N = t.v.length;
  const st = new Uint8Array(N);  // 0 published, 1 primary, 2 complementary
  for (let i = 0; i < N; ++i) if (t.v[i] < k) st[i] = 1;
  const lines = [];
  if (t.rowTotals) for (let r = 0; r < h; ++r) {
    const parts = []; for (let c = 0; c < t.cols; ++c) parts.push(r * w + c);
    lines.push({ parts, total: r * w + t.cols });
  }
  if (t.colTotals) for (let c = 0; c < w; ++c) {
    const parts = []; for (let r = 0; r < t.rows; ++r) parts.push(r * w + c);
    lines.push({ parts, total: t.rows * w + c });
  }
  const isMargin = (i) => Math.floor(i / w) >= t.rows || i % w >= t.cols;
  const cheapest = (cells) => {
    let best = -1;
    for (const c of cells) {
      if (st[c]) continue;
      if (best === -1) { best = c; continue; }
      const a = [t.v[c], isMargin(c) ? 1 : 0, c], b = [t.v[best], isMargin(best) ? 1 : 0, best];
      if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = c;
    }
    return best;
  };
  const enforce = () => {
    let changed = false;
    for (const l of lines) {
      let n = st[l.total] ? 1 : 0, sum = 0;
      for (const p of l.parts) if (st[p]) { ++n; sum += t.v[p]; }
      if (n === 0) continue;
      const totalPub = !st[l.total];
      if (!(n < 2 || (totalPub && sum < k))) continue;
      let pick = cheapest(l.parts);
      if (pick === -1 && totalPub) pick = l.total;
      if (pick === -1) continue;
      st[pick] = 2;
      changed = true;
    }
    return changed;
  };
  const determined = () => {
    const ground = h + w, nodes = h + w + 1;
    const adj = Array.from({ length: nodes }, () => []);
    const edgeCell = [];
    for (let cell = 0; cell < N; ++cell) {
      if (!st[cell]) continue;
      const r = Math.floor(cell / w), c = cell % w;
      const a = t.rowTotals ? r : ground, b = t.colTotals ? h + c : ground;
      const e = edgeCell.length;
      edgeCell.push(cell);
      if (a === b) continue;
      adj[a].push([b, e]); adj[b].push([a, e]);
    }
    const disc = new Array(nodes).fill(-1), low = new Array(nodes).fill(0);
    const out = [];
    let timer = 0;
    for (let root = 0; root < nodes; ++root) {
      if (disc[root] !== -1) continue;
      const stack = [[root, -1, 0]];
      disc[root] = low[root] = timer++;
      while (stack.length) {
        const f = stack[stack.length - 1];
        if (f[2] < adj[f[0]].length) {
          const [to, e] = adj[f[0]][f[2]++];
          if (e === f[1]) continue;
          if (disc[to] === -1) { disc[to] = low[to] = timer++; stack.push([to, e, 0]); }
          else low[f[0]] = Math.min(low[f[0]], disc[to]);
          continue;
        }
        stack.pop();
        if (stack.length) {
          const up = stack[stack.length - 1];
          low[up[0]] = Math.min(low[up[0]], low[f[0]]);
          if (low[f[0]] > disc[up[0]]) out.push(edgeCell[f[1]]);
        }
      }
    }
    return out.sort((a, b) => a - b);
  };
  for (;;) {
    while (enforce()) { /* until stable */ }
    const pinned = determined();
    if (pinned.length === 0) break;
    const cell = pinned[0], r = Math.floor(cell / w), c = cell % w;
    const around = [];
    for (let x = 0; x < w; ++x) around.push(r * w + x);
    for (let y = 0; y < h; ++y) around.push(y * w + c);
    let pick = cheapest(around);
    if (pick === -1) pick = cheapest([...Array(N).keys()]);
    if (pick === -1) break;
    st[pick] = 2;
  }
  return st;
}

// ---------------------------------------------------------------------------
// Aggregation (core/calc/aggregate.cpp)

function median(v) {
  if (v.length === 0) return null;
  const s = Float64Array.from(v).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const roundTo = (x, dec) => { const f = Math.pow(10, dec); return Math.floor(x * f + 0.5 + 1e-9) / f; };

function hitungIkm(R, answers) {
  const k = R.unsur.length;
  const jumlah = new Array(k).fill(0n), dijawab = new Array(k).fill(0n);
  for (const a of answers) {
    for (let i = 0; i < Math.min(k, 9); ++i) {
      const v = a[i];
      if (v === 0) continue;
      if (v < R.min || v > R.maks) return null;
      jumlah[i] += BigInt(v); dijawab[i] += 1n;
    }
  }
  let n = 0n, d = 1n, w = 0n;
  for (let i = 0; i < k; ++i) {
    if (dijawab[i] === 0n) continue;
    const bobot = BigInt(R.unsur[i].bobot ?? 1);
    n = n * dijawab[i] + d * bobot * jumlah[i];
    d = d * dijawab[i];
    w += bobot;
  }
  if (w === 0n) return null;
  const dw = d * w, konv = BigInt(R.konversi);
  const atLeast = (a, b) => n * konv * BigInt(b) >= dw * BigInt(a);  // value ≥ a/b
  const maks = R.konversi * R.maks * 100;
  let lo = 0, hi = maks + 1;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (atLeast(2 * mid - 1, 200)) lo = mid; else hi = mid;
  }
  let band = R.mutu[R.mutu.length - 1];
  for (const m of R.mutu) {
    let above;
    if (m.seratus <= 0) above = true;
    else if (R.desimal < 0) above = atLeast(m.seratus, 100);
    else {
      const p = 10 ** R.desimal, e = Math.floor((m.seratus * p + 99) / 100);
      above = e === 0 ? true : atLeast(2 * e - 1, 2 * p);
    }
    if (above) { band = m; break; }
  }
  return { seratus: lo, mutu: band.mutu };
}

function msKerja(t) {
  const D = 86400000, d = Math.floor(t / D), rem = t - d * D;
  const minggu = Math.floor(d / 7), sisa = d - minggu * 7;
  let hari = minggu * 5;
  for (let k = 0; k < sisa; ++k) { const wd = (4 + k) % 7; if (wd !== 0 && wd !== 6) ++hari; }
  const wd = (4 + sisa) % 7;
  return hari * D + ((wd !== 0 && wd !== 6) ? rem : 0);
}
function selisihHari(L, a, b) {
  if (!L.kerja) return (b - a) / 86400000;
  const z = L.zona * 60000;
  return (msKerja(b + z) - msKerja(a + z)) / 86400000;
}
function statistikKeluhan(L, list, now) {
  const tg = { jumlah: 0, tepat: 0 }, sl = { jumlah: 0, tepat: 0 };
  const tT = [], tS = [];
  let jumlah = 0, belumDitanggapi = 0, terbuka = 0;
  for (const k of list) {
    ++jumlah;
    let selesai = k.selesai, tanggap = k.tanggap;
    if (selesai !== null && selesai < k.diterima) selesai = null;
    if (tanggap !== null && tanggap < k.diterima) tanggap = null;
    if (tanggap === null) tanggap = selesai;
    const umur = selisihHari(L, k.diterima, now);
    if (tanggap !== null) {
      const hh = selisihHari(L, k.diterima, tanggap);
      tT.push(hh); ++tg.jumlah; if (hh <= L.tanggapan) ++tg.tepat;
    } else { ++belumDitanggapi; if (umur > L.tanggapan) ++tg.jumlah; }
    let batas = L.batas.get(k.kategori);
    if (batas === undefined && L.bawaan && L.bawaan !== k.kategori) batas = L.batas.get(L.bawaan);
    if (selesai !== null) {
      const hh = selisihHari(L, k.diterima, selesai);
      tS.push(hh);
      if (batas !== undefined) { ++sl.jumlah; if (hh <= batas) ++sl.tepat; }
    } else { ++terbuka; if (batas !== undefined && umur > batas) ++sl.jumlah; }
  }
  tg.median = median(tT); sl.median = median(tS);
  tg.dasarMedian = tT.length; sl.dasarMedian = tS.length;
  tg.porsi = tg.jumlah > 0 ? tg.tepat / tg.jumlah : null;
  sl.porsi = sl.jumlah > 0 ? sl.tepat / sl.jumlah : null;
  return { tg, sl, jumlah, belumDitanggapi, terbuka };
}

// Krejcie & Morgan (core/calc/ikm.cpp sampel_minimum).
function sampelMinimum(R, populasi) {
  if (populasi <= 0) return 0;
  const pq = R.p * (1 - R.p);
  const x = R.chi * populasi * pq / (R.d * R.d * (populasi - 1) + R.chi * pq);
  return Math.min(populasi, R.terdekat ? Math.floor(x + 0.5) : Math.ceil(x - 1e-9));
}

function aggregate(doc, report, rules, k) {
  k = Math.max(k, 1);
  const d = doc.data;
  const units = live(d.units), employees = live(d.employees), periods = live(d.periods);
  const out = { format: 'kinerja-samarinda/publik', schema: 1, created: doc.created ?? '', min_group: k };
  if (doc.note) out.note = doc.note;
  out.rules = rules.meta;
  const unitIx = new Map();
  units.forEach((u, i) => { if (u.deleted !== true) unitIx.set(u.id, i); });
  const unitOrder = [];
  units.forEach((u, i) => { if (u.deleted !== true) unitOrder.push(i); });
  const byUnitId = (x, y) => (units[x].id < units[y].id ? -1 : units[x].id > units[y].id ? 1 : 0);
  unitOrder.sort(byUnitId);
  out.units = unitOrder.map((i) => {
    const u = units[i], x = { id: u.id, name: u.name, kind: u.kind };
    if (u.parent_id) x.parent_id = u.parent_id;
    return x;
  });
  const top = topUnits(units, unitIx);
  const periodOrder = [];
  periods.forEach((p, i) => { if (p.deleted !== true) periodOrder.push(i); });
  periodOrder.sort((x, y) => {
    const a = periods[x], b = periods[y];
    if (a.start !== b.start) return a.start < b.start ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const byPeriod = periods.map(() => []);
  for (const s of report.pegawai) byPeriod[s.period].push(s);
  const asOf = parseTs(doc.created);
  out.periods = [];
  const newGroup = () => ({ due: 0, tepat: 0, predikat: [0, 0, 0, 0, 0], capaian: [] });
  const shown = (t, st, r, c) => { const w = t.cols + (t.rowTotals ? 1 : 0), i = r * w + c; return st[i] ? null : t.v[i]; };
  const suppressColumn = (counts) => {
    const t = { rows: counts.length, cols: 1, rowTotals: false, colTotals: true, v: [...counts, 0] };
    fillTotals(t);
    const st = suppress(t, k);
    return { rows: counts.map((_, r) => shown(t, st, r, 0)), total: shown(t, st, counts.length, 0) };
  };
  const PIDX = Object.fromEntries(PREDIKAT.map((p, i) => [p, i]));

  for (const p of periodOrder) {
    const period = periods[p];
    const po = { period_id: period.id, name: period.name, jenis: period.jenis, year: period.year, start: period.start, end: period.end };
    const groups = new Map(), city = newGroup();
    for (const s of byPeriod[p]) {
      const e = employees[s.employee];
      const ui = unitIx.get(e.unit_id);
      if (ui === undefined) continue;
      const t = top[ui];
      if (!groups.has(t)) groups.set(t, newGroup());
      for (const x of [groups.get(t), city]) {
        ++x.due;
        if (s.tepatWaktu) ++x.tepat;
        if (s.sudahDinilai) ++x.predikat[PIDX[s.predikat]];
        if (s.capaianRata !== null) x.capaian.push(s.capaianRata);
      }
    }
    const rows = [...groups.keys()].sort(byUnitId);
    const t = { rows: rows.length, cols: 5, rowTotals: true, colTotals: true, v: new Array((rows.length + 1) * 6).fill(0) };
    rows.forEach((u, r) => { for (let c = 0; c < 5; ++c) t.v[r * 6 + c] = groups.get(u).predikat[c]; });
    fillTotals(t);
    const st = suppress(t, k);
    po.units = [];
    for (let r = 0; r <= rows.length; ++r) {
      const g = r < rows.length ? groups.get(rows[r]) : city;
      const row = {};
      if (r < rows.length) row.unit_id = units[rows[r]].id;
      row.pegawai = shown(t, st, r, 5);
      row.predikat = {};
      for (let c = 0; c < 5; ++c) row.predikat[PREDIKAT[c]] = shown(t, st, r, c);
      row.persen_tepat_waktu = null;
      row.median_capaian = null;
      if (row.pegawai !== null) {
        if (g.due >= k && g.due > 0) row.persen_tepat_waktu = roundTo(100 * g.tepat / g.due, 1);
        if (g.capaian.length >= k) row.median_capaian = roundTo(median(g.capaian), 1);
      }
      if (r < rows.length) po.units.push(row); else po.kota = row;
    }

    const layanan = new Map();
    for (const i of unitOrder) if (units[i].is_service_unit === true) layanan.set(i, { jawaban: [], keluhan: [] });
    const getL = (i) => { if (!layanan.has(i)) layanan.set(i, { jawaban: [], keluhan: [] }); return layanan.get(i); };
    for (const r of live(d.skm_responses)) {
      if (r.deleted === true || r.period_id !== period.id) continue;
      const ui = unitIx.get(r.unit_id);
      if (ui === undefined) continue;
      const a = r.answers ?? {};
      getL(ui).jawaban.push([a.u1 ?? 0, a.u2 ?? 0, a.u3 ?? 0, a.u4 ?? 0, a.u5 ?? 0, a.u6 ?? 0, a.u7 ?? 0, a.u8 ?? 0, a.u9 ?? 0]);
    }
    const sd = parseDate(period.start), ed = parseDate(period.end);
    if (sd !== null && ed !== null) {
      const from = sd * 86400000 - WITA_MS, to = (ed + 1) * 86400000 - WITA_MS;
      for (const [ui, k] of complaintsBetween(d, from, to, unitIx)) getL(ui).keluhan.push(k);
    }
    const lrows = [...layanan.keys()].sort(byUnitId);
    const resp = suppressColumn(lrows.map((u) => layanan.get(u).jawaban.length));
    const comp = suppressColumn(lrows.map((u) => layanan.get(u).keluhan.length));
    const now = asOf ?? (sd !== null && ed !== null ? (ed + 1) * 86400000 - WITA_MS : 0);
    po.layanan = lrows.map((u, r) => {
      const l = layanan.get(u);
      const row = { unit_id: units[u].id, responden: resp.rows[r], ikm: null, mutu: null, pengaduan: comp.rows[r],
        median_hari_tanggapan: null, persen_tanggapan_tepat_waktu: null, median_hari_selesai: null, persen_selesai_tepat_waktu: null,
        persen_belum_ditanggapi: null, persen_belum_selesai: null, populasi: null, sampel_minimum: null, sampel_memadai: null };
      // The first population given for the period counts.
      const pl = (units[u].penerima_layanan ?? []).find((x) => x.period_id === period.id && typeof x.jumlah === 'number');
      if (pl) {
        const minimum = sampelMinimum(rules.sampel, pl.jumlah);
        row.populasi = pl.jumlah;
        row.sampel_minimum = minimum;
        if (minimum >= k) row.sampel_memadai = l.jawaban.length >= minimum;
      }
      if (l.jawaban.length >= k) {
        const h = hitungIkm(rules.ikm, l.jawaban);
        if (h) { row.ikm = h.seratus / 100; row.mutu = h.mutu; }
      }
      // As core/calc/aggregate.cpp: k complaints before anything; a median on k that have the time, a share on k with a known outcome.
      if (l.keluhan.length >= k) {
        const s = statistikKeluhan(rules.lapor, l.keluhan, now);
        row.persen_belum_ditanggapi = roundTo(100 * s.belumDitanggapi / s.jumlah, 1);
        row.persen_belum_selesai = roundTo(100 * s.terbuka / s.jumlah, 1);
        if (s.tg.dasarMedian >= k && s.tg.median !== null) row.median_hari_tanggapan = roundTo(s.tg.median, 2);
        if (s.tg.jumlah >= k && s.tg.porsi !== null) row.persen_tanggapan_tepat_waktu = roundTo(s.tg.porsi * 100, 1);
        if (s.sl.dasarMedian >= k && s.sl.median !== null) row.median_hari_selesai = roundTo(s.sl.median, 2);
        if (s.sl.jumlah >= k && s.sl.porsi !== null) row.persen_selesai_tepat_waktu = roundTo(s.sl.porsi * 100, 1);
      }
      return row;
    });
    po.responden_kota = resp.total;
    po.pengaduan_kota = comp.total;
    out.periods.push(po);
  }

  const tren = new Map();
  const point = (unit, jenis, pid) => {
    const key = JSON.stringify([unit, JENIS_ORDER[jenis]]);
    if (!tren.has(key)) tren.set(key, { unit_id: unit, jenis, titik: [] });
    const t = tren.get(key);
    if (!t.titik.length || t.titik[t.titik.length - 1].period_id !== pid)
      t.titik.push({ period_id: pid, pegawai: null, persen_tepat_waktu: null, median_capaian: null, ikm: null });
    return t.titik[t.titik.length - 1];
  };
  for (const per of out.periods) {
    const add = (row, unit) => {
      const pt = point(unit, per.jenis, per.period_id);
      pt.pegawai = row.pegawai; pt.persen_tepat_waktu = row.persen_tepat_waktu; pt.median_capaian = row.median_capaian;
    };
    for (const r of per.units) add(r, r.unit_id);
    add(per.kota, '');
    for (const l of per.layanan) point(l.unit_id, per.jenis, per.period_id).ikm = l.ikm;
  }
  // std::map order: unit id (bytes), then the JenisPeriode enum value
  out.tren = [...tren.values()].sort((a, b) => (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : JENIS_ORDER[a.jenis] - JENIS_ORDER[b.jenis]));
  return out;
}
const JENIS_ORDER = { bulanan: 1, triwulanan: 2, tahunan: 3 };

// ---------------------------------------------------------------------------
// Driver

function checkFigures(doc, report) {
  const d = doc.data;
  let records = 0;
  for (const k of ['units', 'employees', 'periods', 'assignments', 'indicators', 'skps', 'realisations', 'evaluations',
    'org_ratings', 'skm_responses', 'complaints', 'trainings', 'service_volumes']) records += (d[k] ?? []).length;
  const pred = [0, 0, 0, 0, 0];
  let rated = 0, onTime = 0, withCap = 0, capSum = 0, warnings = 0;
  for (const e of report.pegawai) {
    if (e.sudahDinilai) { ++rated; ++pred[PREDIKAT.indexOf(e.predikat)]; }
    if (e.tepatWaktu) ++onTime;
    if (e.capaianRata !== null) { ++withCap; capSum += e.capaianRata; }
  }
  for (const k of report.kurva) warnings += k.peringatan.length;
  return { records, entries: report.pegawai.length, rated, on_time: onTime, predikat: pred, with_capaian: withCap,
    capaian_sum: Number(capSum.toFixed(3)), kurva_units: report.kurva.length, kurva_warnings: warnings };
}

function main() {
  const args = process.argv.slice(2);
  if (!args.length) { console.error('usage: node pipeline.mjs FILE [--reps N] [--min-group K] [--out PUBLIK.json]'); process.exit(1); }
  const file = args[0];
  let reps = 5, k = 5, outPath = '';
  for (let i = 1; i + 1 < args.length; i += 2) {
    if (args[i] === '--reps') reps = Number(args[i + 1]);
    else if (args[i] === '--min-group') k = Number(args[i + 1]);
    else if (args[i] === '--out') outPath = args[i + 1];
    else { console.error('unknown option ' + args[i]); process.exit(1); }
  }
  const rules = loadRules(RULES_DIRS);
  const text = fs.readFileSync(file, 'utf8');
  const bytes = fs.statSync(file).size;
  const tParse = [], tScore = [], tAgg = [], tTotal = [];
  let check = null;
  for (let r = 0; r < reps; ++r) {
    const t0 = performance.now();
    let doc;
    try { doc = JSON.parse(text); } catch (e) { console.error(file + ': /: invalid JSON: ' + e.message); process.exit(1); }
    const errors = validate(doc);
    const t1 = performance.now();
    if (errors.length) {
      for (const e of errors) console.error(`${file}: ${e.pointer}: ${e.id} / ${e.en}`);
      process.exit(1);
    }
    const report = score(doc, rules);
    const t2 = performance.now();
    const publik = aggregate(doc, report, rules, k);
    const t3 = performance.now();
    tParse.push(t1 - t0); tScore.push(t2 - t1); tAgg.push(t3 - t2); tTotal.push(t3 - t0);
    if (r === 0) {
      check = checkFigures(doc, report);
      if (outPath) fs.writeFileSync(outPath, JSON.stringify(publik) + '\n');
    }
  }
  const med = (v) => median(v);
  const total = med(tTotal);
  const line = {
    impl: 'js', bytes, reps, total_ms: tTotal.map((x) => Number(x.toFixed(3))),
    parse_list: tParse.map((x) => Number(x.toFixed(3))), score_list: tScore.map((x) => Number(x.toFixed(3))),
    aggregate_list: tAgg.map((x) => Number(x.toFixed(3))), median_ms: Number(total.toFixed(3)),
    parse_ms: Number(med(tParse).toFixed(3)), score_ms: Number(med(tScore).toFixed(3)), aggregate_ms: Number(med(tAgg).toFixed(3)),
    mb_s: Number((bytes / 1e6 / (total / 1000)).toFixed(3)), check,
  };
  console.log(JSON.stringify(line));
}

main();
